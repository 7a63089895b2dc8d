/** Saved searches ("smart groups") in the sidebar, each with its count, editable and deletable. */
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useOverlayStore } from '../../state/overlay-store';
import { useSidebarDataStore } from '../../state/sidebar-data-store';
import { useToastStore } from '../../state/toast-store';
import { useContactListStore } from '../../state/contact-list-store';
import { useViewStore } from '../../state/view-store';
import { refreshContactViews } from '../../state/refresh-contact-views';
import { errorText } from '../common/error-text';
import { CloseIcon, PencilIcon, PlusIcon, SavedSearchIcon } from '../common/icons';
import { ScopeItem as SidebarScopeItem, Section as SidebarSection } from './sidebar-parts';

export function SavedSearchItems() {
  const { t } = useTranslation();
  const savedSearches = useSidebarDataStore((state) => state.savedSearches);
  const openOverlay = useOverlayStore((state) => state.open);
  const showToast = useToastStore((state) => state.show);

  async function remove(id: string, name: string): Promise<void> {
    try {
      await api.call('savedSearches.delete', { id });
      const { scope } = useContactListStore.getState();
      if (scope.kind === 'savedSearch' && scope.savedSearchId === id) useViewStore.getState().showScope({ kind: 'all' });
      await refreshContactViews();
      showToast({
        message: t('toast.savedSearchDeleted', { name }),
        action: {
          label: t('toast.restore'),
          run: async () => {
            await api.call('trash.restore', { items: [{ entity: 'saved_search', id }] });
            await refreshContactViews();
          },
        },
      });
    } catch (error) {
      showToast({ message: t('toast.failed', { reason: errorText(t, error) }) });
    }
  }

  const add = (
    <button
      type="button"
      className="sidebar__section-action"
      aria-label={t('sidebar.newSavedSearch')}
      title={t('sidebar.newSavedSearch')}
      onClick={() => openOverlay({ kind: 'savedSearch', query: useContactListStore.getState().filterQuery, editing: null })}
    >
      <PlusIcon />
    </button>
  );

  return (
    <SidebarSection id="sidebar-saved-searches" title={t('sidebar.savedSearches')} action={add}>
      {savedSearches.length === 0 ? <li className="sidebar__hint">{t('sidebar.noSavedSearches')}</li> : null}
      {savedSearches.map((search) => (
        <li key={search.id} className="sidebar__row">
          <ul className="sidebar__row-main">
            <SidebarScopeItem scope={{ kind: 'savedSearch', savedSearchId: search.id }} icon={<SavedSearchIcon />} label={search.name} count={search.contactCount} />
          </ul>
          <button
            type="button"
            className="sidebar__row-action"
            aria-label={t('sidebar.editSavedSearch', { name: search.name })}
            title={t('sidebar.editSavedSearch', { name: search.name })}
            onClick={() => openOverlay({ kind: 'savedSearch', query: search.query, editing: search })}
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className="sidebar__row-action"
            aria-label={t('sidebar.deleteSavedSearch', { name: search.name })}
            title={t('sidebar.deleteSavedSearch', { name: search.name })}
            onClick={() => void remove(search.id, search.name)}
          >
            <CloseIcon />
          </button>
        </li>
      ))}
    </SidebarSection>
  );
}
