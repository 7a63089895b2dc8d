import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchStore } from '../../state/search-store';
import { CloseIcon, SearchIcon } from '../common/icons';
import { focusContactList } from './contact-listbox';

const SEARCH_BOX_ID = 'contact-search';

/** For the Find command (Ctrl/Cmd+F in the native menu). */
export function focusSearchBox(): void {
  document.getElementById(SEARCH_BOX_ID)?.focus();
}

export function SearchBox() {
  const { t } = useTranslation();
  const query = useSearchStore((state) => state.query);
  const setQuery = useSearchStore((state) => state.setQuery);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusContactList();
    }
  }

  return (
    <div className="search-box" role="search">
      <SearchIcon />
      <input
        id={SEARCH_BOX_ID}
        className="search-box__input"
        type="search"
        aria-label={t('list.searchLabel')}
        placeholder={t('list.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      {query ? (
        <button type="button" className="search-box__clear" aria-label={t('list.clearSearch')} onClick={() => setQuery('')}>
          <CloseIcon />
        </button>
      ) : null}
    </div>
  );
}
