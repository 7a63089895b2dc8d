/**
 * The translations shipped with the app, one JSON file per language and namespace.
 * English is the source; a language missing a key falls back to it.
 *
 * "translation" is the core interface (en.json, he.json, …); "files" holds the strings of
 * the import/export, duplicates, settings and welcome screens (en-files.json, …), used as
 * useTranslation('files') or t('files:key').
 */
import type { Language } from './languages';
import en from './en.json';
import fa from './fa.json';
import he from './he.json';
import ro from './ro.json';
import tl from './tl.json';
import enFiles from './en-files.json';
import faFiles from './fa-files.json';
import heFiles from './he-files.json';
import roFiles from './ro-files.json';
import tlFiles from './tl-files.json';

export type TranslationResource = typeof en;
export type FilesResource = typeof enFiles;

export const resources: Record<Language, { translation: TranslationResource; files: FilesResource }> = {
  en: { translation: en, files: enFiles },
  he: { translation: he, files: heFiles },
  fa: { translation: fa, files: faFiles },
  ro: { translation: ro, files: roFiles },
  tl: { translation: tl, files: tlFiles },
};
