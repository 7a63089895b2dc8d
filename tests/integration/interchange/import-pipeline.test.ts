import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRuntime, type Runtime } from '../../../main/api/runtime';
import { checkDatabase } from '../../../main/core/health/check-database';
import type { AppEvent } from '../../../shared/api/events';
import { corpusDir } from '../../support/paths';
import { makeTempDir } from '../../support/test-database';
import { snapshotData } from '../../support/database-snapshot';

let runtime: Runtime;
let dir: string;
const events: AppEvent[] = [];

beforeEach(async () => {
  dir = makeTempDir();
  events.length = 0;
  runtime = await startRuntime({ databasePath: path.join(dir, 'rapport.sqlite'), host: { version: 'test', host: 'test' }, emit: (e) => events.push(e) });
});
afterEach(() => runtime.close());

const corpusFiles = (kind: 'vcard' | 'csv') => fs.readdirSync(path.join(corpusDir, kind)).map((name) => path.join(corpusDir, kind, name));

function writeFile(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function manyCards(count: number): string {
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    cards.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nN:${i};Person;;;\r\nEMAIL:person${i}@example.com\r\nEND:VCARD\r\n`);
  }
  return cards.join('');
}

describe('importing the whole corpus', () => {
  it.each([...corpusFiles('vcard'), ...corpusFiles('csv')].map((file) => [path.basename(file), file]))(
    '%s imports without an exception, every record accounted for',
    async (_name, file) => {
      const summary = await runtime.services.imports.run({ path: file });
      expect(['finished']).toContain(summary.status);
      const { read, created, merged, skipped, failed } = summary.counts;
      expect(created + merged + skipped + failed).toBe(read);
      // Every failure is in the report with its line and a reason.
      const errors = summary.report.filter((issue) => issue.severity === 'error');
      expect(errors.length).toBeGreaterThanOrEqual(failed);
      for (const issue of errors) {
        expect(issue.reason.length).toBeGreaterThan(5);
        expect(issue.line).toBeGreaterThanOrEqual(0);
      }
      expect(runtime.services.stats.get().contacts).toBe(created);
      expect(checkDatabase(runtime.opened.db).healthy).toBe(true);
    },
  );
});

describe('the import pipeline', () => {
  it('changes nothing when the same file is imported twice', async () => {
    const file = path.join(corpusDir, 'vcard', 'ez-vcard__John_Doe_ANDROID.vcf');
    const first = await runtime.services.imports.run({ path: file });
    expect(first.counts.created).toBeGreaterThan(0);
    const before = snapshotData(runtime.opened.db);
    const second = await runtime.services.imports.run({ path: file });
    expect(second.counts).toMatchObject({ created: 0, merged: 0, skipped: first.counts.created + first.counts.merged });
    expect(snapshotData(runtime.opened.db)).toEqual(before);
  });

  it('merges into an existing contact by e-mail, filling only what is empty, and undoes the whole import', async () => {
    const { value: existing } = runtime.services.contacts.create({ given: 'Ana', family: 'Pop', title: 'Owner', emails: [{ address: 'ANA@example.ro' }] });
    const before = snapshotData(runtime.opened.db);
    const file = writeFile('ana.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Pop\r\nN:Pop;Ana;;;\r\nTITLE:Intern\r\nEMAIL:ana@example.ro\r\nTEL;TYPE=CELL:+40 721 000 111\r\nNOTE:met in Cluj\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:New Person\r\nEND:VCARD\r\n');
    const summary = await runtime.services.imports.run({ path: file, onDuplicate: 'merge' });
    expect(summary.counts).toMatchObject({ read: 2, created: 1, merged: 1 });
    const merged = runtime.services.contacts.get(existing.id);
    expect(merged.title).toBe('Owner'); // never overwritten
    expect(merged.phones.map((p) => p.number)).toEqual(['+40 721 000 111']);
    expect(merged.notes).toBe('met in Cluj');
    const undone = runtime.services.imports.undo(summary.importId!);
    expect(undone.undoneAt).not.toBeNull();
    expect(snapshotData(runtime.opened.db)).toEqual(before);
    expect(() => runtime.services.imports.undo(summary.importId!)).toThrow(/already undone/);
  });

  it('skips or creates duplicates when asked', async () => {
    runtime.services.contacts.create({ given: 'Ana', emails: [{ address: 'ana@example.ro' }] });
    const file = writeFile('ana.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEMAIL:ana@example.ro\r\nTITLE:CEO\r\nEND:VCARD\r\n');
    expect((await runtime.services.imports.run({ path: file, onDuplicate: 'skip' })).counts).toMatchObject({ skipped: 1, created: 0 });
    expect((await runtime.services.imports.run({ path: file, onDuplicate: 'create' })).counts).toMatchObject({ created: 1 });
    expect(runtime.services.stats.get().contacts).toBe(2);
  });

  it('writes in batches and reports progress while reading', async () => {
    const file = writeFile('many.vcf', manyCards(1_200));
    const summary = await runtime.services.imports.run({ path: file, taskId: 'task-1' });
    expect(summary.counts.created).toBe(1_200);
    const batches = runtime.opened.db.prepare("SELECT count(*) FROM change_sets WHERE import_id = ? AND kind = 'import'").pluck().get(summary.importId);
    expect(batches).toBe(3);
    const progress = events.filter((e): e is Extract<AppEvent, { type: 'progress' }> => e.type === 'progress' && e.taskId === 'task-1');
    expect(progress.at(-1)).toMatchObject({ done: fs.statSync(file).size, total: fs.statSync(file).size, counts: { created: 1_200 } });
  });

  it('leaves the database exactly as before when cancelled midway', async () => {
    runtime.services.contacts.create({ given: 'Kept', emails: [{ address: 'person5@example.com' }] });
    const before = snapshotData(runtime.opened.db);
    const file = writeFile('many.vcf', manyCards(3_000));
    const controller = new AbortController();
    let batchesSeen = 0;
    const stopAfterTwoBatches = (event: AppEvent) => {
      if (event.type === 'dataChanged' && event.entities.includes('imports') && ++batchesSeen === 2) controller.abort();
    };
    events.length = 0;
    const watcher = setInterval(() => events.splice(0).forEach(stopAfterTwoBatches), 0);
    const summary = await runtime.services.imports.run({ path: file }, controller.signal).finally(() => clearInterval(watcher));
    expect(summary.status).toBe('cancelled');
    expect(snapshotData(runtime.opened.db)).toEqual(before);
    expect(runtime.services.imports.get(summary.importId!).status).toBe('cancelled');
    expect(checkDatabase(runtime.opened.db).healthy).toBe(true);
  });

  it('refuses a file it cannot recognise with one clear sentence, recording nothing', async () => {
    const file = writeFile('photo.png', '\u0089PNG\r\n\u001a\nbinary');
    await expect(runtime.services.imports.run({ path: file })).rejects.toThrow(/neither a vCard nor a CSV/);
    await expect(runtime.services.imports.run({ path: path.join(dir, 'missing.vcf') })).rejects.toThrow(/no such file/);
    expect(runtime.services.imports.list()).toEqual([]);
  });

  it('does a dry run without writing anything', async () => {
    const before = snapshotData(runtime.opened.db);
    const summary = await runtime.services.imports.run({ path: path.join(corpusDir, 'csv', 'roundcube__gmail.csv'), dryRun: true });
    expect(summary.status).toBe('dry-run');
    expect(summary.counts.created).toBeGreaterThan(0);
    expect(snapshotData(runtime.opened.db)).toEqual(before);
  });

  it('marks an import interrupted by a crash as failed on the next start, and it can be undone', async () => {
    const file = writeFile('many.vcf', manyCards(600));
    const summary = await runtime.services.imports.run({ path: file });
    runtime.opened.db.prepare("UPDATE imports SET status = 'running' WHERE id = ?").run(summary.importId);
    runtime.close();
    runtime = await startRuntime({ databasePath: path.join(dir, 'rapport.sqlite'), host: { version: 'test', host: 'test' } });
    expect(runtime.services.imports.get(summary.importId!).status).toBe('failed');
    runtime.services.imports.undo(summary.importId!);
    expect(runtime.services.stats.get().contacts).toBe(0);
  });
});
