/** The middle pane: search, filter, sort, bulk actions, and the contacts of the scope or the search results. */
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactListStore } from '../../state/contact-list-store';
import { useListSelectionStore } from '../../state/list-selection-store';
import { isSearching, useSearchStore } from '../../state/search-store';
import { useSelectedContactStore } from '../../state/selected-contact-store';
import { useViewStore } from '../../state/view-store';
import { EmptyState } from '../common/empty-state';
import { errorText } from '../common/error-text';
import { PeopleIcon, PlusIcon, SearchIcon } from '../common/icons';
import { BulkActionBar } from './bulk-action-bar';
import { collateRuns } from './collate-runs';
import { ContactListbox } from './contact-listbox';
import { FilterBar } from './filter-bar';
import { ListHeader } from './list-header';
import { SearchBox } from './search-box';
import './contact-list.css';

export function ContactListPane() {
  const { t, i18n } = useTranslation();
  const list = useContactListStore();
  const search = useSearchStore();
  const activeId = useSelectedContactStore((state) => state.selectedId);
  const select = useSelectedContactStore((state) => state.select);
  const openEditor = useViewStore((state) => state.openEditor);
  const closeEditor = useViewStore((state) => state.closeEditor);

  const searching = isSearching(search.query);
  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'variant', numeric: true }), [i18n.language]);
  // Search results come ranked by relevance: only the name-sorted list is collated.
  const listItems = useMemo(() => (list.sort === 'name' ? collateRuns(list.items, collator) : list.items), [list.items, list.sort, collator]);
  const contacts = searching ? search.results : listItems;
  const status = searching ? search.status : list.status;
  const error = searching ? search.error : list.error;

  useEffect(() => {
    useListSelectionStore.getState().keepOnly(new Set(contacts.map((contact) => contact.id)));
  }, [contacts]);

  const onOpen = useCallback(
    (id: string) => {
      closeEditor();
      select(id);
    },
    [closeEditor, select],
  );
  const loadNextPage = list.loadNextPage;
  const onNearEnd = useMemo(() => (!searching && list.nextCursor !== null ? () => void loadNextPage() : undefined), [searching, list.nextCursor, loadNextPage]);
  const onLoadToEnd = !searching && list.nextCursor !== null ? list.loadToEnd : undefined;

  const newContactButton = (
    <button type="button" className="button button--primary" onClick={() => openEditor({ mode: 'create' })}>
      <PlusIcon />
      {t('list.newContact')}
    </button>
  );

  function body() {
    if (status === 'error') return <EmptyState title={t('list.loadFailed')}>{errorText(t, error)}</EmptyState>;
    if (contacts.length > 0) {
      return (
        <ContactListbox
          label={t('list.label')}
          contacts={contacts}
          activeId={activeId}
          total={searching ? contacts.length : list.total}
          onOpen={onOpen}
          onNearEnd={onNearEnd}
          onLoadToEnd={onLoadToEnd}
        />
      );
    }
    if (status !== 'ready') return <p className="contact-list__status">{t('app.loading')}</p>;
    if (searching) {
      return (
        <EmptyState icon={<SearchIcon />} title={t('list.noMatchesTitle')}>
          {t('list.noMatchesBody', { query: search.query.trim() })}
        </EmptyState>
      );
    }
    if (list.scope.kind !== 'all' || list.filterQuery.trim()) {
      return (
        <EmptyState icon={<SearchIcon />} title={t('list.scopeEmptyTitle')}>
          {t('list.scopeEmptyBody')}
        </EmptyState>
      );
    }
    return (
      <EmptyState icon={<PeopleIcon />} title={t('list.emptyTitle')} action={newContactButton}>
        {t('list.emptyBody')}
      </EmptyState>
    );
  }

  return (
    <section className="contact-list" aria-label={t('list.label')}>
      <header className="contact-list__toolbar">
        <SearchBox />
        <button
          type="button"
          className="button button--primary contact-list__new"
          aria-label={t('list.newContact')}
          title={t('list.newContactWithKey')}
          onClick={() => openEditor({ mode: 'create' })}
        >
          <PlusIcon />
        </button>
      </header>
      {searching ? null : <FilterBar />}
      <ListHeader searching={searching} resultCount={search.results.length} searchReady={search.status === 'ready'} />
      <BulkActionBar />
      <div className="contact-list__body">{body()}</div>
    </section>
  );
}
