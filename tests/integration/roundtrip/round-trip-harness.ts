/**
 * The real pipeline end to end: contacts stored in database A through the services,
 * exported with exports.run, imported with imports.run into a fresh database B.
 */
import path from 'node:path';
import { startRuntime, type Runtime } from '../../../main/api/runtime';
import type { Contact, ContactDraftInput } from '../../../shared/domain/contact';
import type { ExportFormat } from '../../../shared/domain/exports';
import type { ImportSummary } from '../../../shared/domain/imports';
import { makeTempDir } from '../../support/test-database';

export const ALL_FORMATS: readonly ExportFormat[] = ['vcard3', 'vcard4', 'jcard', 'csv', 'csv-google', 'csv-outlook'];
const EXTENSION: Record<ExportFormat, string> = { vcard3: 'vcf', vcard4: 'vcf', jcard: 'json', csv: 'csv', 'csv-google': 'csv', 'csv-outlook': 'csv' };

export async function openRuntime(dir = makeTempDir('rapport-roundtrip-')): Promise<Runtime> {
  return startRuntime({ databasePath: path.join(dir, `db-${Math.random().toString(36).slice(2)}.sqlite`), host: { version: 'test', host: 'test' } });
}

/** Live contacts in the order an export writes them (name order) or a file created them (rowid). */
export function storedContacts(runtime: Runtime, order: 'export' | 'created'): Contact[] {
  const sql = order === 'export' ? 'ORDER BY sort_key, id' : 'ORDER BY rowid';
  const ids = runtime.opened.db.prepare(`SELECT id FROM contacts WHERE deleted_at IS NULL ${sql}`).pluck().all() as string[];
  return ids.map((id) => runtime.services.contacts.get(id));
}

export interface RoundTrip {
  before: Contact[];
  after: Contact[];
  summary: ImportSummary;
  file: string;
}

/** Exports everything in `source`, imports the file into a fresh database, reads both sides. */
export async function exportThenImport(source: Runtime, format: ExportFormat, dir: string): Promise<RoundTrip> {
  const file = path.join(dir, `export-${format}-${Math.random().toString(36).slice(2)}.${EXTENSION[format]}`);
  source.services.exports.run({ format, path: file });
  const target = await openRuntime(dir);
  try {
    const summary = await target.services.imports.run({ path: file, onDuplicate: 'create' });
    return { before: storedContacts(source, 'export'), after: storedContacts(target, 'created'), summary, file };
  } finally {
    target.close();
  }
}

/** Creates drafts in a fresh database; `links` ties related[i] of contact a to contact b. */
export async function databaseWith(drafts: readonly ContactDraftInput[], dir: string, links: ReadonlyArray<{ from: number; related: number; to: number }> = []): Promise<Runtime> {
  const runtime = await openRuntime(dir);
  const ids = drafts.map((draft) => runtime.services.contacts.create(draft).value.id);
  for (const { from, related, to } of links) {
    const fromId = ids[from];
    const toId = ids[to];
    if (!fromId || !toId) continue;
    const contact = runtime.services.contacts.get(fromId);
    if (!contact.related[related]) continue;
    runtime.services.contacts.update(fromId, { related: contact.related.map((person, index) => (index === related ? { ...person, contactId: toId } : person)) });
  }
  return runtime;
}
