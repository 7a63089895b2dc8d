/**
 * The sidebar: Today, the contact scopes (all, favourites, organizations, tags, saved
 * searches), deals and the dashboard, then the other views (imports, duplicates, sync,
 * trash, settings). A view someone else builds shows once it is mounted (app-views.ts).
 */
import { useTranslation } from 'react-i18next';
import { useSidebarDataStore } from '../../state/sidebar-data-store';
import { useStatsStore } from '../../state/stats-store';
import { BuildingIcon, CalendarIcon, ChartIcon, DuplicateIcon, GearIcon, ImportIcon, PeopleIcon, PipelineIcon, StarIcon, SyncIcon, TagIcon, TrashIcon } from '../common/icons';
import { SavedSearchItems } from './saved-search-items';
import { ScopeItem, Section, ViewItem } from './sidebar-parts';
import './sidebar.css';

export function Sidebar() {
  const { t } = useTranslation();
  const contacts = useStatsStore((state) => state.contacts);
  const inTrash = useStatsStore((state) => state.inTrash);
  const { tags, organizations } = useSidebarDataStore();
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <p className="sidebar__brand">{t('app.name')}</p>
      <ul className="sidebar__items">
        <ViewItem view="today" icon={<CalendarIcon />} label={t('sidebar.today')} />
        <ScopeItem scope={{ kind: 'all' }} icon={<PeopleIcon />} label={t('sidebar.allContacts')} count={contacts} />
        <ScopeItem scope={{ kind: 'favorites' }} icon={<StarIcon />} label={t('sidebar.favorites')} />
        <ViewItem view="deals" icon={<PipelineIcon />} label={t('sidebar.deals')} />
        <ViewItem view="dashboard" icon={<ChartIcon />} label={t('sidebar.dashboard')} />
      </ul>
      <SavedSearchItems />
      {tags.length > 0 ? (
        <Section id="sidebar-tags" title={t('sidebar.tags')}>
          {tags.map((tag) => (
            <ScopeItem key={tag.id} scope={{ kind: 'tag', tagId: tag.id }} icon={<TagIcon />} label={tag.name} count={tag.contactCount} />
          ))}
        </Section>
      ) : null}
      {organizations.length > 0 ? (
        <Section id="sidebar-organizations" title={t('sidebar.organizations')} defaultOpen={organizations.length <= 12}>
          {organizations.map((organization) => (
            <ScopeItem
              key={organization.id}
              scope={{ kind: 'organization', organizationId: organization.id }}
              icon={<BuildingIcon />}
              label={organization.name}
              count={organization.contactCount}
            />
          ))}
        </Section>
      ) : null}
      <ul className="sidebar__items sidebar__items--end">
        <ViewItem view="imports" icon={<ImportIcon />} label={t('sidebar.imports')} />
        <ViewItem view="duplicates" icon={<DuplicateIcon />} label={t('sidebar.duplicates')} />
        <ViewItem view="sync" icon={<SyncIcon />} label={t('sidebar.sync')} />
        <ViewItem view="trash" icon={<TrashIcon />} label={t('sidebar.trash')} count={inTrash || null} />
        <ViewItem view="settings" icon={<GearIcon />} label={t('sidebar.settings')} />
      </ul>
    </nav>
  );
}

