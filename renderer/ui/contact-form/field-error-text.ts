import type { TFunction } from 'i18next';
import en from '../../i18n/en.json';

type ValidationKey = `validation.${keyof typeof en.validation}`;
const VALIDATION_KEYS: ReadonlySet<string> = new Set(Object.keys(en.validation).map((key) => `validation.${key}`));

/**
 * Our own messages are i18n keys; zod's and the API's built-in ones are shown as they
 * come (English: they are rare here, since the form checks first).
 */
export function fieldErrorText(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return VALIDATION_KEYS.has(message) ? t(message as ValidationKey) : message;
}
