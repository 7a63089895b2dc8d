/**
 * Follow-ups: reminders a person sets (once or recurring), and those Rapport derives by
 * itself from birthdays, anniversaries and stay-in-touch cadences.
 */
import { z } from 'zod';
import { InstantSchema } from './activities';
import { TimeZoneSchema } from './settings';

/** A wall-clock time in the reminder's zone: `2025-03-30T09:00`. */
export const LocalDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a local time such as 2025-03-30T09:00');

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

/**
 * The subset of RFC 5545 RRULE that Rapport writes and reads: FREQ, INTERVAL, UNTIL,
 * COUNT and (monthly only) BYMONTHDAY, where -1 means the last day of the month.
 */
export const RecurrenceSchema = z
  .object({
    freq: z.enum(FREQUENCIES),
    interval: z.number().int().min(1).max(1_000).default(1),
    /** The last local date an occurrence may fall on. */
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
    /** How many occurrences in all, the first included. */
    count: z.number().int().min(1).max(10_000).nullable().default(null),
    byMonthDay: z.number().int().min(-31).max(31).refine((day) => day !== 0).nullable().default(null),
  })
  .strict()
  .refine((rule) => rule.until === null || rule.count === null, { message: 'give until or count, not both' })
  .refine((rule) => rule.byMonthDay === null || rule.freq === 'MONTHLY', { message: 'byMonthDay is for monthly rules' });
export type Recurrence = z.output<typeof RecurrenceSchema>;
export type RecurrenceInput = z.input<typeof RecurrenceSchema>;

const reminderFields = {
  title: z.string().trim().min(1).max(1_000),
  notes: z.string().max(200_000),
  /** Wall-clock time in timeZone; give this or dueAt. */
  dueLocal: LocalDateTimeSchema,
  /** An instant; converted to wall-clock time in timeZone. */
  dueAt: InstantSchema,
  allDay: z.boolean(),
  recurrence: RecurrenceSchema.nullable(),
  /** Defaults to the zone in settings, else the system's. */
  timeZone: TimeZoneSchema,
  contactId: z.string().min(1).max(200).nullable(),
  dealId: z.string().min(1).max(200).nullable(),
};

export const ReminderDraftSchema = z
  .object({
    title: reminderFields.title,
    notes: reminderFields.notes.default(''),
    dueLocal: reminderFields.dueLocal.optional(),
    dueAt: reminderFields.dueAt.optional(),
    allDay: reminderFields.allDay.default(false),
    recurrence: reminderFields.recurrence.default(null),
    timeZone: reminderFields.timeZone.optional(),
    contactId: reminderFields.contactId.default(null),
    dealId: reminderFields.dealId.default(null),
  })
  .strict()
  .refine((draft) => (draft.dueLocal === undefined) !== (draft.dueAt === undefined), { message: 'give dueLocal or dueAt (one of them)' });
export type ReminderDraftInput = z.input<typeof ReminderDraftSchema>;

/** Changing the due time (or the rule) starts the series again from the new time. */
export const ReminderPatchSchema = z
  .object(reminderFields)
  .partial()
  .strict()
  .refine((patch) => patch.dueLocal === undefined || patch.dueAt === undefined, { message: 'give dueLocal or dueAt, not both' });
export type ReminderPatchInput = z.input<typeof ReminderPatchSchema>;

export const REMINDER_SOURCES = ['manual', 'birthday', 'anniversary', 'cadence'] as const;
export const ReminderSourceSchema = z.enum(REMINDER_SOURCES);
export type ReminderSource = z.infer<typeof ReminderSourceSchema>;

export const ReminderSchema = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string(),
  /** The UTC instant of the current occurrence. */
  dueAt: z.string(),
  /** The same moment as wall-clock time in timeZone. */
  dueLocal: z.string(),
  timeZone: z.string(),
  allDay: z.boolean(),
  recurrence: RecurrenceSchema.nullable(),
  /** The RRULE text as stored. */
  rrule: z.string().nullable(),
  /** 0 for the first occurrence of a series. */
  occurrence: z.number().int(),
  snoozedUntil: z.string().nullable(),
  doneAt: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  dealId: z.string().nullable(),
  dealTitle: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Reminder = z.infer<typeof ReminderSchema>;

/**
 * One line of the Today view or of a due check: a stored reminder or a derived follow-up.
 * Derived ids are stable keys (`birthday:<contact>:<date>`), so marking one notified sticks.
 */
export const FollowUpSchema = z.object({
  id: z.string(),
  source: ReminderSourceSchema,
  reminderId: z.string().nullable(),
  title: z.string(),
  /** When it falls (or fell) due: the snoozed time when snoozed. */
  dueAt: z.string(),
  dueLocal: z.string(),
  allDay: z.boolean(),
  recurring: z.boolean(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  dealId: z.string().nullable(),
  /** Birthdays and anniversaries: the age or number of years, when the year is known. */
  years: z.number().int().nullable(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const TodayInputSchema = z
  .object({
    /** Defaults to the clock; tests and "what will tomorrow look like" pass one. */
    now: InstantSchema.optional(),
    /** How many days after today count as upcoming. */
    days: z.number().int().min(1).max(366).default(7),
  })
  .strict();

export const TodaySchema = z.object({
  timeZone: z.string(),
  /** The local date the view was computed for. */
  date: z.string(),
  overdue: z.array(FollowUpSchema),
  today: z.array(FollowUpSchema),
  upcoming: z.array(FollowUpSchema),
});
export type Today = z.infer<typeof TodaySchema>;

export const SnoozeInputSchema = z
  .object({ id: z.string().min(1).max(200), until: InstantSchema.optional(), minutes: z.number().int().min(1).max(525_600).optional() })
  .strict()
  .refine((input) => (input.until === undefined) !== (input.minutes === undefined), { message: 'give until or minutes (one of them)' });

export const CadenceInputSchema = z
  .object({
    contactId: z.string().min(1).max(200).optional(),
    tagId: z.string().min(1).max(200).optional(),
    /** null removes the cadence. */
    days: z.number().int().min(1).max(3_650).nullable(),
  })
  .strict()
  .refine((input) => (input.contactId === undefined) !== (input.tagId === undefined), { message: 'give contactId or tagId (one of them)' });
export type CadenceInput = z.input<typeof CadenceInputSchema>;

export const CadenceSchema = z.object({
  kind: z.enum(['contact', 'tag']),
  id: z.string(),
  name: z.string(),
  days: z.number().int(),
});
export type Cadence = z.infer<typeof CadenceSchema>;

export const ReminderListInputSchema = z
  .object({
    contactId: z.string().min(1).max(200).optional(),
    dealId: z.string().min(1).max(200).optional(),
    includeDone: z.boolean().default(false),
    limit: z.number().int().min(1).max(1_000).default(200),
  })
  .strict();
