import type { TFunction } from 'i18next';
import { isApiError } from '../../api/api-error';

/**
 * A sentence for a person in the files namespace: the translated error code, followed by
 * the main process's own message, which names the file, line or field involved.
 */
export function errorText(t: TFunction<'files'>, error: unknown): string {
  if (isApiError(error)) return t('errors.withDetail', { reason: t(`errors.${error.code}`), detail: error.message });
  if (error instanceof Error) return error.message;
  return t('errors.INTERNAL');
}
