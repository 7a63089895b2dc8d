/**
 * BDAY / ANNIVERSARY values: `YYYY-MM-DD`, `YYYYMMDD`, `--MMDD`, `--MM-DD`, timestamps
 * (`1953-10-15T23:10:00Z`, `19531015T231000Z`: the date as written, no time zone shift).
 * A year of 1604 means "no year": Apple writes it with `X-APPLE-OMIT-YEAR=1604`, and
 * Thunderbird's CardBook writes `16040101` without the parameter.
 */
import { isValidPartialDate } from '../../../shared/domain/partial-date';
import type { PartialDate } from '../../../shared/domain/partial-date';
import type { VcardVersion } from './version';

export const NO_YEAR_SENTINEL = 1604;

export function parseVcardDate(value: string, omitYear?: string): PartialDate | null {
  const text = value.trim();
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(text);
  const noYear = /^--(\d{2})-?(\d{2})$/.exec(text);
  let date: PartialDate;
  if (full) {
    const year = Number(full[1]);
    const omitted = year === 0 || year === NO_YEAR_SENTINEL || (omitYear !== undefined && Number(omitYear) === year);
    date = { year: omitted ? null : year, month: Number(full[2]), day: Number(full[3]) };
  } else if (noYear) {
    date = { year: null, month: Number(noYear[1]), day: Number(noYear[2]) };
  } else {
    return null;
  }
  return isValidPartialDate(date) ? date : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * How a date is written: 3.0 has no form for "no year" that Apple and Google both read, so
 * it uses Apple's `X-APPLE-OMIT-YEAR=1604` with the year 1604; 4.0 has `--MMDD`.
 */
export function formatVcardDate(date: PartialDate, version: Exclude<VcardVersion, '2.1'>): { params: string[]; value: string } {
  const monthDay = `${pad(date.month)}${version === '3.0' ? '-' : ''}${pad(date.day)}`;
  if (version === '4.0') {
    return { params: [], value: date.year === null ? `--${monthDay}` : `${pad(date.year, 4)}${monthDay}` };
  }
  if (date.year === null) {
    return { params: [`X-APPLE-OMIT-YEAR=${NO_YEAR_SENTINEL}`], value: `${NO_YEAR_SENTINEL}-${monthDay}` };
  }
  return { params: [], value: `${pad(date.year, 4)}-${monthDay}` };
}
