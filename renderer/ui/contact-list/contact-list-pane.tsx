import { useTranslation } from 'react-i18next';
import { useContactListStore } from '../../state/contact-list-store';
import { isSearching, useSearchStore } from '../../state/search-store';
import { useSelectedContactStore } from '../../state/selected-contact-store';
import { useViewStore } from '../../state/view-store';
import { EmptyState } from '../common/empty-state';
import { errorText } from '../common/error-text';
import { PeopleIcon, PlusIcon, SearchIcon } from '../common/icons';
import { ContactListbox } from './contact-listbox';
import { SearchBox } from './search-box';
import './contact-list.css';

/** The middle pane: search, "New contact", and all contacts or the search results. */
export function ContactListPane() {
  const { t } = useTranslation();
  const list = useContactListStore();
  const search = useSearchStore();
  const selectedId = useSelectedContactStore((state) => state.selectedId);
  const select = useSelectedContactStore((state) => state.select);
  const openEditor = useViewStore((state) => state.openEditor);
  const closeEditor = useViewStore((state) => state.closeEditor);

  const searching = isSearching(search.query);
  const contacts = searching ? search.results : list.items;
  const status = searching ? search.status : list.status;
  const error = searching ? search.error : list.error;
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
          selectedId={selectedId}
          onSelect={(id) => {
            closeEditor();
            select(id);
          }}
          onNearEnd={!searching && list.nextCursor !== null ? () => void list.loadNextPage() : undefined}
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
        <button type="button" className="button button--primary contact-list__new" aria-label={t('list.newContact')} title={t('list.newContact')} onClick={() => openEditor({ mode: 'create' })}>
          <PlusIcon />
        </button>
      </header>
      {searching && status === 'ready' && contacts.length > 0 ? (
        <p className="contact-list__summary" aria-live="polite">
          {t('list.resultCount', { count: contacts.length })}
        </p>
      ) : null}
      <div className="contact-list__body">{body()}</div>
    </section>
  );
}
