/**
 * What changed on this contact, newest first, each change set with its own Undo
 * (history.undo with its id): one edit can be taken back without touching later ones.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/domain/records';
import { undoChangeSet } from '../../state/contact-actions';
import { useHistoryStore } from '../../state/history-store';
import { useToastStore } from '../../state/toast-store';
import { errorText } from '../common/error-text';
import { formatDate } from '../common/format-date';
import { HistoryIcon } from '../common/icons';
import { DetailSection } from './detail-section';

const COLLAPSED_COUNT = 5;

/** A logged value as a short line of text: lists and objects are summarised, not dumped. */
function shortValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value).slice(0, 60);
}

type Change = HistoryEntry['changes'][number];

/** Columns the database keeps for itself (sort keys, positions, links): true history, but not news to a person. */
const BOOKKEEPING_FIELDS = new Set(['_row', 'sort_key', 'display_name_set', 'address_key', 'digits', 'position', 'contact_id', 'created_at', 'import_id']);

const isEmptyValue = (value: unknown): boolean => value === null || value === undefined || value === '' || value === 0 || value === '[]';

/** A change worth showing: a field a person knows, that went from one value to another. */
export function isMeaningfulChange(change: Change): boolean {
  return !BOOKKEEPING_FIELDS.has(change.field) && !(isEmptyValue(change.oldValue) && isEmptyValue(change.newValue));
}

function ChangeLine({ change }: { change: Change }) {
  return (
    <li className="history__change">
      <span className="history__field">{change.field.replace(/_/g, ' ')}</span>{' '}
      <bdi className="history__old">{shortValue(change.oldValue)}</bdi> → <bdi className="history__new">{shortValue(change.newValue)}</bdi>
    </li>
  );
}

const visibleChanges = (entry: HistoryEntry): Change[] => entry.changes.filter(isMeaningfulChange);
const SHOWN_CHANGES = 6;

function ChangeList({ changes }: { changes: Change[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <ul className="history__changes">
      {changes.slice(0, SHOWN_CHANGES).map((change, index) => (
        <ChangeLine key={index} change={change} />
      ))}
      {changes.length > SHOWN_CHANGES ? <li className="history__change">{t('history.more', { count: changes.length - SHOWN_CHANGES })}</li> : null}
    </ul>
  );
}

export function HistorySection() {
  const { t } = useTranslation();
  const { entries, status } = useHistoryStore();
  const show = useToastStore((state) => state.show);
  const [expanded, setExpanded] = useState(false);
  if (status !== 'ready' || entries.length === 0) return null;
  const visible = expanded ? entries : entries.slice(0, COLLAPSED_COUNT);

  async function undo(entry: HistoryEntry): Promise<void> {
    try {
      const result = await undoChangeSet(entry.changeSetId);
      show({ message: t('toast.undone', { label: result.label }) });
    } catch (error) {
      show({ message: t('toast.failed', { reason: errorText(t, error) }) });
    }
  }

  return (
    <DetailSection title={t('history.title')} icon={<HistoryIcon />}>
      <ol className="history" aria-label={t('history.title')}>
        {visible.map((entry) => (
          <li key={entry.changeSetId} className="history__entry" data-undone={entry.undone}>
            <div className="history__head">
              <span className="history__label">
                <bdi>{entry.label}</bdi>
              </span>
              <span className="history__date">{formatDate(entry.at)}</span>
              {entry.undone ? (
                <span className="history__undone">{t('history.undone')}</span>
              ) : (
                <button type="button" className="button button--small" aria-label={t('history.undoNamed', { label: entry.label })} onClick={() => void undo(entry)}>
                  {t('history.undo')}
                </button>
              )}
            </div>
            <ChangeList changes={visibleChanges(entry)} />
          </li>
        ))}
      </ol>
      {entries.length > COLLAPSED_COUNT ? (
        <button type="button" className="button button--quiet button--small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('history.showLess') : t('history.showAll', { count: entries.length })}
        </button>
      ) : null}
    </DetailSection>
  );
}
