/**
 * Settings of this installation: language (the window re-renders and mirrors for Hebrew
 * and Persian), theme, the default country for phone numbers, where the data lives,
 * backup and restore.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Settings, type SettingsPatch } from '../../../shared/domain/settings';
import { api } from '../../api/client';
import { useSettingsStore } from '../../state/settings-store';
import { errorText } from '../files/error-text';
import { CountryPicker } from './country-picker';
import { ScreenFrame } from '../files/screen-frame';
import { RestoreBackup } from './restore-backup';
import '../files/files.css';
import './settings.css';

const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];

/** Each language in its own name, so a person can find theirs whatever the current one is. */
function endonym(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export function SettingsView() {
  const { t } = useTranslation('files');
  const settings = useSettingsStore((state) => state.settings);
  const update = useSettingsStore((state) => state.update);
  const [databasePath, setDatabasePath] = useState('');
  const [backupPath, setBackupPath] = useState('');
  const [message, setMessage] = useState('');
  const [backingUp, setBackingUp] = useState(false);

  useEffect(() => {
    void useSettingsStore.getState().load();
    let live = true;
    api
      .call('app.info', {})
      .then((info) => {
        if (live) setDatabasePath(info.databasePath);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  async function change(patch: SettingsPatch): Promise<void> {
    try {
      await update(patch);
      setMessage('');
    } catch (error) {
      setMessage(errorText(t, error));
    }
  }

  async function backup(): Promise<void> {
    setBackingUp(true);
    try {
      const result = await api.call('app.backup', {});
      setBackupPath(result.path);
    } catch (error) {
      setMessage(errorText(t, error));
    } finally {
      setBackingUp(false);
    }
  }

  if (!settings) return <ScreenFrame title={t('settings.title')}>{t('common.loading')}</ScreenFrame>;

  return (
    <ScreenFrame title={t('settings.title')}>
    <div className="settings">
      <section className="settings__section">
        <label className="files-field">
          <span className="settings__label">{t('settings.language')}</span>
          <select className="text-input" value={settings.language} data-autofocus onChange={(event) => void change({ language: event.target.value as Settings['language'] })}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {endonym(language)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <fieldset className="files-fieldset settings__section">
        <legend className="settings__label">{t('settings.theme')}</legend>
        <div className="files-row">
          {THEMES.map((theme) => (
            <label key={theme} className="files-choice">
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void change({ theme })} />
              <span>{t(`settings.themes.${theme}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <section className="settings__section">
        <h3 className="settings__label">{t('settings.country')}</h3>
        <p className="files-muted">{t('settings.countryHint')}</p>
        <CountryPicker value={settings.defaultCountry} onChange={(defaultCountry) => void change({ defaultCountry })} />
      </section>

      <section className="settings__section">
        <h3 className="settings__label">{t('settings.data')}</h3>
        <p className="files-muted">{t('settings.dataHint')}</p>
        <p className="settings__path" dir="ltr" data-testid="database-path">
          {databasePath}
        </p>
        <div className="files-row">
          <button type="button" className="button" onClick={() => void backup()} disabled={backingUp}>
            {t('settings.backup')}
          </button>
          <RestoreBackup />
        </div>
        <div role="status">
          {backupPath ? (
            <p>
              {t('settings.backupSaved')} <span className="settings__path" dir="ltr" data-testid="backup-path">{backupPath}</span>
            </p>
          ) : null}
        </div>
      </section>
      {message ? (
        <p className="files-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
    </ScreenFrame>
  );
}
