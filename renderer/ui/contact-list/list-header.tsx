/** The line above the list: what is shown (scope and count) and the sort order. */
import { useTranslation } from 'react-i18next';
import type { ContactSort } from '../../../shared/domain/listing';
import { useContactListStore } from '../../state/contact-list-store';
import { useSidebarDataStore } from '../../state/sidebar-data-store';
import type { ContactScope } from '../../state/contact-scope';
import type { TFunction } from 'i18next';

function scopeTitle(t: TFunction, scope: ContactScope, data: ReturnType<typeof useSidebarDataStore.getState>): string {
  switch (scope.kind) {
    case 'all':
      return t('sidebar.allContacts');
    case 'favorites':
      return t('sidebar.favorites');
    case 'tag':
      return data.tags.find((tag) => tag.id === scope.tagId)?.name ?? t('sidebar.tags');
    case 'organization':
      return data.organizations.find((organization) => organization.id === scope.organizationId)?.name ?? t('sidebar.organizations');
    case 'savedSearch':
      return data.savedSearches.find((search) => search.id === scope.savedSearchId)?.name ?? t('sidebar.savedSearches');
  }
}

export function ListHeader({ searching, resultCount, searchReady }: { searching: boolean; resultCount: number; searchReady: boolean }) {
  const { t } = useTranslation();
  const { scope, total, sort, setSort } = useContactListStore();
  const data = useSidebarDataStore();
  const title = searching ? t('list.searchResults') : scopeTitle(t, scope, data);
  const count = searching ? (searchReady ? resultCount : null) : total;
  return (
    <div className="list-header">
      <h2 className="list-header__title">
        <bdi>{title}</bdi>
      </h2>
      {count !== null ? (
        <span className="list-header__count" aria-live="polite">
          {searching ? t('list.resultCount', { count }) : t('list.contactCount', { count })}
        </span>
      ) : null}
      {searching ? null : (
        <label className="list-header__sort">
          <span className="visually-hidden">{t('list.sortLabel')}</span>
          <select className="select" value={sort} onChange={(event) => setSort(event.target.value as ContactSort)} aria-label={t('list.sortLabel')}>
            <option value="name">{t('list.sort.name')}</option>
            <option value="lastContacted">{t('list.sort.lastContacted')}</option>
            <option value="created">{t('list.sort.created')}</option>
          </select>
        </label>
      )}
    </div>
  );
}
