/** Everything deleted: restore it, or delete it for good. Both can be undone from the toast. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../../shared/domain/records';
import { purgeFromTrash, restoreFromTrash } from '../../state/contact-actions';
import { useToastStore } from '../../state/toast-store';
import { useTrashStore } from '../../state/trash-store';
import { EmptyState } from '../common/empty-state';
import { errorText } from '../common/error-text';
import { formatDate } from '../common/format-date';
import { RestoreIcon, TrashIcon } from '../common/icons';
import './trash.css';

function useTrashAction() {
  const { t } = useTranslation();
  const showToast = useToastStore((state) => state.show);
  return async (kind: 'restore' | 'purge', items: TrashItem[]): Promise<void> => {
    try {
      const { changeSetId } = kind === 'restore' ? await restoreFromTrash(items) : await purgeFromTrash(items);
      const name = items.length === 1 ? (items[0]?.name ?? '') : '';
      const message =
        kind === 'restore'
          ? items.length === 1
            ? t('toast.restored', { name })
            : t('toast.restoredMany', { count: items.length })
          : items.length === 1
            ? t('toast.purged', { name })
            : t('toast.purgedMany', { count: items.length });
      showToast(changeSetId ? { message, undoChangeSetId: changeSetId } : { message });
    } catch (error) {
      showToast({ message: t('toast.failed', { reason: errorText(t, error) }) });
    }
  };
}

function TrashRow({ item }: { item: TrashItem }) {
  const { t } = useTranslation();
  const act = useTrashAction();
  const [busy, setBusy] = useState(false);
  const run = async (kind: 'restore' | 'purge') => {
    setBusy(true);
    await act(kind, [item]);
    setBusy(false);
  };
  return (
    <li className="trash__row">
      <div className="trash__text">
        <span className="trash__name">
          <bdi>{item.name}</bdi>
        </span>
        <span className="trash__meta">
          {t(`trash.entity.${item.entity}`)} · {t('trash.deletedAt', { date: formatDate(item.deletedAt) })}
        </span>
      </div>
      <button type="button" className="button" disabled={busy} aria-label={t('trash.restoreNamed', { name: item.name })} onClick={() => void run('restore')}>
        <RestoreIcon />
        {t('trash.restore')}
      </button>
      <button type="button" className="button button--danger" disabled={busy} aria-label={t('trash.purgeNamed', { name: item.name })} onClick={() => void run('purge')}>
        <TrashIcon />
        {t('trash.purge')}
      </button>
    </li>
  );
}

export function TrashView() {
  const { t } = useTranslation();
  const { items, status, error, load } = useTrashStore();
  const act = useTrashAction();

  useEffect(() => {
    void load();
  }, [load]);

  function body() {
    if (status === 'error') return <EmptyState title={t('trash.title')}>{errorText(t, error)}</EmptyState>;
    if (status !== 'ready') return <p className="trash__status">{t('app.loading')}</p>;
    if (items.length === 0) {
      return (
        <EmptyState icon={<TrashIcon />} title={t('trash.emptyTitle')}>
          {t('trash.emptyBody')}
        </EmptyState>
      );
    }
    return (
      <ul className="trash__list" aria-label={t('trash.label')}>
        {items.map((item) => (
          <TrashRow key={`${item.entity}:${item.id}`} item={item} />
        ))}
      </ul>
    );
  }

  return (
    <section className="trash" aria-labelledby="trash-title">
      <header className="trash__header">
        <div className="trash__heading">
          <h2 id="trash-title" className="trash__title">
            {t('trash.title')}
          </h2>
          <p className="trash__hint">{t('trash.hint')}</p>
        </div>
        {items.length > 0 ? (
          <div className="trash__actions">
            <button type="button" className="button" onClick={() => void act('restore', items)}>
              {t('trash.restoreAll')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void act('purge', items)}>
              {t('trash.emptyTrash')}
            </button>
          </div>
        ) : null}
      </header>
      <div className="trash__body">{body()}</div>
    </section>
  );
}
