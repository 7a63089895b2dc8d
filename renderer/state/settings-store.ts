/**
 * This installation's settings, and their effect on the window: the language (i18next,
 * which also sets lang and dir on <html>) and the theme (data-theme on <html>, which
 * theme.css reads; "system" leaves the colours to prefers-color-scheme).
 */
import i18next from 'i18next';
import { create } from 'zustand';
import type { Settings, SettingsPatch } from '../../shared/domain/settings';
import { api } from '../api/client';

export function applyTheme(theme: Settings['theme']): void {
  document.documentElement.dataset.theme = theme;
}

async function applySettings(settings: Settings): Promise<void> {
  applyTheme(settings.theme);
  if (i18next.language !== settings.language) await i18next.changeLanguage(settings.language);
}

interface SettingsState {
  settings: Settings | null;
  /** Settings read before the first paint (main.tsx), applied without another request. */
  seed(settings: Settings): void;
  load(): Promise<Settings | null>;
  update(patch: SettingsPatch): Promise<Settings>;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: null,
  seed(settings) {
    set({ settings });
    applyTheme(settings.theme);
  },
  async load() {
    try {
      const settings = await api.call('settings.get', {});
      set({ settings });
      await applySettings(settings);
      return settings;
    } catch {
      // Without settings the window keeps the language it started with and follows the system theme.
      return null;
    }
  },
  async update(patch) {
    // Shown at once (a radio that lags behind the click feels broken), put back if refused.
    const before = get().settings;
    if (before) set({ settings: { ...before, ...patch } });
    try {
      const settings = await api.call('settings.update', patch);
      set({ settings });
      await applySettings(settings);
      return settings;
    } catch (error) {
      set({ settings: before });
      throw error;
    }
  },
}));
