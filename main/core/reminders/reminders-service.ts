/**
 * Reminders: the ones people set (once or recurring, on a contact or a deal), snooze and
 * done; stay-in-touch cadences; the Today view; and the due check that notifications use.
 */
import type { z } from 'zod';
import { RapportError } from '../../../shared/domain/errors';
import {
  CadenceInputSchema,
  ReminderDraftSchema,
  ReminderListInputSchema,
  ReminderPatchSchema,
  SnoozeInputSchema,
  TodayInputSchema,
  type Cadence,
  type CadenceInput,
  type FollowUp,
  type Reminder,
  type ReminderDraftInput,
  type ReminderPatchInput,
  type Today,
} from '../../../shared/domain/reminders';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { definedFields } from '../activities/defined-fields';
import { assertLiveRecord } from '../activities/replace-links';
import type { WriteResult } from '../contacts/contacts-service';
import { write, type CoreContext } from '../context';
import { CADENCE_FOLLOW_UPS_SQL } from './cadence-sql';
import { calendarDays, cadenceFollowUps, dateFollowUps } from './derived-follow-ups';
import { openRemindersBetween, readReminderRow, SELECT_REMINDERS, toFollowUp, toReminder, type ReminderRow } from './read-reminders';
import { formatRrule, parseRrule } from './recurrence';
import { advanceSeries, startSeries } from './reminder-series';
import { userTimeZone } from './user-time-zone';
import { formatLocalDate, instantToLocal, localDayBounds, parseLocal } from './zoned-time';

/** How far back a due check looks for birthdays missed while the app was closed. */
export const DERIVED_LOOKBACK_DAYS = 7;

const byDue = (a: FollowUp, b: FollowUp): number => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id);

export function createRemindersService(ctx: CoreContext) {
  const get = (id: string): Reminder => toReminder(readReminderRow(ctx.db, id));

  function liveRow(id: string): ReminderRow {
    const row = readReminderRow(ctx.db, id);
    if (row.deleted_at) throw new RapportError('CONFLICT', `“${row.title}” is in the trash; restore it first.`, { id });
    return row;
  }

  function setTrashed(id: string, trashed: boolean): WriteResult<Reminder> {
    const row = readReminderRow(ctx.db, id);
    const { changeSetId } = write(ctx, { kind: 'user', label: `${trashed ? 'Delete' : 'Restore'} reminder ${row.title}`, entities: ['reminders'] }, (changes) =>
      trashed ? changes.trash('reminder', id) : changes.restore('reminder', id),
    );
    return { value: get(id), changeSetId };
  }

  /** Today's local day, its bounds and the end of the upcoming horizon, in the user's zone. */
  function todayBounds(input: z.input<typeof TodayInputSchema>) {
    const { now: nowText, days } = TodayInputSchema.parse(input);
    const now = nowText ? new Date(nowText) : ctx.now();
    const zone = userTimeZone(ctx);
    const local = instantToLocal(now, zone);
    const { start, end } = localDayBounds(local, zone);
    const horizon = localDayBounds(calendarDays(local, days + 1).at(-1)!, zone).end;
    return { zone, local, days, start, end, horizon, date: formatLocalDate(local) };
  }

  /** Every follow-up, stored or derived, falling due before `before`; derived birthdays from `birthdaysFrom`. */
  function followUpsBefore(before: Date, birthdaysFrom: Date, zone: string, unnotifiedOnly = false): FollowUp[] {
    const stored = openRemindersBetween(ctx.db, before.toISOString(), unnotifiedOnly).map(toFollowUp);
    const firstDay = instantToLocal(birthdaysFrom, zone);
    const lastDay = instantToLocal(before, zone);
    const dayCount = Math.round((Date.UTC(lastDay.year, lastDay.month - 1, lastDay.day) - Date.UTC(firstDay.year, firstDay.month - 1, firstDay.day)) / 86_400_000) + 1;
    const dates = dateFollowUps(ctx.db, calendarDays(firstDay, Math.max(0, dayCount)), zone).filter(
      (item) => item.dueAt >= birthdaysFrom.toISOString() && item.dueAt < before.toISOString(),
    );
    return [...stored, ...dates, ...cadenceFollowUps(ctx.db, before.toISOString(), zone)].sort(byDue);
  }

  return {
    get,

    list(input: z.input<typeof ReminderListInputSchema>): Reminder[] {
      const query = ReminderListInputSchema.parse(input);
      const where = ['r.deleted_at IS NULL'];
      const params: unknown[] = [];
      if (!query.includeDone) where.push('r.done_at IS NULL');
      if (query.contactId) {
        where.push('r.contact_id = ?');
        params.push(query.contactId);
      }
      if (query.dealId) {
        where.push('r.deal_id = ?');
        params.push(query.dealId);
      }
      const rows = ctx.db
        .prepare(`${SELECT_REMINDERS} WHERE ${where.join(' AND ')} ORDER BY coalesce(r.snoozed_until, r.due_at), r.id LIMIT ?`)
        .all(...params, query.limit) as ReminderRow[];
      return rows.map(toReminder);
    },

    create(input: ReminderDraftInput): WriteResult<Reminder> {
      const draft = ReminderDraftSchema.parse(input);
      const zone = draft.timeZone ?? userTimeZone(ctx);
      const requested = draft.dueLocal ? parseLocal(draft.dueLocal) : instantToLocal(new Date(draft.dueAt!), zone);
      const series = startSeries(requested, draft.recurrence, zone);
      const { result: id, changeSetId } = write(ctx, { kind: 'user', label: `Add reminder ${draft.title}`, entities: ['reminders'] }, (changes) => {
        if (draft.contactId) assertLiveRecord(changes, 'contact', draft.contactId);
        if (draft.dealId) assertLiveRecord(changes, 'deal', draft.dealId);
        const reminderId = newId();
        changes.insert('reminder', {
          id: reminderId,
          title: draft.title,
          notes: draft.notes,
          due_at: series.dueAt,
          all_day: draft.allDay ? 1 : 0,
          recurrence: draft.recurrence ? formatRrule(draft.recurrence) : null,
          source: 'manual',
          contact_id: draft.contactId,
          deal_id: draft.dealId,
          time_zone: zone,
          series_start: series.seriesStart,
          occurrence: 0,
        });
        return reminderId;
      });
      return { value: get(id), changeSetId };
    },

    /**
     * A new time, zone or rule starts the series again from the (new) due time; an
     * unchanged COUNT shrinks by the occurrences already done, so "10 times" stays 10.
     */
    update(id: string, input: ReminderPatchInput): WriteResult<Reminder> {
      const patch = ReminderPatchSchema.parse(input);
      const row = liveRow(id);
      const zone = patch.timeZone ?? row.time_zone;
      const reschedule = patch.dueLocal !== undefined || patch.dueAt !== undefined || patch.recurrence !== undefined || patch.timeZone !== undefined;
      let scheduleFields = {};
      if (reschedule) {
        const current = instantToLocal(new Date(row.due_at), row.time_zone);
        const requested = patch.dueLocal ? parseLocal(patch.dueLocal) : patch.dueAt ? instantToLocal(new Date(patch.dueAt), zone) : current;
        let rule = patch.recurrence !== undefined ? patch.recurrence : row.recurrence ? parseRrule(row.recurrence) : null;
        if (patch.recurrence === undefined && rule?.count) rule = { ...rule, count: Math.max(1, rule.count - row.occurrence) };
        const series = startSeries(requested, rule, zone);
        scheduleFields = {
          due_at: series.dueAt,
          series_start: series.seriesStart,
          occurrence: 0,
          recurrence: rule ? formatRrule(rule) : null,
          time_zone: zone,
          snoozed_until: null,
          notified_at: null,
          done_at: null,
        };
      }
      const { changeSetId } = write(ctx, { kind: 'user', label: `Edit reminder ${row.title}`, entities: ['reminders'] }, (changes) => {
        if (patch.contactId) assertLiveRecord(changes, 'contact', patch.contactId);
        if (patch.dealId) assertLiveRecord(changes, 'deal', patch.dealId);
        changes.update(
          'reminder',
          id,
          definedFields({
            title: patch.title,
            notes: patch.notes,
            all_day: patch.allDay === undefined ? undefined : patch.allDay ? 1 : 0,
            contact_id: patch.contactId,
            deal_id: patch.dealId,
            ...scheduleFields,
          }),
        );
      });
      return { value: get(id), changeSetId };
    },

    /** Done: a one-off is finished; a recurring one moves to its next occurrence, or finishes after COUNT/UNTIL. */
    complete(id: string): WriteResult<Reminder> {
      const row = liveRow(id);
      if (row.done_at) return { value: toReminder(row), changeSetId: null };
      const now = ctx.now();
      const next = row.recurrence && row.series_start ? advanceSeries(parseRrule(row.recurrence), row.series_start, row.occurrence, row.time_zone, now) : null;
      const { changeSetId } = write(ctx, { kind: 'user', label: `Done: ${row.title}`, entities: ['reminders'] }, (changes) => {
        if (next && !next.finished) {
          changes.update('reminder', id, { due_at: next.dueAt, occurrence: next.occurrence, snoozed_until: null, notified_at: null });
        } else {
          changes.update('reminder', id, { done_at: now.toISOString(), snoozed_until: null });
        }
      });
      return { value: get(id), changeSetId };
    },

    /** Snoozing makes it due again later, and notifies again then. */
    snooze(input: z.input<typeof SnoozeInputSchema>): WriteResult<Reminder> {
      const { id, until, minutes } = SnoozeInputSchema.parse(input);
      const row = liveRow(id);
      const snoozedUntil = until ? new Date(until).toISOString() : new Date(ctx.now().getTime() + minutes! * 60_000).toISOString();
      const { changeSetId } = write(ctx, { kind: 'user', label: `Snooze ${row.title}`, entities: ['reminders'] }, (changes) =>
        changes.update('reminder', id, { snoozed_until: snoozedUntil, notified_at: null }),
      );
      return { value: get(id), changeSetId };
    },

    delete: (id: string) => setTrashed(id, true),
    restore: (id: string) => setTrashed(id, false),

    /** Overdue (before today), due today and upcoming (the next `days` days), local to the user's zone. */
    today(input: z.input<typeof TodayInputSchema> = {}): Today {
      const bounds = todayBounds(input);
      const items = followUpsBefore(bounds.horizon, bounds.start, bounds.zone);
      const start = bounds.start.toISOString();
      const end = bounds.end.toISOString();
      return {
        timeZone: bounds.zone,
        date: bounds.date,
        overdue: items.filter((item) => item.dueAt < start),
        today: items.filter((item) => item.dueAt >= start && item.dueAt < end),
        upcoming: items.filter((item) => item.dueAt >= end),
      };
    },

    /** The Today view's counts without building its lists: what the dashboard shows. */
    todayCounts(input: z.input<typeof TodayInputSchema> = {}): { overdue: number; today: number; upcoming: number } {
      const bounds = todayBounds(input);
      const [start, end, horizon] = [bounds.start, bounds.end, bounds.horizon].map((date) => date.toISOString()) as [string, string, string];
      const bucketed = (from: string): { overdue: number | null; today: number | null; upcoming: number | null } =>
        statement(
          ctx.db,
          `SELECT sum(due < @start) AS overdue, sum(due >= @start AND due < @end) AS today, sum(due >= @end) AS upcoming
             FROM (${from}) WHERE due < @horizon`,
        ).get({ start, end, horizon }) as { overdue: number | null; today: number | null; upcoming: number | null };
      const stored = bucketed('SELECT coalesce(snoozed_until, due_at) AS due FROM reminders WHERE done_at IS NULL AND deleted_at IS NULL');
      const cadence = bucketed(`SELECT due_at AS due FROM (${CADENCE_FOLLOW_UPS_SQL})`);
      const dates = dateFollowUps(ctx.db, calendarDays(bounds.local, bounds.days + 1), bounds.zone).filter((item) => item.dueAt < horizon);
      return {
        overdue: (stored.overdue ?? 0) + (cadence.overdue ?? 0),
        today: (stored.today ?? 0) + (cadence.today ?? 0) + dates.filter((item) => item.dueAt < end).length,
        upcoming: (stored.upcoming ?? 0) + (cadence.upcoming ?? 0) + dates.filter((item) => item.dueAt >= end).length,
      };
    },

    /**
     * What has fallen due and not been notified yet, however long the app was closed:
     * stored reminders without notified_at, birthdays of the last DERIVED_LOOKBACK_DAYS days
     * and lapsed cadences this machine has not shown.
     */
    due(input: { now?: string | undefined } = {}): FollowUp[] {
      const now = input.now ? new Date(input.now) : ctx.now();
      const zone = userTimeZone(ctx);
      const notifiedDerived = new Set(statement(ctx.db, 'SELECT key FROM derived_notifications').pluck().all() as string[]);
      const lookback = new Date(now.getTime() - DERIVED_LOOKBACK_DAYS * 86_400_000);
      // Include the due instant itself: a reminder due at exactly `now` is due.
      const upTo = new Date(now.getTime() + 1);
      return followUpsBefore(upTo, lookback, zone, true).filter((item) => item.reminderId !== null || !notifiedDerived.has(item.id));
    },

    /** The earliest time a stored reminder falls due after `now` (the scheduler sleeps until then). */
    nextDueAt(now: Date = ctx.now()): string | null {
      return (
        (statement(
          ctx.db,
          `SELECT min(coalesce(snoozed_until, due_at)) FROM reminders
            WHERE done_at IS NULL AND deleted_at IS NULL AND notified_at IS NULL AND coalesce(snoozed_until, due_at) > ?`,
        )
          .pluck()
          .get(now.toISOString()) as string | null) ?? null
      );
    },

    /** Each follow-up is shown once: stored ones record notified_at, derived ones their key. */
    markNotified(ids: readonly string[]): { count: number } {
      const nowIso = ctx.now().toISOString();
      const derived = ids.filter((id) => id.includes(':'));
      const stored = ids.filter((id) => !id.includes(':'));
      let count = 0;
      if (stored.length > 0) {
        // 'system': a notification shown is not something the user undoes with Ctrl+Z.
        const { result } = write(ctx, { kind: 'system', label: 'Reminders notified', entities: ['reminders'] }, (changes) =>
          stored.filter((id) => changes.read('reminder', id) && changes.update('reminder', id, { notified_at: nowIso })).length,
        );
        count += result;
      }
      const insert = statement(ctx.db, 'INSERT OR IGNORE INTO derived_notifications (key, notified_at) VALUES (?, ?)');
      ctx.db.transaction(() => {
        for (const key of derived) count += insert.run(key, nowIso).changes;
        // Old keys can never come back (their dates are past the look-back), so they go.
        statement(ctx.db, 'DELETE FROM derived_notifications WHERE notified_at < ?').run(new Date(ctx.now().getTime() - 400 * 86_400_000).toISOString());
      })();
      return { count };
    },

    setCadence(input: CadenceInput): { changeSetId: string | null } {
      const { contactId, tagId, days } = CadenceInputSchema.parse(input);
      const entity = contactId ? 'contact' : 'tag';
      const id = (contactId ?? tagId)!;
      const { changeSetId } = write(
        ctx,
        { kind: 'user', label: days === null ? 'Stop staying in touch' : `Stay in touch every ${days} days`, entities: [contactId ? 'contacts' : 'tags', 'reminders'] },
        (changes) => {
          assertLiveRecord(changes, entity, id);
          changes.update(entity, id, { stay_in_touch_days: days });
        },
      );
      return { changeSetId };
    },

    cadences(): Cadence[] {
      const rows = statement(
        ctx.db,
        `SELECT 'tag' AS kind, id, name, stay_in_touch_days AS days FROM tags WHERE stay_in_touch_days IS NOT NULL AND deleted_at IS NULL
         UNION ALL
         SELECT 'contact', id, display_name, stay_in_touch_days FROM contacts WHERE stay_in_touch_days IS NOT NULL AND deleted_at IS NULL
         ORDER BY 1 DESC, 3`,
      ).all() as Cadence[];
      return rows;
    },
  };
}

export type RemindersService = ReturnType<typeof createRemindersService>;
