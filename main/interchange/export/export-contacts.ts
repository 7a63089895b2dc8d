/**
 * Writes contacts to a file (or any sink) in one of the export formats, a contact at a
 * time: 100k contacts never sit in memory together. A file is written beside its target
 * and renamed into place when complete, so a failed export never leaves half a file
 * where a good one was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Contact } from '../../../shared/domain/contact';
import { RapportError } from '../../../shared/domain/errors';
import type { ExportFormat, ExportResult, ExportScope } from '../../../shared/domain/exports';
import type { CoreContext } from '../../core/context';
import { filterConditions } from '../../core/contacts/list-contacts';
import { statement } from '../../db/statements';
import { createCsvWriter, encodeWindows1252, type CsvShape } from '../csv/index';
import { contactUidFor, writeJcard, writeVcard } from '../vcard/index';
import { readContactsBatch } from './read-contacts-batch';

export interface ExportSink {
  write(bytes: Uint8Array): void;
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const PAGE = 1_000;

function scopeConditions(ctx: CoreContext, scope: ExportScope): { sql: string; params: unknown[] }[] {
  switch (scope.kind) {
    case 'all':
      return [];
    case 'ids':
      return [{ sql: 'c.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(scope.ids)] }];
    case 'tag':
      return filterConditions({ tagId: scope.tagId }, ctx.now());
    case 'query':
      return filterConditions({ query: scope.query }, ctx.now());
    case 'savedSearch': {
      const query = statement(ctx.db, 'SELECT query FROM saved_searches WHERE id = ? AND deleted_at IS NULL').pluck().get(scope.savedSearchId) as string | undefined;
      if (query === undefined) throw new RapportError('NOT_FOUND', `There is no saved search with id ${scope.savedSearchId}.`);
      return filterConditions({ query }, ctx.now());
    }
  }
}

/** Contact ids in the scope, in name order, a page at a time (keyset on the name index). */
function* contactsInScope(ctx: CoreContext, scope: ExportScope): Generator<Contact> {
  const conditions = scopeConditions(ctx, scope);
  const where = ['c.deleted_at IS NULL', ...conditions.map((c) => c.sql)];
  const params = conditions.flatMap((c) => c.params);
  let after: [string, string] | null = null;
  for (;;) {
    const page = ctx.db
      .prepare(
        `SELECT c.id, c.sort_key FROM contacts c WHERE ${[...where, ...(after ? ['(c.sort_key, c.id) > (?, ?)'] : [])].join(' AND ')}
         ORDER BY c.sort_key, c.id LIMIT ${PAGE}`,
      )
      .all(...params, ...(after ?? [])) as { id: string; sort_key: string }[];
    // A page read in ten queries, not ten per contact: see read-contacts-batch.ts.
    yield* readContactsBatch(ctx.db, page.map((row) => row.id));
    if (page.length < PAGE) return;
    const last = page.at(-1)!;
    after = [last.sort_key, last.id];
  }
}

/** How many numbered CSV column groups the scope needs, measured in SQL. */
function csvShape(ctx: CoreContext, scope: ExportScope): CsvShape {
  const conditions = scopeConditions(ctx, scope);
  const scoped = `SELECT c.id FROM contacts c WHERE ${['c.deleted_at IS NULL', ...conditions.map((c) => c.sql)].join(' AND ')}`;
  const params = conditions.flatMap((c) => c.params);
  const most = (table: string): number =>
    Math.max(1, (ctx.db.prepare(`SELECT max(n) FROM (SELECT count(*) AS n FROM ${table} WHERE contact_id IN (${scoped}) GROUP BY contact_id)`).pluck().get(...params) as number | null) ?? 1);
  const customFields = ctx.db.prepare(`SELECT max(json_array_length(custom_fields)) FROM contacts WHERE id IN (${scoped})`).pluck().get(...params) as number | null;
  return {
    emails: most('contact_emails'),
    phones: most('contact_phones'),
    addresses: most('contact_addresses'),
    urls: most('contact_urls'),
    ims: most('contact_ims'),
    related: most('contact_related'),
    customFields: Math.max(1, customFields ?? 1),
  };
}

/** The UID a linked contact is written under, so the import can link to it again. */
function exportedUid(ctx: CoreContext, contactId: string): string | null {
  const row = statement(ctx.db, 'SELECT vcard_uid FROM contacts WHERE id = ? AND deleted_at IS NULL').get(contactId) as { vcard_uid: string | null } | undefined;
  return row ? contactUidFor(row.vcard_uid, contactId) : null;
}

export function writeContacts(
  ctx: CoreContext,
  options: { format: ExportFormat; scope: ExportScope; encoding: 'utf-8' | 'windows-1252' },
  sink: ExportSink,
): { count: number; unmappable: number } {
  let count = 0;
  let unmappable = 0;
  const text = (value: string): void => {
    if (options.encoding === 'windows-1252') {
      const encoded = encodeWindows1252(value);
      unmappable += encoded.unmappable;
      sink.write(encoded.bytes);
    } else {
      sink.write(Buffer.from(value, 'utf8'));
    }
  };
  const isCsv = options.format.startsWith('csv');
  if (isCsv && options.encoding === 'utf-8') sink.write(UTF8_BOM); // Excel reads UTF-8 CSV only with a BOM
  if (isCsv) {
    const layout = options.format === 'csv-google' ? 'google' : options.format === 'csv-outlook' ? 'outlook' : 'rapport';
    const writer = createCsvWriter(layout, csvShape(ctx, options.scope));
    text(writer.header());
    for (const contact of contactsInScope(ctx, options.scope)) {
      text(writer.row(contact));
      count += 1;
    }
  } else if (options.format === 'jcard') {
    text('[');
    for (const contact of contactsInScope(ctx, options.scope)) {
      text(`${count === 0 ? '\n' : ',\n'}${writeJcard(contact, { relatedUid: (id) => exportedUid(ctx, id) })}`);
      count += 1;
    }
    text('\n]\n');
  } else {
    const version = options.format === 'vcard4' ? '4.0' : '3.0';
    for (const contact of contactsInScope(ctx, options.scope)) {
      text(writeVcard(contact, { version, relatedUid: (id) => exportedUid(ctx, id) }));
      count += 1;
    }
  }
  return { count, unmappable };
}

export function exportToFile(
  ctx: CoreContext,
  options: { format: ExportFormat; scope: ExportScope; encoding: 'utf-8' | 'windows-1252'; path: string },
): ExportResult {
  const target = path.resolve(options.path);
  const temporary = `${target}.partial-${process.pid}`;
  let descriptor: number;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    descriptor = fs.openSync(temporary, 'w');
  } catch (error) {
    throw new RapportError('FILE_UNREADABLE', `Cannot write ${target}: ${(error as Error).message}`, { field: 'path' });
  }
  let bytes = 0;
  try {
    const result = writeContacts(ctx, options, {
      write: (chunk) => {
        fs.writeSync(descriptor, chunk);
        bytes += chunk.length;
      },
    });
    fs.fsyncSync(descriptor);
    fs.closeSync(descriptor);
    fs.renameSync(temporary, target);
    return { path: target, count: result.count, bytes, unmappable: result.unmappable };
  } catch (error) {
    try {
      fs.closeSync(descriptor);
    } catch {
      // already closed
    }
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
