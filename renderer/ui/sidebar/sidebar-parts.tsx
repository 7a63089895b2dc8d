/** The building blocks of the sidebar: items for scopes and views, foldable sections, counts. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sameScope, type ContactScope } from '../../state/contact-scope';
import { useContactListStore } from '../../state/contact-list-store';
import { useViewStore } from '../../state/view-store';
import { isViewAvailable, type AppView } from '../app-views';
import { ChevronIcon } from '../common/icons';

function useIsCurrentScope(scope: ContactScope): boolean {
  const view = useViewStore((state) => state.view);
  const current = useContactListStore((state) => state.scope);
  return view === 'contacts' && sameScope(current, scope);
}

export function Count({ value }: { value: number | null | undefined }) {
  const { i18n } = useTranslation();
  if (value === null || value === undefined) return null;
  return <span className="sidebar__count">{new Intl.NumberFormat(i18n.language).format(value)}</span>;
}

export function ScopeItem({ scope, icon, label, count, className }: { scope: ContactScope; icon?: ReactNode; label: string; count?: number | null; className?: string }) {
  const current = useIsCurrentScope(scope);
  const showScope = useViewStore((state) => state.showScope);
  return (
    <li className={className}>
      <button type="button" className="sidebar__item" aria-current={current ? 'page' : undefined} onClick={() => showScope(scope)}>
        {icon}
        <span className="sidebar__label">{label}</span>
        <Count value={count} />
      </button>
    </li>
  );
}

export function ViewItem({ view, icon, label, count }: { view: AppView; icon: ReactNode; label: string; count?: number | null }) {
  const current = useViewStore((state) => state.view === view);
  const showView = useViewStore((state) => state.showView);
  if (!isViewAvailable(view)) return null;
  return (
    <li>
      <button type="button" className="sidebar__item" aria-current={current ? 'page' : undefined} onClick={() => showView(view)}>
        {icon}
        <span className="sidebar__label">{label}</span>
        <Count value={count} />
      </button>
    </li>
  );
}

/** A titled group that can be folded away (organizations can be many). */
export function Section({ id, title, children, defaultOpen = true, action }: { id: string; title: string; children: ReactNode; defaultOpen?: boolean; action?: ReactNode }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section className="sidebar__section" aria-labelledby={`${id}-title`}>
      <div className="sidebar__section-header">
        <button type="button" id={`${id}-title`} className="sidebar__section-title" aria-expanded={open} aria-controls={`${id}-items`} onClick={() => setOpen(!open)}>
          <span className="sidebar__chevron" data-open={open}>
            <ChevronIcon />
          </span>
          {title}
        </button>
        {action}
      </div>
      {open ? (
        <ul id={`${id}-items`} className="sidebar__items">
          {children}
        </ul>
      ) : null}
    </section>
  );
}

