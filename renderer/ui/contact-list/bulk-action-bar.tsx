/** Shown when several contacts are selected: tag, untag, export or delete them together. */
import { useTranslation } from 'react-i18next';
import { useListSelectionStore } from '../../state/list-selection-store';
import { exportSelection, openBulkTag, trashContacts } from '../commands/app-commands-run';
import { CloseIcon, TagIcon, TrashIcon } from '../common/icons';

export function BulkActionBar() {
  const { t } = useTranslation();
  const ids = useListSelectionStore((state) => state.ids);
  const clear = useListSelectionStore((state) => state.clear);
  if (ids.size < 2) return null;
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('bulk.label')}>
      <span className="bulk-bar__count" aria-live="polite">
        {t('bulk.selected', { count: ids.size })}
      </span>
      <button type="button" className="button button--small" onClick={() => openBulkTag('tag')}>
        <TagIcon />
        {t('bulk.tag')}
      </button>
      <button type="button" className="button button--small" onClick={() => openBulkTag('untag')}>
        {t('bulk.untag')}
      </button>
      <button type="button" className="button button--small" onClick={exportSelection}>
        {t('bulk.export')}
      </button>
      <button type="button" className="button button--small button--danger" onClick={() => void trashContacts([...ids])}>
        <TrashIcon />
        {t('bulk.delete')}
      </button>
      <button type="button" className="button button--quiet button--small" aria-label={t('bulk.clear')} title={t('bulk.clear')} onClick={clear}>
        <CloseIcon />
      </button>
    </div>
  );
}
