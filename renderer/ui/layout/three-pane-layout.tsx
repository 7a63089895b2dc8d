/**
 * Sidebar, list and main pane side by side (the list is absent in views such as the trash,
 * which are a single wide pane). Columns are logical, so in right-to-left languages the
 * sidebar is on the right. The sidebar and the detail pane can be resized; their sizes are
 * remembered in settings (paneSizes).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../state/settings-store';
import { PaneSplitter } from './pane-splitter';
import './three-pane-layout.css';

const DEFAULT_SIZES = { sidebar: 240, detail: 420 };
const SIDEBAR_LIMITS = { min: 160, max: 400 };
const DETAIL_LIMITS = { min: 320, max: 900 };

export function ThreePaneLayout({ sidebar, list, main }: { sidebar: ReactNode; list?: ReactNode; main: ReactNode }) {
  const { t } = useTranslation();
  const saved = useSettingsStore((state) => state.settings?.paneSizes) ?? DEFAULT_SIZES;
  const update = useSettingsStore((state) => state.update);
  // While dragging, the size lives here; the saved one takes over again once stored.
  const [dragging, setDragging] = useState<{ sidebar?: number; detail?: number }>({});
  const sidebarSize = dragging.sidebar ?? saved.sidebar;
  const detailSize = dragging.detail ?? saved.detail;

  function commit(patch: { sidebar?: number; detail?: number }): void {
    const paneSizes = { sidebar: sidebarSize, detail: detailSize, ...patch };
    update({ paneSizes })
      .catch(() => {})
      .finally(() => setDragging({}));
  }

  return (
    <div
      className={list ? 'layout layout--three-panes' : 'layout layout--two-panes'}
      // Custom properties set through the CSSOM, which the CSP allows.
      style={{ ['--sidebar-size' as string]: `${sidebarSize}px`, ['--detail-size' as string]: `${detailSize}px` }}
    >
      <div className="layout__sidebar">{sidebar}</div>
      <PaneSplitter
        label={t('layout.resizeSidebar')}
        value={sidebarSize}
        {...SIDEBAR_LIMITS}
        growsTowardEnd
        onChange={(value) => setDragging((current) => ({ ...current, sidebar: value }))}
        onCommit={(value) => commit({ sidebar: value })}
      />
      {list ? <div className="layout__list">{list}</div> : null}
      {list ? (
        <PaneSplitter
          label={t('layout.resizeDetail')}
          value={detailSize}
          {...DETAIL_LIMITS}
          growsTowardEnd={false}
          onChange={(value) => setDragging((current) => ({ ...current, detail: value }))}
          onCommit={(value) => commit({ detail: value })}
        />
      ) : null}
      <main className="layout__main">{main}</main>
    </div>
  );
}
