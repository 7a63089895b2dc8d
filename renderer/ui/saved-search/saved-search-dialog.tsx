/**
 * The query builder: rows of field / condition / value, kept in step with the query text
 * (either can be edited), a live count of matches, and "Save as smart group".
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedSearch } from '../../../shared/domain/records';
import { HAS_VALUES, QuerySyntaxError, formatQuery, parseQuery } from '../../../shared/query/parse-query';
import { api } from '../../api/client';
import { useContactListStore } from '../../state/contact-list-store';
import { refreshContactViews } from '../../state/refresh-contact-views';
import { useToastStore } from '../../state/toast-store';
import { useViewStore } from '../../state/view-store';
import { errorText } from '../common/error-text';
import { CloseIcon, PlusIcon } from '../common/icons';
import { ModalDialog } from '../dialogs/modal-dialog';
import { BUILDER_FIELDS, blankRow, isDateField, rowsOfTerms, termsOfRows, type BuilderField, type BuilderRow } from './builder-rows';
import './saved-search-dialog.css';

function parse(text: string): { rows: BuilderRow[] } | { error: string } {
  try {
    return { rows: rowsOfTerms(parseQuery(text)) };
  } catch (error) {
    return { error: error instanceof QuerySyntaxError ? error.message : String(error) };
  }
}

export function SavedSearchDialog({ initialQuery, editing, onClose }: { initialQuery: string; editing: SavedSearch | null; onClose(): void }) {
  const { t } = useTranslation();
  const first = parse(initialQuery);
  const [rows, setRows] = useState<BuilderRow[]>(() => ('rows' in first && first.rows.length > 0 ? first.rows : [blankRow()]));
  const [text, setText] = useState(initialQuery);
  const [syntaxError, setSyntaxError] = useState<string | null>('error' in first ? first.error : null);
  const [name, setName] = useState(editing?.name ?? '');
  const [counted, setCounted] = useState<{ query: string; count: number } | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const show = useToastStore((state) => state.show);

  // A live count, so the person sees what the group will hold before saving it.
  const query = text.trim();
  const count = !syntaxError && counted?.query === query ? counted.count : null;
  useEffect(() => {
    if (syntaxError || !query) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .call('contacts.count', { filter: { query } })
        .then((value) => current && setCounted({ query, count: value }))
        .catch(() => {});
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, syntaxError]);

  function changeRows(next: BuilderRow[]): void {
    setRows(next);
    setText(formatQuery(termsOfRows(next)));
    setSyntaxError(null);
  }

  function changeRow(key: number, patch: Partial<BuilderRow>): void {
    changeRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  }

  function changeText(next: string): void {
    setText(next);
    const parsed = parse(next);
    if ('rows' in parsed) {
      setRows(parsed.rows.length > 0 ? parsed.rows : [blankRow()]);
      setSyntaxError(null);
    } else setSyntaxError(parsed.error);
  }

  function applyAsFilter(): void {
    useViewStore.getState().showView('contacts');
    useContactListStore.getState().setFilterQuery(text);
    onClose();
  }

  async function save(): Promise<void> {
    setSaveError(null);
    if (!name.trim()) {
      setSaveError(t('builder.nameRequired'));
      return;
    }
    if (!text.trim() || syntaxError) {
      setSaveError(t('builder.queryRequired'));
      return;
    }
    setSaving(true);
    try {
      const saved = editing
        ? await api.call('savedSearches.update', { id: editing.id, patch: { name: name.trim(), query: text.trim() } })
        : await api.call('savedSearches.create', { name: name.trim(), query: text.trim() });
      await refreshContactViews();
      if (!editing) useContactListStore.getState().setFilterQuery('');
      useViewStore.getState().showScope({ kind: 'savedSearch', savedSearchId: saved.id });
      show({ message: editing ? t('toast.savedSearchUpdated', { name: saved.name }) : t('toast.savedSearchCreated', { name: saved.name }) });
      onClose();
    } catch (error) {
      setSaveError(errorText(t, error));
      setSaving(false);
    }
  }

  const fieldNames = useMemo(() => Object.fromEntries([...BUILDER_FIELDS, 'raw' as const].map((field) => [field, t(`builder.field.${field}`)])) as Record<BuilderField, string>, [t]);

  return (
    <ModalDialog
      title={editing ? t('builder.editTitle') : t('builder.title')}
      onClose={onClose}
      size="large"
      footer={
        <>
          {saveError ? (
            <p className="builder__error" role="alert">
              {saveError}
            </p>
          ) : null}
          {editing ? null : (
            <button type="button" className="button" onClick={applyAsFilter} disabled={Boolean(syntaxError)}>
              {t('builder.apply')}
            </button>
          )}
          <button type="button" className="button button--primary" onClick={() => void save()} disabled={saving}>
            {editing ? t('builder.update') : t('builder.save')}
          </button>
        </>
      }
    >
      <div className="builder__rows" role="group" aria-label={t('builder.rowsLabel')}>
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <div key={row.key} className="builder__row">
              <select className="select" aria-label={t('builder.fieldLabel', { number })} value={row.field} onChange={(event) => changeRow(row.key, { field: event.target.value as BuilderField, value: event.target.value === 'has' ? 'phone' : row.value })}>
                {(row.field === 'raw' ? [...BUILDER_FIELDS, row.field] : BUILDER_FIELDS).map((field) => (
                  <option key={field} value={field}>
                    {fieldNames[field]}
                  </option>
                ))}
              </select>
              {isDateField(row.field) ? (
                <select
                  className="select"
                  aria-label={t('builder.conditionLabel', { number })}
                  value={`${row.negated ? 'not-' : ''}${row.comparison}`}
                  onChange={(event) => changeRow(row.key, { negated: event.target.value.startsWith('not-'), comparison: event.target.value.endsWith('older') ? 'older' : 'newer' })}
                >
                  <option value="older">{t('builder.condition.older')}</option>
                  <option value="newer">{t('builder.condition.newer')}</option>
                </select>
              ) : (
                <select className="select" aria-label={t('builder.conditionLabel', { number })} value={row.negated ? 'not' : 'is'} onChange={(event) => changeRow(row.key, { negated: event.target.value === 'not' })}>
                  <option value="is">{row.field === 'has' ? t('builder.condition.has') : row.field === 'text' ? t('builder.condition.contains') : t('builder.condition.is')}</option>
                  <option value="not">{row.field === 'has' ? t('builder.condition.lacks') : row.field === 'text' ? t('builder.condition.notContains') : t('builder.condition.isNot')}</option>
                </select>
              )}
              {row.field === 'has' ? (
                <select className="select" aria-label={t('builder.valueLabel', { number })} value={row.value} onChange={(event) => changeRow(row.key, { value: event.target.value })}>
                  {HAS_VALUES.map((value) => (
                    <option key={value} value={value}>
                      {t(`builder.has.${value}`)}
                    </option>
                  ))}
                </select>
              ) : row.field === 'is' ? (
                <span className="builder__fixed">{t('builder.favorite')}</span>
              ) : (
                <input
                  className="text-input"
                  aria-label={t('builder.valueLabel', { number })}
                  placeholder={isDateField(row.field) ? t('builder.datePlaceholder') : ''}
                  dir="auto"
                  value={row.value}
                  onChange={(event) => changeRow(row.key, { value: event.target.value })}
                />
              )}
              <button type="button" className="icon-button" aria-label={t('builder.removeRow', { number })} onClick={() => changeRows(rows.filter((other) => other.key !== row.key))}>
                <CloseIcon />
              </button>
            </div>
          );
        })}
        <button type="button" className="button button--quiet form-rows__add" onClick={() => setRows([...rows, blankRow()])}>
          <PlusIcon />
          {t('builder.addRow')}
        </button>
      </div>
      <label className="form-field">
        <span className="form-field__label">{t('builder.query')}</span>
        <input className="text-input builder__query" dir="ltr" value={text} aria-invalid={syntaxError ? true : undefined} onChange={(event) => changeText(event.target.value)} spellCheck={false} />
      </label>
      {syntaxError ? (
        <p className="form-field__error" role="alert">
          {t('filter.syntaxError', { message: syntaxError })}
        </p>
      ) : (
        <p className="form-field__hint" aria-live="polite">
          {count === null ? t('builder.syntaxHint') : t('builder.matches', { count })}
        </p>
      )}
      <label className="form-field">
        <span className="form-field__label">{t('builder.name')}</span>
        <input className="text-input" dir="auto" value={name} onChange={(event) => setName(event.target.value)} placeholder={t('builder.namePlaceholder')} />
      </label>
    </ModalDialog>
  );
}
