import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatsStore } from '../../state/stats-store';
import { useViewStore, type SidebarView } from '../../state/view-store';
import { PeopleIcon, TrashIcon } from '../common/icons';
import './sidebar.css';

function SidebarItem({ view, icon, label, count }: { view: SidebarView; icon: ReactNode; label: string; count: number | null }) {
  const current = useViewStore((state) => state.view === view);
  const showView = useViewStore((state) => state.showView);
  return (
    <li>
      <button type="button" className="sidebar__item" aria-current={current ? 'page' : undefined} onClick={() => showView(view)}>
        {icon}
        <span className="sidebar__label">{label}</span>
        {count ? <span className="sidebar__count" aria-hidden="true">{count}</span> : null}
      </button>
    </li>
  );
}

export function Sidebar() {
  const { t } = useTranslation();
  const contacts = useStatsStore((state) => state.contacts);
  const inTrash = useStatsStore((state) => state.inTrash);
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <p className="sidebar__brand">{t('app.name')}</p>
      <ul className="sidebar__items">
        <SidebarItem view="allContacts" icon={<PeopleIcon />} label={t('sidebar.allContacts')} count={contacts} />
        <SidebarItem view="trash" icon={<TrashIcon />} label={t('sidebar.trash')} count={inTrash} />
      </ul>
    </nav>
  );
}
