import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../../shared/domain/records';
import { restoreFromTrash } from '../../state/contact-actions';
import { useToastStore } from '../../state/toast-store';
import { useTrashStore } from '../../state/trash-store';
import { EmptyState } from '../common/empty-state';
import { errorText } from '../common/error-text';
import { formatDate } from '../common/format-date';
import { RestoreIcon, TrashIcon } from '../common/icons';
import './trash.css';

function TrashRow({ item }: { item: TrashItem }) {
  const { t } = useTranslation();
  const showToast = useToastStore((state) => state.show);
  const [restoring, setRestoring] = useState(false);

  async function restore(): Promise<void> {
    setRestoring(true);
    try {
      await restoreFromTrash([item]);
      showToast({ message: t('toast.restored', { name: item.name }) });
    } catch (error) {
      showToast({ message: t('toast.failed', { reason: errorText(t, error) }) });
      setRestoring(false);
    }
  }

  return (
    <li className="trash__row">
      <div className="trash__text">
        <span className="trash__name">{item.name}</span>
        <span className="trash__meta">
          {t(`trash.entity.${item.entity}`)} · {t('trash.deletedAt', { date: formatDate(item.deletedAt) })}
        </span>
      </div>
      <button type="button" className="button" disabled={restoring} aria-label={t('trash.restoreNamed', { name: item.name })} onClick={() => void restore()}>
        <RestoreIcon />
        {t('trash.restore')}
      </button>
    </li>
  );
}

/** Everything deleted, with a way back. Emptying the trash comes with the full interface. */
export function TrashView() {
  const { t } = useTranslation();
  const { items, status, error, load } = useTrashStore();

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
        <h2 id="trash-title" className="trash__title">
          {t('trash.title')}
        </h2>
        <p className="trash__hint">{t('trash.hint')}</p>
      </header>
      <div className="trash__body">{body()}</div>
    </section>
  );
}
