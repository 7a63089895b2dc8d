import type Database from 'better-sqlite3';
import { RapportError } from '../../../shared/domain/errors';
import type { FollowUp, Reminder } from '../../../shared/domain/reminders';
import { statement } from '../../db/statements';
import { parseRrule } from './recurrence';
import { formatLocal, instantToLocal } from './zoned-time';

export interface ReminderRow {
  id: string;
  title: string;
  notes: string;
  due_at: string;
  all_day: number;
  recurrence: string | null;
  snoozed_until: string | null;
  done_at: string | null;
  notified_at: string | null;
  source: string;
  contact_id: string | null;
  contact_name: string | null;
  deal_id: string | null;
  deal_title: string | null;
  time_zone: string;
  series_start: string | null;
  occurrence: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const SELECT_REMINDERS = `SELECT r.*, c.display_name AS contact_name, d.title AS deal_title
  FROM reminders r LEFT JOIN contacts c ON c.id = r.contact_id LEFT JOIN deals d ON d.id = r.deal_id`;

export function toReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    title: row.title,
    notes: row.notes,
    dueAt: row.due_at,
    dueLocal: formatLocal(instantToLocal(new Date(row.due_at), row.time_zone)),
    timeZone: row.time_zone,
    allDay: row.all_day === 1,
    recurrence: row.recurrence ? parseRrule(row.recurrence) : null,
    rrule: row.recurrence,
    occurrence: row.occurrence,
    snoozedUntil: row.snoozed_until,
    doneAt: row.done_at,
    notifiedAt: row.notified_at,
    contactId: row.contact_id,
    contactName: row.contact_name,
    dealId: row.deal_id,
    dealTitle: row.deal_title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** A stored reminder as a line of the Today view: a snoozed one counts from its snooze. */
export function toFollowUp(row: ReminderRow): FollowUp {
  const dueAt = row.snoozed_until ?? row.due_at;
  return {
    id: row.id,
    source: 'manual',
    reminderId: row.id,
    title: row.title,
    dueAt,
    dueLocal: formatLocal(instantToLocal(new Date(dueAt), row.time_zone)),
    allDay: row.all_day === 1,
    recurring: row.recurrence !== null,
    contactId: row.contact_id,
    contactName: row.contact_name,
    dealId: row.deal_id,
    years: null,
  };
}

export function readReminderRow(db: Database.Database, id: string): ReminderRow {
  const row = statement(db, `${SELECT_REMINDERS} WHERE r.id = ?`).get(id) as ReminderRow | undefined;
  if (!row) throw new RapportError('NOT_FOUND', `There is no reminder with id ${id}.`, { id });
  return row;
}

/** Open reminders (not done, not trashed) whose effective due time is before `to`. */
export function openRemindersBetween(db: Database.Database, to: string, unnotifiedOnly: boolean): ReminderRow[] {
  return statement(
    db,
    `${SELECT_REMINDERS} WHERE r.done_at IS NULL AND r.deleted_at IS NULL AND coalesce(r.snoozed_until, r.due_at) < ?
       ${unnotifiedOnly ? 'AND r.notified_at IS NULL' : ''} ORDER BY coalesce(r.snoozed_until, r.due_at), r.id`,
  ).all(to) as ReminderRow[];
}
