/** Importing files: what the caller chooses and what comes back. */
import { z } from 'zod';
import { ColumnMappingSchema, CsvDialectSchema } from './column-mapping';
import { ContactDraftSchema } from './contact';

export const ImportFormatSchema = z.enum(['vcard', 'jcard', 'csv']);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

export const DuplicatePolicySchema = z.enum(['create', 'skip', 'merge']);
export type DuplicatePolicy = z.infer<typeof DuplicatePolicySchema>;

export const ImportIssueSchema = z.object({
  file: z.string().optional(),
  line: z.number().int(),
  field: z.string().optional(),
  reason: z.string(),
  severity: z.enum(['warning', 'error']),
});
export type ImportIssueRecord = z.infer<typeof ImportIssueSchema>;

export const ImportCountsSchema = z.object({
  read: z.number().int(),
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  bytes: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

export const ImportStatusSchema = z.enum(['running', 'finished', 'cancelled', 'failed', 'dry-run']);

export const ImportSummarySchema = z.object({
  importId: z.string().nullable(),
  fileName: z.string(),
  format: ImportFormatSchema,
  dialect: z.string(),
  status: ImportStatusSchema,
  counts: ImportCountsSchema,
  /** Every failed record and every warning, each with file, line and reason. */
  report: z.array(ImportIssueSchema),
  reportTruncated: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  undoneAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const ImportRequestSchema = z
  .object({
    path: z.string().min(1).max(4_096),
    /** The name to show and to put in the report; defaults to the file's base name. */
    fileName: z.string().max(1_000).optional(),
    format: z.enum(['auto', 'vcard', 'jcard', 'csv']).default('auto'),
    /** 'auto', a dialect name (google, outlook, thunderbird…), a saved mapping's name, or a mapping object. */
    mapping: z.union([z.string().max(200), z.record(z.string(), z.unknown())]).default('auto'),
    onDuplicate: DuplicatePolicySchema.default('merge'),
    dryRun: z.boolean().default(false),
    /** Chosen by the caller so it can subscribe to progress and cancel before the call returns. */
    taskId: z.string().max(100).optional(),
  })
  .strict();
export type ImportRequest = z.input<typeof ImportRequestSchema>;

/** One record of a preview: as it would be stored, or why it cannot be. */
export const PreviewRecordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record'), index: z.number().int(), line: z.number().int(), draft: ContactDraftSchema, warnings: z.array(ImportIssueSchema) }),
  z.object({ kind: z.literal('failed'), index: z.number().int(), line: z.number().int(), issue: ImportIssueSchema }),
]);

export const FileInspectionSchema = z.object({
  format: ImportFormatSchema,
  fileName: z.string(),
  csv: z
    .object({
      layout: z.object({ encoding: z.string(), delimiter: z.string(), hasHeader: z.boolean(), dialect: CsvDialectSchema }),
      columns: z.array(z.object({ index: z.number().int(), header: z.string(), samples: z.array(z.string()) })),
      mapping: ColumnMappingSchema,
    })
    .nullable(),
  preview: z.array(PreviewRecordSchema),
});
export type FileInspection = z.infer<typeof FileInspectionSchema>;

export const SavedMappingSchema = z.object({ id: z.string(), name: z.string(), mapping: ColumnMappingSchema });
