/** Named CSV mappings: apply one to this file, save the current one, delete one. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../shared/domain/column-mapping';
import { api } from '../../api/client';
import { errorText } from './error-text';

interface SavedMapping {
  id: string;
  name: string;
  mapping: ColumnMapping;
}

export function SavedMappings({ mapping, onApply }: { mapping: ColumnMapping; onApply: (mapping: ColumnMapping) => void }) {
  const { t } = useTranslation('files');
  const [saved, setSaved] = useState<SavedMapping[]>([]);
  const [chosenId, setChosenId] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');

  async function load(): Promise<void> {
    try {
      setSaved(await api.call('imports.mappings', {}));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  }

  useEffect(() => {
    let live = true;
    api
      .call('imports.mappings', {})
      .then((list) => {
        if (live) setSaved(list);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  const chosen = saved.find((item) => item.id === chosenId);

  async function save(): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) return;
    try {
      const result = await api.call('imports.saveMapping', { name: trimmed, mapping });
      setName('');
      setMessage(t('mappings.saved', { name: result.name }));
      await load();
      setChosenId(result.id);
    } catch (error) {
      setMessage(errorText(t, error));
    }
  }

  async function remove(item: SavedMapping): Promise<void> {
    try {
      await api.call('imports.deleteMapping', { id: item.id });
      setChosenId('');
      setMessage(t('mappings.deleted', { name: item.name }));
      await load();
    } catch (error) {
      setMessage(errorText(t, error));
    }
  }

  return (
    <div className="saved-mappings">
      <div className="files-row">
        <label className="files-field">
          <span>{t('mappings.savedList')}</span>
          <select className="text-input" value={chosenId} onChange={(event) => setChosenId(event.target.value)} disabled={saved.length === 0}>
            <option value="">{saved.length === 0 ? t('mappings.none') : t('mappings.choose')}</option>
            {saved.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={!chosen} onClick={() => chosen && onApply(chosen.mapping)}>
          {t('mappings.apply')}
        </button>
        <button type="button" className="button button--danger" disabled={!chosen} onClick={() => chosen && void remove(chosen)}>
          {t('mappings.delete')}
        </button>
      </div>
      <form
        className="files-row"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="files-field">
          <span>{t('mappings.saveAs')}</span>
          <input className="text-input" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} placeholder={t('mappings.namePlaceholder')} />
        </label>
        <button type="submit" className="button" disabled={!name.trim()}>
          {t('mappings.save')}
        </button>
      </form>
      <p className="files-muted" role="status">
        {message}
      </p>
    </div>
  );
}
