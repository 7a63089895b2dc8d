/**
 * The first-run welcome, shown over the app while settings.firstRunDone is false: import a
 * file, load sample data, or start empty. Any choice (or closing it) ends the first run.
 * A database that already has contacts (restored, or filled from the command line) is not
 * a first run: the dialog then records that and closes without showing.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useSettingsStore } from '../../state/settings-store';
import { openAppDialog } from '../app-dialogs';
import { ModalDialog } from '../dialogs/modal-dialog';
import { loadSampleData } from './load-sample-data';
import './welcome.css';
import { ErrorAlert } from '../files/error-alert';

function markFirstRunDone(): Promise<unknown> {
  // Not being able to remember the choice is no reason to keep the person on this screen.
  return useSettingsStore
    .getState()
    .update({ firstRunDone: true })
    .catch(() => null);
}

export function WelcomeDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('files');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api
      .call('app.stats', {})
      .then(async (stats) => {
        if (!live) return;
        if (stats.contacts === 0) {
          setChecked(true);
          return;
        }
        await markFirstRunDone();
        onClose();
      })
      .catch(() => {
        if (live) setChecked(true);
      });
    return () => {
      live = false;
    };
  }, [onClose]);

  async function finish(): Promise<void> {
    await markFirstRunDone();
    onClose();
  }

  async function sample(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await loadSampleData();
      await finish();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  async function importFile(): Promise<void> {
    await markFirstRunDone();
    // One dialog at a time: opening the wizard replaces this one.
    openAppDialog('import', {});
  }

  if (!checked) return null;
  return (
    <ModalDialog title={t('welcome.dialogTitle')} onClose={busy ? () => {} : () => void finish()} className="welcome-dialog" hideHeader>
      <section className="welcome">
        <h2 className="welcome__title">{t('welcome.title')}</h2>
        <p className="welcome__intro">{t('welcome.intro')}</p>
        <div className="welcome__choices">
          <button type="button" className="welcome__choice" disabled={busy} onClick={() => void importFile()}>
            <strong>{t('welcome.import')}</strong>
            <span>{t('welcome.importHint')}</span>
          </button>
          <button type="button" className="welcome__choice" disabled={busy} onClick={() => void sample()}>
            <strong>{busy ? t('welcome.loading') : t('welcome.sample')}</strong>
            <span>{t('welcome.sampleHint')}</span>
          </button>
          <button type="button" className="welcome__choice" disabled={busy} onClick={() => void finish()}>
            <strong>{t('welcome.empty')}</strong>
            <span>{t('welcome.emptyHint')}</span>
          </button>
        </div>
        <ErrorAlert error={error} />
      </section>
    </ModalDialog>
  );
}
