/**
 * Recurrence rules: the RRULE subset Rapport stores (FREQ, INTERVAL, UNTIL, COUNT,
 * BYMONTHDAY) and the n-th occurrence of a series, computed on wall-clock time.
 *
 * Each occurrence is computed from the series start, never from the previous occurrence,
 * so nothing drifts: "monthly from Jan 31" is Jan 31, Feb 28 (29 in leap years), Mar 31,
 * Apr 30…; "yearly from Feb 29" is Feb 28 in common years and Feb 29 again in leap years.
 * This clamps to the month's end where RFC 5545 would skip the month: a reminder that
 * silently skips February is worse than one that comes on its last day.
 */
import { addDays, addMonths, addWeeks, addYears, getDaysInMonth } from 'date-fns';
import type { Recurrence } from '../../../shared/domain/reminders';
import type { LocalDateTime } from './zoned-time';

/** date-fns works on Dates in the process's zone; noon keeps day arithmetic clear of DST. */
function toCalendarDate(local: LocalDateTime): Date {
  return new Date(local.year, local.month - 1, local.day, 12);
}

function fromCalendarDate(date: Date, time: LocalDateTime): LocalDateTime {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: time.hour, minute: time.minute };
}

/** The wall time of occurrence `index` (0 = the start) of a series, ignoring COUNT and UNTIL. */
export function occurrenceAt(rule: Recurrence, start: LocalDateTime, index: number): LocalDateTime {
  const base = toCalendarDate(start);
  const steps = index * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return fromCalendarDate(addDays(base, steps), start);
    case 'WEEKLY':
      return fromCalendarDate(addWeeks(base, steps), start);
    case 'YEARLY':
      return fromCalendarDate(addYears(base, steps), start);
    case 'MONTHLY': {
      if (rule.byMonthDay === null) return fromCalendarDate(addMonths(base, steps), start);
      const month = addMonths(new Date(start.year, start.month - 1, 1, 12), steps);
      const days = getDaysInMonth(month);
      // Positive days clamp to the month's length; negative ones count from its end (-1 = last).
      const day = rule.byMonthDay > 0 ? Math.min(rule.byMonthDay, days) : Math.max(1, days + rule.byMonthDay + 1);
      return fromCalendarDate(new Date(month.getFullYear(), month.getMonth(), day, 12), start);
    }
  }
}

function localDateKey(local: LocalDateTime): string {
  return `${String(local.year).padStart(4, '0')}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
}

/** Occurrence `index`, or null when COUNT or UNTIL has ended the series before it. */
export function occurrenceWithinRule(rule: Recurrence, start: LocalDateTime, index: number): LocalDateTime | null {
  if (rule.count !== null && index >= rule.count) return null;
  const local = occurrenceAt(rule, start, index);
  if (rule.until !== null && localDateKey(local) > rule.until) return null;
  return local;
}

/**
 * A series whose start does not match its own rule (monthly on the last day, started on
 * the 15th) begins at its first matching occurrence on or after the requested start.
 */
export function alignSeriesStart(rule: Recurrence, requested: LocalDateTime): LocalDateTime {
  if (rule.freq !== 'MONTHLY' || rule.byMonthDay === null) return requested;
  const compare = (local: LocalDateTime): string => `${localDateKey(local)}T${local.hour}:${local.minute}`;
  for (let index = 0; index < 3; index++) {
    const candidate = occurrenceAt(rule, requested, index);
    if (compare(candidate) >= compare(requested)) return candidate;
  }
  return requested;
}

export function formatRrule(rule: Recurrence): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byMonthDay !== null) parts.push(`BYMONTHDAY=${rule.byMonthDay}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== null) parts.push(`UNTIL=${rule.until.replace(/-/g, '')}`);
  return parts.join(';');
}

/** Reads what formatRrule writes, and RRULEs from elsewhere within the same subset. */
export function parseRrule(text: string): Recurrence {
  const fields = new Map(
    text
      .replace(/^RRULE:/i, '')
      .split(';')
      .filter(Boolean)
      .map((part) => {
        const [key = '', value = ''] = part.split('=');
        return [key.toUpperCase(), value.toUpperCase()] as const;
      }),
  );
  const freq = fields.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') throw new Error(`unsupported RRULE: ${text}`);
  const until = fields.get('UNTIL');
  const untilMatch = until ? /^(\d{4})(\d{2})(\d{2})/.exec(until) : null;
  const number = (key: string): number | null => (fields.has(key) ? Number(fields.get(key)) : null);
  return {
    freq,
    interval: number('INTERVAL') ?? 1,
    until: untilMatch ? `${untilMatch[1]}-${untilMatch[2]}-${untilMatch[3]}` : null,
    count: number('COUNT'),
    byMonthDay: number('BYMONTHDAY'),
  };
}
