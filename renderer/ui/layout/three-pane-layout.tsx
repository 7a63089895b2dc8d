import type { ReactNode } from 'react';
import './three-pane-layout.css';

/**
 * Sidebar, list and main pane side by side (the list is absent in views such as the
 * trash, which are a single list). Columns are logical: in right-to-left languages the
 * sidebar is on the right.
 */
export function ThreePaneLayout({ sidebar, list, main }: { sidebar: ReactNode; list?: ReactNode; main: ReactNode }) {
  return (
    <div className={list ? 'layout layout--three-panes' : 'layout layout--two-panes'}>
      <div className="layout__sidebar">{sidebar}</div>
      {list ? <div className="layout__list">{list}</div> : null}
      <main className="layout__main">{main}</main>
    </div>
  );
}
