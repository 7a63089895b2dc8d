import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRuntime, type Runtime } from '../../main/api/runtime';
import { makeTempDir } from '../support/test-database';

let runtime: Runtime;
let dir: string;
beforeEach(async () => {
  dir = makeTempDir();
  runtime = await startRuntime({ databasePath: path.join(dir, 'rapport.sqlite'), host: { version: 'test', host: 'test' } });
});
afterEach(() => runtime.close());

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await runtime.dispatch(method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('files sent in chunks', () => {
  it('uploads a vCard in two chunks and imports it from the staged path', async () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Pop\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ion Ionescu\r\nEND:VCARD\r\n';
    const bytes = Buffer.from(text);
    const first = await ok<{ uploadId: string; path: string }>('files.upload', { name: 'phone.vcf', base64: bytes.subarray(0, 40).toString('base64') });
    const second = await ok<{ path: string; bytes: number }>('files.upload', { uploadId: first.uploadId, name: 'phone.vcf', base64: bytes.subarray(40).toString('base64') });
    expect(second).toMatchObject({ path: first.path, bytes: bytes.length });
    const summary = await ok<{ counts: { created: number } }>('imports.run', { path: second.path, fileName: 'phone.vcf' });
    expect(summary.counts.created).toBe(2);
  });

  it('exports to a staged file and reads it back in chunks', async () => {
    await ok('contacts.create', { given: 'Ana', family: 'Pop' });
    const result = await ok<{ path: string; count: number }>('exports.run', { format: 'vcard4', fileName: 'all.vcf' });
    expect(path.basename(result.path)).toBe('all.vcf');
    const chunk = await ok<{ base64: string; done: boolean; size: number }>('files.read', { path: result.path, offset: 0 });
    expect(chunk.done).toBe(true);
    expect(Buffer.from(chunk.base64, 'base64').toString('utf8')).toContain('FN:Ana Pop');
    await ok('files.discard', { path: result.path });
    expect(fs.existsSync(result.path)).toBe(false);
  });

  it('refuses to read files outside the staging folder', async () => {
    const outside = await runtime.dispatch('files.read', { path: runtime.opened.path, offset: 0 });
    expect(outside).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const sneaky = await runtime.dispatch('files.upload', { uploadId: '../../etc', name: 'x', base64: '' });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('restoring a backup', () => {
  it('swaps the database for a checked backup and keeps the current one beside it', async () => {
    await ok('contacts.create', { given: 'Before' });
    const backup = await ok<{ path: string }>('app.backup', { path: path.join(dir, 'b.sqlite') });
    await ok('contacts.create', { given: 'After' });
    const restored = await ok<{ previousSavedAt: string }>('app.restoreBackup', { path: backup.path });
    const names = (await ok<{ items: { displayName: string }[] }>('contacts.list', {})).items.map((c) => c.displayName);
    expect(names).toEqual(['Before']);
    expect(fs.existsSync(restored.previousSavedAt)).toBe(true);
    // The saved "before restore" copy still has both.
    const again = await ok<{ previousSavedAt: string }>('app.restoreBackup', { path: restored.previousSavedAt });
    expect(again.previousSavedAt).not.toBe(restored.previousSavedAt);
    expect((await ok<{ items: unknown[] }>('contacts.list', {})).items).toHaveLength(2);
  });

  it('refuses a file that is not a database, changing nothing', async () => {
    await ok('contacts.create', { given: 'Kept' });
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'not sqlite'.repeat(100));
    const result = await runtime.dispatch('app.restoreBackup', { path: junk });
    expect(result).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
    expect((await ok<{ items: unknown[] }>('contacts.list', {})).items).toHaveLength(1);
  });
});
