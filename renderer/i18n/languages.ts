import { LANGUAGES } from '../../shared/domain/settings';

export type Language = (typeof LANGUAGES)[number];

/** Scripts written right to left among the languages Rapport offers. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['he', 'fa']);

export function textDirection(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language as Language) ? 'rtl' : 'ltr';
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
