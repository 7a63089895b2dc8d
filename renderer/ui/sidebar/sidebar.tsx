/**
 * The sidebar: the contact scopes (all, favourites, organizations, tags, saved searches),
 * then the other views (trash, and imports, duplicates and settings once mounted).
 */
import { useTranslation } from 'react-i18next';
import { useSidebarDataStore } from '../../state/sidebar-data-store';
import { useStatsStore } from '../../state/stats-store';
import { BuildingIcon, DuplicateIcon, GearIcon, ImportIcon, PeopleIcon, StarIcon, TagIcon, TrashIcon } from '../common/icons';
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
        <ScopeItem scope={{ kind: 'all' }} icon={<PeopleIcon />} label={t('sidebar.allContacts')} count={contacts} />
        <ScopeItem scope={{ kind: 'favorites' }} icon={<StarIcon />} label={t('sidebar.favorites')} />
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
        <ViewItem view="trash" icon={<TrashIcon />} label={t('sidebar.trash')} count={inTrash || null} />
        <ViewItem view="settings" icon={<GearIcon />} label={t('sidebar.settings')} />
      </ul>
    </nav>
  );
}

