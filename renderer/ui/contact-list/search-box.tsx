import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchStore } from '../../state/search-store';
import { CloseIcon, SearchIcon } from '../common/icons';
import { focusContactList } from '../commands/app-commands-run';

/** Focused by "/" and the Find command (see commands/app-commands-run). */
const SEARCH_BOX_ID = 'contact-search';

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
        aria-keyshortcuts="/"
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
