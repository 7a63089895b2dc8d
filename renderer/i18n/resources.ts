/**
 * The translations shipped with the app, one JSON file per language. English is the
 * source; a language missing a key falls back to it. To add a language (Hebrew, Persian,
 * Romanian, Tagalog: see LANGUAGES in shared/domain/settings), add its file here.
 */
import type { Language } from './languages';
import en from './en.json';

export type TranslationResource = typeof en;

export const resources: Partial<Record<Language, { translation: TranslationResource }>> = {
  en: { translation: en },
};
