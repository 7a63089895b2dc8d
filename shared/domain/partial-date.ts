/**
 * A calendar date whose year may be unknown: birthdays are often stored as "--03-14".
 * February 29 is valid without a year (it exists in some year).
 */
import { z } from 'zod';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isValidPartialDate(date: { year: number | null; month: number; day: number }): boolean {
  const maxDay = DAYS_IN_MONTH[date.month - 1];
  if (maxDay === undefined || date.day < 1 || date.day > maxDay) return false;
  if (date.month === 2 && date.day === 29 && date.year !== null) return isLeapYear(date.year);
  return true;
}

export const PartialDateSchema = z
  .object({
    year: z.number().int().min(1).max(9999).nullable().default(null),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  })
  .refine(isValidPartialDate, { message: 'no such day in that month' });
export type PartialDate = z.output<typeof PartialDateSchema>;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO 8601 / vCard 4.0 text: `1985-03-14`, or `--03-14` when the year is unknown. */
export function formatPartialDate(date: PartialDate): string {
  const monthDay = `${pad(date.month, 2)}-${pad(date.day, 2)}`;
  return date.year === null ? `--${monthDay}` : `${pad(date.year, 4)}-${monthDay}`;
}

/** Reads `YYYY-MM-DD`, `YYYYMMDD`, `--MM-DD`, `--MMDD` (what formatPartialDate and vCard write). */
export function parseIsoPartialDate(text: string): PartialDate | null {
  const trimmed = text.trim();
  const match =
    /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(trimmed) ?? /^--(\d{2})-?(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const date =
    match.length === 4
      ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
      : { year: null, month: Number(match[1]), day: Number(match[2]) };
  return isValidPartialDate(date) ? date : null;
}
