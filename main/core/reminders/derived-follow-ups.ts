/**
 * Follow-ups Rapport derives rather than stores: birthdays and anniversaries (yearly, from
 * the contact's dates) and lapsed stay-in-touch cadences. Computing them on read means an
 * edited birthday or a logged call is reflected at once, with nothing to keep in step.
 *
 * Birthdays and anniversaries fall due at 09:00 local time on the day. February 29 falls
 * on February 28 in common years, the last day of the same month, as most people mark it.
 */
import type Database from 'better-sqlite3';
import { addDays } from 'date-fns';
import type { FollowUp } from '../../../shared/domain/reminders';
import { CADENCE_FOLLOW_UPS_SQL } from './cadence-sql';
import { formatLocal, formatLocalDate, instantToLocal, localToInstant } from './zoned-time';

export const DATE_REMINDER_HOUR = 9;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Local calendar days from `first`, `count` of them (date-fns on local noon: no DST surprises). */
export function calendarDays(first: CalendarDay, count: number): CalendarDay[] {
  const start = new Date(first.year, first.month - 1, first.day, 12);
  return Array.from({ length: count }, (_, offset) => {
    const date = addDays(start, offset);
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  });
}

const monthDay = (day: CalendarDay): string => `${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

/** The month-day keys that fall on a calendar day: 02-28 in a common year also carries 02-29. */
function keysFor(day: CalendarDay): string[] {
  const keys = [monthDay(day)];
  if (day.month === 2 && day.day === 28 && !isLeapYear(day.year)) keys.push('02-29');
  return keys;
}

/** Birthday and anniversary follow-ups on the given local days. */
export function dateFollowUps(db: Database.Database, days: readonly CalendarDay[], zone: string): FollowUp[] {
  if (days.length === 0) return [];
  const byKey = new Map<string, CalendarDay[]>();
  for (const day of days) for (const key of keysFor(day)) byKey.set(key, [...(byKey.get(key) ?? []), day]);
  const keys = [...byKey.keys()];
  const placeholders = keys.map(() => '?').join(', ');
  const items: FollowUp[] = [];
  for (const source of ['birthday', 'anniversary'] as const) {
    // The same expression as the partial index contacts_by_<source>_day.
    const rows = db
      .prepare(
        `SELECT id, display_name, ${source} AS date FROM contacts
          WHERE substr(${source}, -5) IN (${placeholders}) AND ${source} IS NOT NULL AND deleted_at IS NULL`,
      )
      .all(...keys) as { id: string; display_name: string; date: string }[];
    for (const row of rows) {
      const birthYear = /^\d{4}/.test(row.date) ? Number(row.date.slice(0, 4)) : null;
      for (const day of byKey.get(row.date.slice(-5)) ?? []) {
        const local = { ...day, hour: DATE_REMINDER_HOUR, minute: 0 };
        const years = birthYear === null ? null : day.year - birthYear;
        if (years !== null && years < 0) continue;
        items.push({
          id: `${source}:${row.id}:${formatLocalDate(day)}`,
          source,
          reminderId: null,
          title: source === 'birthday' ? `${row.display_name}’s birthday` : `${row.display_name}’s anniversary`,
          dueAt: localToInstant(local, zone).toISOString(),
          dueLocal: formatLocal(local),
          allDay: true,
          recurring: true,
          contactId: row.id,
          contactName: row.display_name,
          dealId: null,
          years,
        });
      }
    }
  }
  return items;
}

/** Stay-in-touch follow-ups falling due before `before` (an ISO instant). */
export function cadenceFollowUps(db: Database.Database, before: string, zone: string): FollowUp[] {
  const rows = db.prepare(`SELECT * FROM (${CADENCE_FOLLOW_UPS_SQL}) WHERE due_at < ? ORDER BY due_at, id`).all(before) as {
    id: string;
    display_name: string;
    days: number;
    baseline: string;
    due_at: string;
  }[];
  return rows.map((row) => ({
    // The baseline is in the id: a new call starts a new follow-up, notified afresh.
    id: `cadence:${row.id}:${row.baseline}`,
    source: 'cadence',
    reminderId: null,
    title: `Get in touch with ${row.display_name}`,
    dueAt: row.due_at,
    dueLocal: formatLocal(instantToLocal(new Date(row.due_at), zone)),
    allDay: false,
    recurring: false,
    contactId: row.id,
    contactName: row.display_name,
    dealId: null,
    years: null,
  }));
}
