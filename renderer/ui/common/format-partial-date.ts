import i18next from 'i18next';
import type { PartialDate } from '../../../shared/domain/partial-date';

/** "14 March 1985", or "14 March" when the year is unknown, in the window's language. */
export function formatPartialDate(date: PartialDate): string {
  // A leap year stands in for an unknown year, so 29 February can be shown.
  const value = new Date(Date.UTC(date.year ?? 2000, date.month - 1, date.day));
  const options: Intl.DateTimeFormatOptions = date.year === null ? { day: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(i18next.language, options).format(value);
}
