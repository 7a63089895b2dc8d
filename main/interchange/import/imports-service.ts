/**
 * Imports as the API and the CLI see them: inspect a file, run an import (with progress
 * and cancel), list past imports with their reports, undo one, and keep named CSV mappings.
 */
import path from 'node:path';
import { RapportError } from '../../../shared/domain/errors';
import { ImportRequestSchema, type ImportCounts, type ImportFormat, type ImportRequest, type ImportSummary } from '../../../shared/domain/imports';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../../core/context';
import {
  CSV_DIALECTS,
  ColumnMappingSchema,
  inspectCsv,
  type ColumnMapping,
  type CsvDialect,
  type CsvInspection,
} from '../csv/index';
import type { ReaderOutput } from '../record';
import { importFile } from './import-file';
import { countedFileChunks, openRecordStream, readFileHead, resolveFormat } from './record-source';
import { undoImport } from './reverse-import';

interface ImportRow {
  id: string;
  file_name: string;
  format: ImportFormat;
  dialect: string;
  started_at: string;
  finished_at: string | null;
  status: ImportSummary['status'];
  counts: string;
  report: string;
  undone_at: string | null;
}

function toSummary(row: ImportRow, withReport: boolean): ImportSummary {
  const report = JSON.parse(row.report || '{}') as { issues?: ImportSummary['report']; truncated?: boolean };
  const counts = { read: 0, created: 0, merged: 0, skipped: 0, failed: 0, bytes: 0, ...(JSON.parse(row.counts || '{}') as Partial<ImportCounts>) };
  return {
    importId: row.id,
    fileName: row.file_name,
    format: row.format,
    dialect: row.dialect,
    status: row.status,
    counts,
    report: withReport ? (report.issues ?? []) : [],
    reportTruncated: report.truncated ?? false,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    undoneAt: row.undone_at,
  };
}

export interface FileInspection {
  format: ImportFormat;
  fileName: string;
  csv: CsvInspection | null;
  /** The first records as they would be stored (vCard and CSV alike). */
  preview: ReaderOutput[];
}

const PREVIEW_RECORDS = 20;

export function createImportsService(ctx: CoreContext) {
  const running = new Map<string, AbortController>();

  // An import still "running" when the app starts was interrupted by a crash or a kill:
  // its finished batches are whole (each was a transaction) and can be undone from the list.
  statement(ctx.db, "UPDATE imports SET status = 'failed', finished_at = coalesce(finished_at, started_at) WHERE status = 'running'").run();

  function resolveMapping(mapping: ImportRequest['mapping']): ColumnMapping | 'auto' | CsvDialect {
    if (mapping === undefined || mapping === 'auto') return 'auto';
    if (typeof mapping === 'object') {
      const parsed = ColumnMappingSchema.safeParse(mapping);
      if (!parsed.success) throw new RapportError('INVALID_INPUT', `The column mapping is not valid: ${parsed.error.issues[0]?.message}`, { field: 'mapping' });
      return parsed.data;
    }
    if ((CSV_DIALECTS as readonly string[]).includes(mapping)) return mapping as CsvDialect;
    const saved = statement(ctx.db, 'SELECT mapping FROM csv_mappings WHERE name = ? AND deleted_at IS NULL').pluck().get(mapping) as string | undefined;
    if (!saved) {
      throw new RapportError('NOT_FOUND', `There is no saved mapping called “${mapping}”. Use auto, ${CSV_DIALECTS.join(', ')} or a saved mapping's name.`, { field: 'mapping' });
    }
    return ColumnMappingSchema.parse(JSON.parse(saved));
  }

  return {
    async inspect(filePath: string, format: 'auto' | ImportFormat = 'auto', mapping: ImportRequest['mapping'] = 'auto'): Promise<FileInspection> {
      const resolved = resolveFormat(format, filePath);
      const fileName = path.basename(filePath);
      const source = countedFileChunks(filePath, () => {});
      if (resolved === 'csv') {
        const chosen = resolveMapping(mapping);
        const csv = await inspectCsv(source, { fileName, mapping: chosen, previewRows: PREVIEW_RECORDS });
        return { format: resolved, fileName, csv, preview: csv.preview };
      }
      const preview: ReaderOutput[] = [];
      for await (const record of openRecordStream(resolved, source, { fileName })) {
        preview.push(record);
        if (preview.length >= PREVIEW_RECORDS) break;
      }
      return { format: resolved, fileName, csv: null, preview };
    },

    async run(input: ImportRequest, signal?: AbortSignal): Promise<ImportSummary> {
      const request = ImportRequestSchema.parse(input);
      const filePath = path.resolve(request.path);
      readFileHead(filePath, 1); // a missing or unreadable file is refused here, before anything is recorded
      const format = resolveFormat(request.format, filePath);
      const taskId = request.taskId ?? newId();
      const controller = new AbortController();
      signal?.addEventListener('abort', () => controller.abort(), { once: true });
      running.set(taskId, controller);
      try {
        const summary = await importFile(ctx, {
          filePath,
          fileName: request.fileName ?? path.basename(filePath),
          format,
          mapping: format === 'csv' ? resolveMapping(request.mapping) : 'auto',
          onDuplicate: request.onDuplicate,
          dryRun: request.dryRun,
          taskId,
          signal: controller.signal,
        });
        ctx.emit({ type: 'dataChanged', entities: ['imports'], changeSetId: null });
        return summary;
      } finally {
        running.delete(taskId);
      }
    },

    cancel(taskId: string): boolean {
      const controller = running.get(taskId);
      controller?.abort();
      return controller !== undefined;
    },

    list(): ImportSummary[] {
      const rows = statement(ctx.db, 'SELECT * FROM imports ORDER BY started_at DESC').all() as ImportRow[];
      return rows.map((row) => toSummary(row, false));
    },

    get(importId: string): ImportSummary {
      const row = statement(ctx.db, 'SELECT * FROM imports WHERE id = ?').get(importId) as ImportRow | undefined;
      if (!row) throw new RapportError('NOT_FOUND', `There is no import with id ${importId}.`, { id: importId });
      return toSummary(row, true);
    },

    undo(importId: string): ImportSummary {
      undoImport(ctx, importId);
      return this.get(importId);
    },

    savedMappings(): { id: string; name: string; mapping: ColumnMapping }[] {
      const rows = statement(ctx.db, 'SELECT id, name, mapping FROM csv_mappings WHERE deleted_at IS NULL ORDER BY name').all() as {
        id: string;
        name: string;
        mapping: string;
      }[];
      return rows.map((row) => ({ id: row.id, name: row.name, mapping: ColumnMappingSchema.parse(JSON.parse(row.mapping)) }));
    },

    saveMapping(name: string, mapping: unknown): { id: string; name: string } {
      const parsed = ColumnMappingSchema.parse(mapping);
      const existing = statement(ctx.db, 'SELECT id FROM csv_mappings WHERE name = ? AND deleted_at IS NULL').pluck().get(name) as string | undefined;
      const id = existing ?? newId();
      write(ctx, { kind: 'user', label: `Save mapping ${name}`, entities: ['imports'] }, (changes) => {
        if (existing) changes.update('csv_mapping', id, { mapping: JSON.stringify(parsed) });
        else changes.insert('csv_mapping', { id, name, mapping: JSON.stringify(parsed) });
      });
      return { id, name };
    },

    deleteMapping(id: string): void {
      write(ctx, { kind: 'user', label: 'Delete mapping', entities: ['imports'] }, (changes) => {
        if (!changes.trash('csv_mapping', id) && !changes.read('csv_mapping', id)) {
          throw new RapportError('NOT_FOUND', `There is no saved mapping with id ${id}.`);
        }
      });
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
