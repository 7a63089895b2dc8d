/** Exporting contacts: formats and scopes. */
import { z } from 'zod';

export const ExportFormatSchema = z.enum(['vcard3', 'vcard4', 'jcard', 'csv-google', 'csv-outlook', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ExportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('ids'), ids: z.array(z.string()).min(1).max(1_000_000) }),
  z.object({ kind: z.literal('tag'), tagId: z.string() }),
  /** The saved-search syntax (a saved search exports its query). */
  z.object({ kind: z.literal('query'), query: z.string().max(2_000) }),
  z.object({ kind: z.literal('savedSearch'), savedSearchId: z.string() }),
]);
export type ExportScope = z.infer<typeof ExportScopeSchema>;

export const ExportRequestSchema = z
  .object({
    format: ExportFormatSchema,
    scope: ExportScopeSchema.default({ kind: 'all' }),
    /** Where to write; the file is replaced only once it is complete. Absent: a staged file to download. */
    path: z.string().min(1).max(4_096).optional(),
    /** The file name for a staged export (the download's name). */
    fileName: z.string().min(1).max(255).optional(),
    /** Old Outlook reads Windows-1252 only; UTF-8 (with a BOM for CSV) otherwise. */
    encoding: z.enum(['utf-8', 'windows-1252']).default('utf-8'),
  })
  .strict();
export type ExportRequest = z.input<typeof ExportRequestSchema>;

export const ExportResultSchema = z.object({
  path: z.string(),
  count: z.number().int(),
  bytes: z.number().int(),
  /** Characters written as `?` because Windows-1252 has no byte for them. */
  unmappable: z.number().int(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;
