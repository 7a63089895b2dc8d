/**
 * The API contract: every method once, with the schema of its input and of its output.
 * The dispatcher validates both at run time; the renderer's client takes its types from
 * here. Adding a method means adding a line here and a handler in main/api/handlers.
 */
import { z } from 'zod';
import { ContactDraftSchema, ContactPatchSchema, ContactSchema, ContactSummarySchema } from '../domain/contact';
import { ContactListFilterSchema, ContactListInputSchema, ContactPageSchema } from '../domain/listing';
import {
  HistoryEntrySchema,
  OrganizationDraftSchema,
  OrganizationSchema,
  SavedSearchDraftSchema,
  SavedSearchSchema,
  TagColorSchema,
  TagSchema,
  TrashableEntitySchema,
  TrashItemSchema,
  UndoResultSchema,
} from '../domain/records';
import { SettingsPatchSchema, SettingsSchema } from '../domain/settings';
import {
  DuplicateScanSchema,
  FindDuplicatesInputSchema,
  MergeInputSchema,
  MergePreviewInputSchema,
  MergePreviewSchema,
  MergeResultSchema,
} from '../domain/duplicates';
import { ColumnMappingSchema } from '../domain/column-mapping';
import { ExportRequestSchema, ExportResultSchema } from '../domain/exports';
import {
  AddCarddavAccountInputSchema,
  CarddavAccountSchema,
  CarddavSyncResultSchema,
  ConflictSchema,
  ExportBundleInputSchema,
  ExportBundleResultSchema,
  ImportBundleInputSchema,
  ImportBundleResultSchema,
  ResolveConflictInputSchema,
  SyncPeerSchema,
} from '../domain/sync';
import { FileInspectionSchema, ImportFormatSchema, ImportRequestSchema, ImportSummarySchema, SavedMappingSchema } from '../domain/imports';
import { ActivityDraftSchema, ActivityPatchSchema, ActivitySchema, InstantSchema, TimelineInputSchema, TimelinePageSchema } from '../domain/activities';
import {
  CadenceInputSchema,
  CadenceSchema,
  FollowUpSchema,
  ReminderDraftSchema,
  ReminderListInputSchema,
  ReminderPatchSchema,
  ReminderSchema,
  SnoozeInputSchema,
  TodayInputSchema,
  TodaySchema,
} from '../domain/reminders';
import { CloseDealInputSchema, DealDraftSchema, DealListInputSchema, DealPatchSchema, DealSchema, MoveDealInputSchema, StageDraftSchema, StageSchema } from '../domain/deals';
import {
  LifetimeValueInputSchema,
  LifetimeValueSchema,
  PurchaseDraftSchema,
  PurchaseListInputSchema,
  PurchasePatchSchema,
  PurchaseSchema,
} from '../domain/purchases';
import { DashboardSchema, InsightsInputSchema, ParetoSchema, RevenueMonthSchema, RfmListInputSchema, RfmReportSchema, RfmScoreSchema, PipelineStageValueSchema } from '../domain/insights';

const id = z.string().min(1).max(200);
const ids = z.array(id).min(1).max(100_000);
const changeSetId = z.string().nullable();

/** Writes say which change set they made, so the UI can offer "Undo" on a toast. */
const written = <T extends z.ZodType>(value: T) => z.object({ value, changeSetId });
const counted = z.object({ count: z.number().int(), changeSetId });

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const AppInfoSchema = z.object({
  version: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number().int(),
  deviceId: z.string(),
  deviceName: z.string(),
  host: z.enum(['electron', 'http', 'cli', 'test']),
});

export const StatsSchema = z.object({
  contacts: z.number().int(),
  organizations: z.number().int(),
  tags: z.number().int(),
  savedSearches: z.number().int(),
  inTrash: z.number().int(),
  changes: z.number().int(),
  databaseBytes: z.number().int(),
});

export const contract = {
  'app.info': method(z.object({}).strict(), AppInfoSchema),
  'app.stats': method(z.object({}).strict(), StatsSchema),
  /** Replaces the database with a checked backup; the current one is saved beside it first. */
  'app.restoreBackup': method(
    z.object({ path: z.string().min(1).max(4_096) }).strict(),
    z.object({ restoredFrom: z.string(), previousSavedAt: z.string() }),
  ),
  /** A consistent copy of the database; into the data folder's backups/ when no path is given. */
  'app.backup': method(
    z.object({ path: z.string().min(1).max(4_096).optional() }).strict(),
    z.object({ path: z.string(), bytes: z.number().int() }),
  ),

  'contacts.create': method(ContactDraftSchema, written(ContactSchema)),
  'contacts.get': method(z.object({ id }).strict(), ContactSchema),
  'contacts.update': method(z.object({ id, patch: ContactPatchSchema }).strict(), written(ContactSchema)),
  'contacts.list': method(ContactListInputSchema, ContactPageSchema),
  'contacts.count': method(z.object({ filter: ContactListFilterSchema.default({}) }).strict(), z.number().int()),
  'contacts.delete': method(z.object({ ids }).strict(), counted),
  'contacts.restore': method(z.object({ ids }).strict(), counted),
  'contacts.bulkTag': method(z.object({ ids, tagName: z.string().trim().min(1).max(100) }).strict(), counted),
  'contacts.bulkUntag': method(z.object({ ids, tagId: id }).strict(), counted),

  'search.query': method(
    z.object({ text: z.string().max(500), limit: z.number().int().min(1).max(500).default(50) }).strict(),
    z.array(ContactSummarySchema),
  ),

  'organizations.list': method(z.object({}).strict(), z.array(OrganizationSchema)),
  'organizations.get': method(z.object({ id }).strict(), OrganizationSchema),
  'organizations.create': method(OrganizationDraftSchema, OrganizationSchema),
  'organizations.update': method(z.object({ id, patch: OrganizationDraftSchema.partial().strict() }).strict(), OrganizationSchema),
  'organizations.delete': method(z.object({ id }).strict(), OrganizationSchema),
  'organizations.restore': method(z.object({ id }).strict(), OrganizationSchema),

  'tags.list': method(z.object({}).strict(), z.array(TagSchema)),
  'tags.create': method(z.object({ name: z.string().trim().min(1).max(100), color: TagColorSchema.default(null) }).strict(), TagSchema),
  'tags.update': method(
    z.object({ id, patch: z.object({ name: z.string().trim().min(1).max(100), color: TagColorSchema }).partial().strict() }).strict(),
    TagSchema,
  ),
  'tags.delete': method(z.object({ id }).strict(), TagSchema),

  'savedSearches.list': method(z.object({}).strict(), z.array(SavedSearchSchema)),
  'savedSearches.create': method(SavedSearchDraftSchema.strict(), SavedSearchSchema),
  'savedSearches.update': method(z.object({ id, patch: SavedSearchDraftSchema.partial().strict() }).strict(), SavedSearchSchema),
  'savedSearches.delete': method(z.object({ id }).strict(), SavedSearchSchema),

  'trash.list': method(z.object({}).strict(), z.array(TrashItemSchema)),
  'trash.restore': method(z.object({ items: z.array(z.object({ entity: TrashableEntitySchema, id })).min(1) }).strict(), counted),
  'trash.purge': method(z.object({ items: z.array(z.object({ entity: TrashableEntitySchema, id })).min(1) }).strict(), counted),

  /** Candidate groups of duplicates across the database, with scores and reasons. */
  'duplicates.find': method(FindDuplicatesInputSchema, DuplicateScanSchema),
  /** The contacts side by side, the default choice per field, and the merged result. */
  'duplicates.preview': method(MergePreviewInputSchema, MergePreviewSchema),
  /** One change set: undoable with history.undo. */
  'duplicates.merge': method(MergeInputSchema, MergeResultSchema),

  'history.forRecord': method(z.object({ id, limit: z.number().int().min(1).max(1_000).default(200) }).strict(), z.array(HistoryEntrySchema)),
  'history.undo': method(z.object({ changeSetId: id.optional() }).strict(), UndoResultSchema),
  'history.redo': method(z.object({}).strict(), UndoResultSchema),

  /** What a file holds before importing it: format, CSV columns and mapping, the first records. */
  'imports.inspect': method(
    z.object({ path: z.string().min(1).max(4_096), format: z.union([z.literal('auto'), ImportFormatSchema]).default('auto'), mapping: ImportRequestSchema.shape.mapping }).strict(),
    FileInspectionSchema,
  ),
  /** Runs an import to the end; progress arrives as events under `taskId`, and imports.cancel stops it. */
  'imports.run': method(ImportRequestSchema, ImportSummarySchema),
  'imports.cancel': method(z.object({ taskId: z.string().min(1).max(100) }).strict(), z.object({ cancelled: z.boolean() })),
  'imports.list': method(z.object({}).strict(), z.array(ImportSummarySchema)),
  'imports.get': method(z.object({ id }).strict(), ImportSummarySchema),
  'imports.undo': method(z.object({ id }).strict(), ImportSummarySchema),
  'imports.mappings': method(z.object({}).strict(), z.array(SavedMappingSchema)),
  'imports.saveMapping': method(z.object({ name: z.string().trim().min(1).max(200), mapping: ColumnMappingSchema }).strict(), z.object({ id: z.string(), name: z.string() })),
  'imports.deleteMapping': method(z.object({ id }).strict(), z.object({ deleted: z.boolean() })),

  /** Writes to `path`, or (when absent) into the staging folder for the interface to download with files.read. */
  'exports.run': method(ExportRequestSchema, ExportResultSchema),

  /** Sends a file to the main process a chunk at a time (the first call starts an upload); import from the returned path. */
  'files.upload': method(
    z.object({ uploadId: z.string().max(64).optional(), name: z.string().min(1).max(1_000), base64: z.string().max(6_000_000) }).strict(),
    z.object({ uploadId: z.string(), path: z.string(), bytes: z.number().int() }),
  ),
  /** Reads a staged file (an export) a chunk at a time. */
  'files.read': method(
    z.object({ path: z.string().min(1).max(4_096), offset: z.number().int().min(0).default(0) }).strict(),
    z.object({ base64: z.string(), offset: z.number().int(), size: z.number().int(), done: z.boolean() }),
  ),
  'files.discard': method(z.object({ path: z.string().min(1).max(4_096) }).strict(), z.object({ discarded: z.boolean() })),

  /** Every change the peer has not acknowledged (or all) into one file; staged for download when no path. */
  'sync.exportBundle': method(ExportBundleInputSchema, ExportBundleResultSchema),
  /** Checks the file whole, then applies it in one transaction; importing twice changes nothing. */
  'sync.importBundle': method(ImportBundleInputSchema, ImportBundleResultSchema),
  'sync.peers': method(z.object({}).strict(), z.array(SyncPeerSchema)),
  'sync.conflicts': method(z.object({ includeResolved: z.boolean().default(false) }).strict(), z.array(ConflictSchema)),
  'sync.resolveConflict': method(ResolveConflictInputSchema, ConflictSchema),
  'carddav.accounts': method(z.object({}).strict(), z.array(CarddavAccountSchema)),
  'carddav.add': method(AddCarddavAccountInputSchema, CarddavAccountSchema),
  'carddav.remove': method(z.object({ id }).strict(), z.object({ removed: z.boolean() })),
  /** A failed sync is not an error: it is reported in `error` and retried later. */
  'carddav.sync': method(z.object({ id }).strict(), CarddavSyncResultSchema),

  /** Log a call, meeting, e-mail, note, complaint or feedback; occurredAt defaults to now. */
  'activities.create': method(ActivityDraftSchema, written(ActivitySchema)),
  'activities.get': method(z.object({ id }).strict(), ActivitySchema),
  'activities.update': method(z.object({ id, patch: ActivityPatchSchema }).strict(), written(ActivitySchema)),
  'activities.delete': method(z.object({ id }).strict(), written(ActivitySchema)),
  'activities.restore': method(z.object({ id }).strict(), written(ActivitySchema)),
  /** Newest first, keyset-paginated; per contact, organization, deal or everything; by kind and date. */
  'activities.timeline': method(TimelineInputSchema, TimelinePageSchema),

  'reminders.create': method(ReminderDraftSchema, written(ReminderSchema)),
  'reminders.get': method(z.object({ id }).strict(), ReminderSchema),
  'reminders.list': method(ReminderListInputSchema, z.array(ReminderSchema)),
  'reminders.update': method(z.object({ id, patch: ReminderPatchSchema }).strict(), written(ReminderSchema)),
  /** Done: a recurring reminder moves to its next occurrence, or finishes after COUNT/UNTIL. */
  'reminders.complete': method(z.object({ id }).strict(), written(ReminderSchema)),
  'reminders.snooze': method(SnoozeInputSchema, written(ReminderSchema)),
  'reminders.delete': method(z.object({ id }).strict(), written(ReminderSchema)),
  'reminders.restore': method(z.object({ id }).strict(), written(ReminderSchema)),
  /** Overdue, due today and upcoming: stored reminders, birthdays, anniversaries and stay-in-touch cadences. */
  'reminders.today': method(TodayInputSchema, TodaySchema),
  /** What fell due and has not been notified (also while the app was closed). */
  'reminders.due': method(z.object({ now: InstantSchema.optional() }).strict(), z.array(FollowUpSchema)),
  'reminders.markNotified': method(z.object({ ids: z.array(z.string().min(1).max(500)).min(1).max(10_000) }).strict(), z.object({ count: z.number().int() })),
  /** A stay-in-touch cadence on a contact or a tag; days null removes it. */
  'reminders.setCadence': method(CadenceInputSchema, z.object({ changeSetId })),
  'reminders.cadences': method(z.object({}).strict(), z.array(CadenceSchema)),

  'stages.list': method(z.object({}).strict(), z.array(StageSchema)),
  'stages.create': method(StageDraftSchema, StageSchema),
  'stages.rename': method(z.object({ id, name: z.string().trim().min(1).max(200) }).strict(), StageSchema),
  /** Every live stage id, in the new order. */
  'stages.reorder': method(z.object({ ids: z.array(id).min(1).max(500) }).strict(), z.array(StageSchema)),
  /** A stage holding deals needs moveDealsTo. */
  'stages.delete': method(z.object({ id, moveDealsTo: id.optional() }).strict(), counted),

  'deals.create': method(DealDraftSchema, written(DealSchema)),
  'deals.get': method(z.object({ id }).strict(), DealSchema),
  'deals.list': method(DealListInputSchema, z.array(DealSchema)),
  'deals.update': method(z.object({ id, patch: DealPatchSchema }).strict(), written(DealSchema)),
  /** Into another stage; a won or lost stage closes the deal, an open one reopens it. */
  'deals.move': method(MoveDealInputSchema, written(DealSchema)),
  'deals.close': method(CloseDealInputSchema, written(DealSchema)),
  'deals.delete': method(z.object({ id }).strict(), written(DealSchema)),
  'deals.restore': method(z.object({ id }).strict(), written(DealSchema)),

  'purchases.create': method(PurchaseDraftSchema, written(PurchaseSchema)),
  'purchases.get': method(z.object({ id }).strict(), PurchaseSchema),
  'purchases.list': method(PurchaseListInputSchema, z.array(PurchaseSchema)),
  'purchases.update': method(z.object({ id, patch: PurchasePatchSchema }).strict(), written(PurchaseSchema)),
  'purchases.delete': method(z.object({ id }).strict(), written(PurchaseSchema)),
  'purchases.restore': method(z.object({ id }).strict(), written(PurchaseSchema)),
  /** Per currency, for a contact or an organization (its own purchases and its people's). */
  'purchases.lifetimeValue': method(LifetimeValueInputSchema, LifetimeValueSchema),

  'insights.dashboard': method(InsightsInputSchema, DashboardSchema),
  'insights.rfm': method(z.object({ currency: z.string().regex(/^[A-Z]{3}$/).optional() }).strict(), RfmReportSchema),
  'insights.rfmScores': method(RfmListInputSchema, z.array(RfmScoreSchema)),
  'insights.pareto': method(z.object({ currency: z.string().regex(/^[A-Z]{3}$/).optional() }).strict(), ParetoSchema),
  'insights.pipeline': method(z.object({}).strict(), z.array(PipelineStageValueSchema)),
  'insights.revenue': method(z.object({ months: z.number().int().min(1).max(120).default(12), now: InstantSchema.optional() }).strict(), z.array(RevenueMonthSchema)),

  'settings.get': method(z.object({}).strict(), SettingsSchema),
  'settings.update': method(SettingsPatchSchema, SettingsSchema),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
