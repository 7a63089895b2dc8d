/**
 * The real pipeline end to end: contacts stored in database A through the services,
 * exported with exports.run, imported with imports.run into a fresh database B.
 *
 * Speed without cutting corners: every database is still a fresh file opened through
 * startRuntime, but it is a copy of one template migrated once per test file (migrating
 * costs ~20 ms a database, copying ~3 ms), and it lives on /dev/shm when there is one
 * (the databases run `synchronous = FULL`, so on a disk every transaction waits for an
 * fsync; that wait was most of the folder's 129 s).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { startRuntime, type Runtime } from '../../../main/api/runtime';
import type { Contact, ContactDraftInput } from '../../../shared/domain/contact';
import type { ExportFormat } from '../../../shared/domain/exports';
import type { ImportSummary } from '../../../shared/domain/imports';

export const ALL_FORMATS: readonly ExportFormat[] = ['vcard3', 'vcard4', 'jcard', 'csv', 'csv-google', 'csv-outlook'];
const EXTENSION: Record<ExportFormat, string> = { vcard3: 'vcf', vcard4: 'vcf', jcard: 'json', csv: 'csv', 'csv-google': 'csv', 'csv-outlook': 'csv' };
const HOST = { version: 'test', host: 'test' } as const;

/** A scratch folder in memory when the machine has one, removed when the test file ends. */
export function scratchDir(prefix = 'rapport-roundtrip-'): string {
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const templates = new Map<string, Promise<string>>();

/** One migrated, checkpointed database per folder: copies of it open without migrating. */
function templateIn(dir: string): Promise<string> {
  let template = templates.get(dir);
  if (!template) {
    template = (async () => {
      const file = path.join(dir, 'template.sqlite');
      const runtime = await startRuntime({ databasePath: file, host: HOST });
      // Everything into the main file, so copying that one file copies the database.
      runtime.opened.db.pragma('wal_checkpoint(TRUNCATE)');
      runtime.close();
      return file;
    })();
    templates.set(dir, template);
  }
  return template;
}

const uniqueName = (stem: string, extension: string): string => `${stem}-${Math.random().toString(36).slice(2)}.${extension}`;

/** A fresh, empty, migrated database in `dir`. */
export async function openRuntime(dir: string): Promise<Runtime> {
  const file = path.join(dir, uniqueName('db', 'sqlite'));
  fs.copyFileSync(await templateIn(dir), file);
  return startRuntime({ databasePath: file, host: HOST });
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
  const file = path.join(dir, uniqueName(`export-${format}`, EXTENSION[format]));
  source.services.exports.run({ format, path: file });
  const target = await openRuntime(dir);
  try {
    const summary = await target.services.imports.run({ path: file, onDuplicate: 'create' });
    return { before: storedContacts(source, 'export'), after: storedContacts(target, 'created'), summary, file };
  } finally {
    // The export file stays until the folder goes, to look at when a case fails.
    discardRuntime(target);
  }
}

/** Closes a database made by openRuntime and removes its files. */
export function discardRuntime(runtime: Runtime): void {
  runtime.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(runtime.opened.path + suffix, { force: true });
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
