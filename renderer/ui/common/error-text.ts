import type { TFunction } from 'i18next';
import { isApiError } from '../../api/api-error';

/** A sentence for a person: the translated code when we know it, else the message. */
export function errorText(t: TFunction, error: unknown): string {
  if (isApiError(error)) return t(`errors.${error.code}`);
  if (error instanceof Error) return error.message;
  return t('errors.INTERNAL');
}
