/**
 * The import pipeline: stream → validate → match duplicates → batched transactions.
 *
 * - Records are read from a stream, never the whole file.
 * - Writes go in batches, each one transaction and one change set tagged with the import,
 *   so a crash leaves whole batches or none, and the import can be undone as a whole.
 * - Cancel at any moment reverses the batches already written, so the database is as it
 *   was before the import began.
 */
import fs from 'node:fs';
import type { ContactDraft, ContactPatch } from '../../../shared/domain/contact';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import { RapportError } from '../../../shared/domain/errors';
import type { DuplicatePolicy, ImportCounts, ImportFormat, ImportIssueRecord, ImportSummary } from '../../../shared/domain/imports';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../../core/context';
import { readContact } from '../../core/contacts/read-contact';
import { insertContact, updateContact } from '../../core/contacts/write-contact';
import { readSettings } from '../../core/settings/settings-service';
import type { ColumnMapping, CsvDialect } from '../csv/index';
import { detectCsvLayout } from '../csv/index';
import type { ParsedRecord } from '../record';
import { fillEmptyPatch } from './fill-empty-patch';
import { linkRelatedContacts, type PendingLink } from './link-related';
import { matchExistingContact } from './match-existing';
import { countedFileChunks, openRecordStream, readFileHead } from './record-source';
import { reverseImport } from './reverse-import';

export const IMPORT_BATCH_SIZE = 500;
const PROGRESS_INTERVAL_MS = 200;
/** A report this long already says what is wrong; more entries would only bloat the row. */
export const REPORT_LIMIT = 5_000;

type ImportDecision = { action: 'create' } | { action: 'skip' } | { action: 'merge'; contactId: string; patch: ContactPatch };

export interface ImportFileOptions {
  filePath: string;
  fileName: string;
  format: ImportFormat;
  mapping: ColumnMapping | 'auto' | CsvDialect;
  onDuplicate: DuplicatePolicy;
  dryRun: boolean;
  taskId: string;
  signal?: AbortSignal | undefined;
}

class Report {
  readonly issues: ImportIssueRecord[] = [];
  truncated = false;

  add(issue: ImportIssueRecord): void {
    if (this.issues.length < REPORT_LIMIT) this.issues.push(issue);
    else this.truncated = true;
  }
}

function dialectOf(format: ImportFormat, filePath: string, mapping: ImportFileOptions['mapping']): string {
  if (format !== 'csv') return format;
  if (typeof mapping === 'object') return mapping.dialect;
  if (mapping !== 'auto') return mapping;
  return detectCsvLayout(readFileHead(filePath)).dialect;
}

export async function importFile(ctx: CoreContext, options: ImportFileOptions): Promise<ImportSummary> {
  const startedAt = ctx.now().toISOString();
  const counts: ImportCounts = { read: 0, created: 0, merged: 0, skipped: 0, failed: 0, bytes: 0 };
  const report = new Report();
  const dialect = dialectOf(options.format, options.filePath, options.mapping);
  const importId = options.dryRun ? null : newId();
  const defaultCountry = readSettings(ctx).defaultCountry;

  if (importId) {
    statement(
      ctx.db,
      `INSERT INTO imports (id, file_name, format, dialect, started_at, status) VALUES (?, ?, ?, ?, ?, 'running')`,
    ).run(importId, options.fileName, options.format, dialect, startedAt);
  }

  const totalBytes = fileSize(options.filePath);
  let lastProgress = 0;
  const progress = (force = false): void => {
    const now = Date.now();
    if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    ctx.emit({ type: 'progress', taskId: options.taskId, phase: 'importing', done: counts.bytes, total: totalBytes, counts: { ...counts } });
  };

  const pendingLinks: PendingLink[] = [];
  /** What the duplicate policy does with one record; the same decision for a dry run and a real one. */
  const decide = (record: ParsedRecord): ImportDecision => {
    const match = options.onDuplicate === 'create' ? null : matchExistingContact(ctx.db, record.draft, defaultCountry);
    if (!match) return { action: 'create' };
    if (options.onDuplicate === 'skip') return { action: 'skip' };
    const patch = fillEmptyPatch(readContact(ctx.db, match.contactId), record.draft);
    return Object.keys(patch).length > 0 ? { action: 'merge', contactId: match.contactId, patch } : { action: 'skip' };
  };

  const writeBatch = (batch: ParsedRecord[]): void => {
    if (batch.length === 0) return;
    if (!importId) {
      for (const record of batch) {
        const { action } = decide(record);
        counts[action === 'create' ? 'created' : action === 'merge' ? 'merged' : 'skipped'] += 1;
      }
      return;
    }
    write(
      ctx,
      { kind: 'import', label: `Import ${options.fileName}`, importId, entities: ['contacts', 'tags', 'organizations', 'imports'] },
      (changes) => {
        for (const record of batch) {
          const decision = decide(record);
          if (decision.action === 'create') {
            const contactId = insertContact(changes, record.draft, { defaultCountry, importId });
            if (record.relatedUids) pendingLinks.push({ contactId, relatedUids: record.relatedUids });
            counts.created += 1;
          } else if (decision.action === 'merge' && updateContact(changes, decision.contactId, decision.patch, { defaultCountry })) {
            counts.merged += 1;
          } else {
            counts.skipped += 1;
          }
        }
      },
    );
  };

  let status: ImportSummary['status'] = options.dryRun ? 'dry-run' : 'finished';
  try {
    const source = countedFileChunks(options.filePath, (bytes) => {
      counts.bytes = bytes;
    });
    const records = openRecordStream(options.format, source, { fileName: options.fileName, mapping: options.mapping });
    let batch: ParsedRecord[] = [];
    for await (const output of records) {
      if (options.signal?.aborted) break;
      counts.read += 1;
      if (output.kind === 'failed') {
        counts.failed += 1;
        report.add(output.issue);
      } else {
        for (const warning of output.warnings) report.add(warning);
        const checked = ContactDraftSchema.safeParse(output.draft);
        if (checked.success) batch.push({ ...output, draft: checked.data as ContactDraft });
        else {
          counts.failed += 1;
          const issue = checked.error.issues[0];
          report.add({
            file: options.fileName,
            line: output.line,
            field: issue?.path.join('.'),
            reason: `The record could not be stored: ${issue?.message ?? 'invalid'}.`,
            severity: 'error',
          });
        }
      }
      if (batch.length >= IMPORT_BATCH_SIZE) {
        writeBatch(batch);
        batch = [];
      }
      progress();
    }
    if (options.signal?.aborted) {
      status = 'cancelled';
    } else {
      writeBatch(batch);
      // Links point anywhere in the file, so they are made once every record is in.
      if (importId && pendingLinks.length > 0) {
        write(ctx, { kind: 'import', label: `Import ${options.fileName}`, importId, entities: ['contacts'] }, (changes) =>
          linkRelatedContacts(changes, pendingLinks, defaultCountry),
        );
      }
    }
  } catch (error) {
    status = 'failed';
    report.add({
      file: options.fileName,
      line: 0,
      reason: error instanceof RapportError ? error.message : `Reading stopped: ${(error as Error).message}`,
      severity: 'error',
    });
    if (counts.read === 0 && importId) {
      // Nothing was read: there is no import to keep or undo.
      finish(ctx, importId, 'failed', counts, report);
      throw error instanceof RapportError ? error : new RapportError('FILE_UNREADABLE', `${options.fileName} could not be read: ${(error as Error).message}`);
    }
  }

  if (importId && (status === 'cancelled' || status === 'failed')) {
    // A cancelled or broken import leaves nothing behind.
    reverseImport(ctx, importId, `Cancel import of ${options.fileName}`);
    counts.created = 0;
    counts.merged = 0;
  }
  const finishedAt = importId ? finish(ctx, importId, status, counts, report) : ctx.now().toISOString();
  progress(true);
  return {
    importId,
    fileName: options.fileName,
    format: options.format,
    dialect,
    status,
    counts,
    report: report.issues,
    reportTruncated: report.truncated,
    startedAt,
    finishedAt,
    undoneAt: null,
  };
}

function finish(ctx: CoreContext, importId: string, status: string, counts: ImportCounts, report: Report): string {
  const finishedAt = ctx.now().toISOString();
  statement(ctx.db, 'UPDATE imports SET status = ?, finished_at = ?, counts = ?, report = ? WHERE id = ?').run(
    status,
    finishedAt,
    JSON.stringify(counts),
    JSON.stringify({ issues: report.issues, truncated: report.truncated }),
    importId,
  );
  return finishedAt;
}

function fileSize(filePath: string): number | null {
  try {
    return fs.statSync(filePath).size;
  } catch {
    return null;
  }
}

