/**
 * Dates as spreadsheets write them. ISO (`1985-03-14`, `--03-14`) from Google and Rapport;
 * `3/14/1985` from Outlook, which also writes `0/0/00` for "no date"; `14.03.1985` from
 * German tools. Outlook and Exchange store a birthday without a year as year 1604, so 1604
 * reads as "year unknown" and is what the Outlook writer uses for one.
 */
import { isValidPartialDate, parseIsoPartialDate, type PartialDate } from '../../../shared/domain/partial-date';
import type { DateOrder } from '../../../shared/domain/column-mapping';

export const OUTLOOK_NO_YEAR = 1604;

export type CsvDateResult = { kind: 'empty' } | { kind: 'date'; date: PartialDate } | { kind: 'invalid' };

export function parseCsvDate(text: string, order: DateOrder): CsvDateResult {
  const trimmed = text.trim();
  if (trimmed === '' || /^0{1,2}[/.-]0{1,2}[/.-]0{2,4}$/.test(trimmed)) return { kind: 'empty' };
  const iso = parseIsoPartialDate(trimmed);
  if (iso) return { kind: 'date', date: iso };
  const isoWithSlashes = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(trimmed);
  if (isoWithSlashes) return checked(Number(isoWithSlashes[1]), Number(isoWithSlashes[2]), Number(isoWithSlashes[3]));
  // Outlook may add a time: `3/14/1985 0:00:00`.
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(trimmed);
  if (!numeric) return { kind: 'invalid' };
  const first = Number(numeric[1]);
  const second = Number(numeric[3]);
  const year = expandYear(numeric[4] ?? '');
  // Dots are a day-first convention everywhere they are used; a number above 12 decides too.
  const dayFirst = numeric[2] === '.' || first > 12 || (order === 'dmy' && second <= 12);
  return dayFirst ? checked(year, second, first) : checked(year, first, second);
}

function expandYear(digits: string): number {
  const value = Number(digits);
  if (digits.length === 4) return value;
  // Two-digit years: the next 20 years are still "this century", the rest the last one.
  const currentTwoDigits = new Date().getFullYear() % 100;
  return value <= currentTwoDigits + 20 ? 2000 + value : 1900 + value;
}

function checked(year: number, month: number, day: number): CsvDateResult {
  const date = { year: year === OUTLOOK_NO_YEAR || year === 0 ? null : year, month, day };
  return isValidPartialDate(date) && (date.year === null || (date.year >= 1 && date.year <= 9999))
    ? { kind: 'date', date }
    : { kind: 'invalid' };
}

/**
 * Outlook's M/D/YYYY, with 1604 standing for an unknown year. The year is always four
 * digits: `3/16/504` is no date to a reader, and `3/16/85` reads as 1985.
 */
export function formatOutlookDate(date: PartialDate | null): string {
  if (!date) return '';
  return `${date.month}/${date.day}/${String(date.year ?? OUTLOOK_NO_YEAR).padStart(4, '0')}`;
}
