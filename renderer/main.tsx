/**
 * The renderer's entry: settings first (so the first paint is already translated, mirrored
 * and in the right theme), then the screens other code mounts, then the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Settings } from '../shared/domain/settings';
import { api } from './api/client';
import { isLanguage } from './i18n/languages';
import { setupI18n } from './i18n/setup-i18n';
import { applyTheme, useSettingsStore } from './state/settings-store';
import { App } from './ui/app';
import { registerCorePaletteActions } from './ui/palette/core-palette-actions';
import './ui/mounts';
import './ui/theme.css';
import './ui/base.css';

async function readSettings(): Promise<Settings | null> {
  try {
    return await api.call('settings.get', {});
  } catch {
    return null;
  }
}

function browserLanguage(): string {
  // No settings (or no connection yet): the browser's language if we have it, else English.
  const fromBrowser = navigator.language.split('-')[0] ?? 'en';
  return isLanguage(fromBrowser) ? fromBrowser : 'en';
}

async function start(): Promise<void> {
  const settings = await readSettings();
  await setupI18n(settings?.language ?? browserLanguage());
  if (settings) {
    useSettingsStore.setState({ settings });
    applyTheme(settings.theme);
  }
  registerCorePaletteActions();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
