/**
 * The filter box: the saved-search syntax (`tag:vip org:acme -has:email last-contacted>90d`)
 * narrows the list through contacts.list. The builder edits the same text as rows and can
 * save it as a smart group.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactListStore } from '../../state/contact-list-store';
import { useOverlayStore } from '../../state/overlay-store';
import { CloseIcon, FilterIcon } from '../common/icons';

export function FilterBar() {
  const { t } = useTranslation();
  const id = useId();
  const { filterQuery, filterError, setFilterQuery } = useContactListStore();
  const openOverlay = useOverlayStore((state) => state.open);
  const errorId = `${id}-error`;
  return (
    <div className="filter-bar">
      <div className="filter-bar__row">
        <div className="search-box">
          <FilterIcon />
          <input
            className="search-box__input"
            dir="auto"
            aria-label={t('filter.label')}
            placeholder={t('filter.placeholder')}
            value={filterQuery}
            aria-invalid={filterError ? true : undefined}
            aria-describedby={filterError ? errorId : undefined}
            onChange={(event) => setFilterQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && filterQuery) {
                event.preventDefault();
                setFilterQuery('');
              }
            }}
            autoComplete="off"
            spellCheck={false}
          />
          {filterQuery ? (
            <button type="button" className="search-box__clear" aria-label={t('filter.clear')} onClick={() => setFilterQuery('')}>
              <CloseIcon />
            </button>
          ) : null}
        </div>
        <button type="button" className="button button--small" onClick={() => openOverlay({ kind: 'savedSearch', query: filterQuery, editing: null })}>
          {t('filter.builder')}
        </button>
      </div>
      {filterError ? (
        <p id={errorId} className="filter-bar__error" role="alert">
          {t('filter.syntaxError', { message: filterError })}
        </p>
      ) : null}
    </div>
  );
}
