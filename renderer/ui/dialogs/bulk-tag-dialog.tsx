/** Tag or untag several contacts at once; the toast offers Undo. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tagContacts, untagContacts } from '../../state/contact-actions';
import { useSidebarDataStore } from '../../state/sidebar-data-store';
import { useToastStore } from '../../state/toast-store';
import { errorText } from '../common/error-text';
import { ModalDialog } from './modal-dialog';

export function BulkTagDialog({ mode, ids, onClose }: { mode: 'tag' | 'untag'; ids: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const tags = useSidebarDataStore((state) => state.tags);
  const show = useToastStore((state) => state.show);
  const [value, setValue] = useState(mode === 'untag' ? (tags[0]?.id ?? '') : '');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!value.trim()) {
      setError(t('bulk.tagRequired'));
      return;
    }
    try {
      const name = mode === 'tag' ? value.trim() : (tags.find((tag) => tag.id === value)?.name ?? '');
      const { count, changeSetId } = mode === 'tag' ? await tagContacts(ids, value.trim()) : await untagContacts(ids, value);
      onClose();
      const message = mode === 'tag' ? t('toast.tagged', { count, tag: name }) : t('toast.untagged', { count, tag: name });
      show(changeSetId ? { message, undoChangeSetId: changeSetId } : { message });
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  return (
    <ModalDialog
      title={mode === 'tag' ? t('bulk.tagTitle', { count: ids.length }) : t('bulk.untagTitle', { count: ids.length })}
      onClose={onClose}
      size="small"
    >
      <form className="bulk-tag" onSubmit={(event) => void submit(event)}>
        {mode === 'tag' ? (
          <label className="form-field">
            <span className="form-field__label">{t('bulk.tagName')}</span>
            <input className="text-input" list="bulk-tag-names" dir="auto" value={value} onChange={(event) => setValue(event.target.value)} aria-invalid={error ? true : undefined} />
            <datalist id="bulk-tag-names">
              {tags.map((tag) => (
                <option key={tag.id} value={tag.name} />
              ))}
            </datalist>
          </label>
        ) : (
          <label className="form-field">
            <span className="form-field__label">{t('bulk.tagToRemove')}</span>
            <select className="text-input" value={value} onChange={(event) => setValue(event.target.value)}>
              {tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {error ? (
          <p className="form-field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="bulk-tag__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {mode === 'tag' ? t('bulk.tag') : t('bulk.untag')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
