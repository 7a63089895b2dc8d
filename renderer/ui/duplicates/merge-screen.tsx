/**
 * A merge side by side: one column per contact, one row per field that has a value; where
 * the contacts differ a radio per contact chooses the value (defaulting to the preview's
 * choice). Lists (emails, phones, tags…) are kept whole and shown united. Merge ends in a
 * toast with Undo.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MERGE_FIELDS, type FieldChoices, type MergeField, type MergePreview } from '../../../shared/domain/duplicates';
import { useDuplicatesStore } from '../../state/duplicates-store';
import { useToastStore } from '../../state/toast-store';
import { fieldText, keptLists } from './merge-fields';
import { ErrorAlert } from '../files/error-alert';

export function MergeScreen({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t } = useTranslation('files');
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<FieldChoices>({});
  const [error, setError] = useState<unknown>(null);
  const [merging, setMerging] = useState(false);

  useEffect(() => {
    let live = true;
    useDuplicatesStore
      .getState()
      .preview(ids)
      .then((loaded) => {
        if (!live) return;
        setPreview(loaded);
        setChoices({ ...loaded.choices });
      })
      .catch((caught: unknown) => {
        if (live) setError(caught);
      });
    return () => {
      live = false;
    };
  }, [ids]);

  if (error && !preview) return <ErrorAlert error={error} />;
  if (!preview) return <p>{t('common.loading')}</p>;

  const { contacts } = preview;
  const yes = t('merge.yes');
  const differing = new Set<MergeField>(preview.differing);
  const rows = MERGE_FIELDS.filter((field) => contacts.some((contact) => fieldText(contact, field, yes) !== ''));

  async function merge(current: MergePreview): Promise<void> {
    setMerging(true);
    setError(null);
    try {
      const result = await useDuplicatesStore.getState().merge(current, choices);
      useToastStore.getState().show({
        message: t('merge.done', { name: result.value.displayName, count: result.mergedIds.length }),
        ...(result.changeSetId ? { undoChangeSetId: result.changeSetId } : {}),
      });
      onDone();
    } catch (caught) {
      setError(caught);
      setMerging(false);
    }
  }

  return (
    <div className="merge">
      <p className="files-muted">{t('merge.hint')}</p>
      <div className="files-scroll">
        <table className="data-table merge__table">
          <caption className="visually-hidden">{t('merge.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('merge.field')}</th>
              {contacts.map((contact) => (
                <th key={contact.id} scope="col" dir="auto">
                  {contact.displayName}
                  {contact.id === preview.survivorId ? <span className="merge__kept"> {t('merge.kept')}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((field) => {
              const label = t(`merge.fields.${field}`);
              return (
                <tr key={field} className={differing.has(field) ? 'merge__row--differs' : undefined}>
                  <th scope="row">{label}</th>
                  {contacts.map((contact) => {
                    const text = fieldText(contact, field, yes);
                    if (!differing.has(field) || (field === 'notes' && preview.notesCombined)) {
                      return (
                        <td key={contact.id} dir="auto">
                          {text}
                        </td>
                      );
                    }
                    return (
                      <td key={contact.id}>
                        <label className="files-choice">
                          <input
                            type="radio"
                            name={`merge-${field}`}
                            checked={choices[field] === contact.id}
                            onChange={() => setChoices((current) => ({ ...current, [field]: contact.id }))}
                            aria-label={t('merge.choose', { field: label, value: text || t('merge.empty'), name: contact.displayName })}
                          />
                          <span dir="auto">{text || <em className="files-muted">{t('merge.empty')}</em>}</span>
                        </label>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.notesCombined ? <p className="files-muted">{t('merge.notesCombined')}</p> : null}
      <section className="merge__kept-lists" aria-label={t('merge.keptAll')}>
        <h3 className="files-heading">{t('merge.keptAll')}</h3>
        <dl>
          {keptLists(contacts).map((list) => (
            <div key={list.key} className="merge__list">
              <dt>{t(`merge.lists.${list.key}`)}</dt>
              <dd dir="auto">{list.values.join(' · ')}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ErrorAlert error={error} />
      <div className="files-row files-row--end">
        <button type="button" className="button" onClick={onDone} disabled={merging}>
          {t('common.back')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void merge(preview)} disabled={merging}>
          {t('merge.merge', { count: contacts.length })}
        </button>
      </div>
    </div>
  );
}
