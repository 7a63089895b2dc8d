import { useTranslation } from 'react-i18next';
import { undoChangeSet } from '../../state/contact-actions';
import { useToastStore, type Toast } from '../../state/toast-store';
import { errorText } from '../common/error-text';
import { CloseIcon } from '../common/icons';
import './toast.css';

function ToastCard({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const { dismiss, show } = useToastStore();
  const changeSetId = toast.undoChangeSetId;

  async function run(work: () => Promise<string | null>): Promise<void> {
    dismiss(toast.id);
    try {
      const message = await work();
      if (message) show({ message });
    } catch (error) {
      show({ message: t('toast.failed', { reason: errorText(t, error) }) });
    }
  }

  return (
    <div className="toast">
      <p className="toast__message">{toast.message}</p>
      {changeSetId ? (
        <button type="button" className="toast__action" onClick={() => void run(async () => t('toast.undone', { label: (await undoChangeSet(changeSetId)).label }))}>
          {t('toast.undo')}
        </button>
      ) : null}
      {toast.action ? (
        <button type="button" className="toast__action" onClick={() => void run(async () => (await toast.action?.run(), null))}>
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" className="toast__dismiss" aria-label={t('toast.dismiss')} onClick={() => dismiss(toast.id)}>
        <CloseIcon />
      </button>
    </div>
  );
}

/** A live region, present from the start so screen readers announce what appears in it. */
export function ToastRegion() {
  const { t } = useTranslation();
  const toasts = useToastStore((state) => state.toasts);
  return (
    <div className="toast-region" role="status" aria-live="polite" aria-label={t('toast.label')}>
      {toasts.map((toast) => (
        <ToastCard key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
