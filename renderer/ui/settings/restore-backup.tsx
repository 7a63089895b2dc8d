/**
 * Restore: choose a backup file, confirm (the current data is saved beside it first),
 * upload it to the staging folder and ask the main process to swap it in.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { discardStagedFile, uploadFile } from '../../state/files-transfer';
import { errorText } from '../files/error-text';
import { ModalDialog } from '../dialogs/modal-dialog';

export function RestoreBackup() {
  const { t } = useTranslation('files');
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function restore(chosen: File): Promise<void> {
    setBusy(true);
    setMessage(t('settings.restoreUploading'));
    let staged: string | null = null;
    try {
      staged = (await uploadFile(chosen, chosen.name)).path;
      const result = await api.call('app.restoreBackup', { path: staged });
      setMessage(t('settings.restoreDone', { previous: result.previousSavedAt }));
    } catch (error) {
      setMessage(errorText(t, error));
    } finally {
      if (staged !== null) discardStagedFile(staged);
      setBusy(false);
      setFile(null);
    }
  }

  return (
    <div className="settings-restore">
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".sqlite,.db,.rapport,application/octet-stream"
        aria-label={t('settings.restoreChoose')}
        disabled={busy}
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          event.target.value = '';
          setFile(chosen);
        }}
      />
      <label htmlFor={inputId} className="button" aria-disabled={busy}>
        {t('settings.restore')}
      </label>
      <p className="files-muted" role="status">
        {message}
      </p>
      {file ? (
        <ModalDialog
          title={t('settings.restoreConfirmTitle')}
          size="small"
          onClose={() => setFile(null)}
          initialFocusSelector="[data-autofocus]"
          footer={
            <>
              <button type="button" className="button" onClick={() => setFile(null)} data-autofocus>
                {t('common.cancel')}
              </button>
              <button type="button" className="button button--primary" onClick={() => void restore(file)}>
                {t('settings.restoreConfirm')}
              </button>
            </>
          }
        >
          <p>{t('settings.restoreWarning', { name: file.name })}</p>
        </ModalDialog>
      ) : null}
    </div>
  );
}
