/**
 * The renderer's entry: language first (so the first paint is already translated and
 * mirrored when needed), then the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { isLanguage } from './i18n/languages';
import { setupI18n } from './i18n/setup-i18n';
import { App } from './ui/app';
import './ui/theme.css';
import './ui/base.css';

async function chosenLanguage(): Promise<string> {
  try {
    const settings = await api.call('settings.get', {});
    return settings.language;
  } catch {
    // No settings (or no connection yet): the browser's language if we have it, else English.
    const fromBrowser = navigator.language.split('-')[0] ?? 'en';
    return isLanguage(fromBrowser) ? fromBrowser : 'en';
  }
}

async function start(): Promise<void> {
  await setupI18n(await chosenLanguage());
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
