import type { TFunction } from 'i18next';

type ValidationKey = 'validation.emailInvalid' | 'validation.tooLong';
const VALIDATION_KEYS: ReadonlySet<string> = new Set<ValidationKey>(['validation.emailInvalid', 'validation.tooLong']);

/**
 * Our own messages are i18n keys; zod's and the API's built-in ones are shown as they
 * come (zod ships translations of its own: see z.config(z.locales.…) for issue 5).
 */
export function fieldErrorText(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return VALIDATION_KEYS.has(message) ? t(message as ValidationKey) : message;
}
