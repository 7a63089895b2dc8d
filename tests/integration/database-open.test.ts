import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/open';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index';
import { makeTempDir } from '../support/test-database';

const dirs: string[] = [];
const tempPath = (name = 'rapport.sqlite') => {
  const dir = makeTempDir();
  dirs.push(dir);
  return path.join(dir, name);
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('opening the database', () => {
  it('creates every table from empty with the pragmas the architecture asks for', async () => {
    const opened = await openDatabase(tempPath());
    try {
      const { db } = opened;
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      for (const table of [
        'contacts', 'contact_emails', 'contact_phones', 'contact_addresses', 'contact_urls', 'contact_ims', 'contact_related',
        'contact_vcard_extras', 'organizations', 'tags', 'contact_tags', 'saved_searches', 'activities', 'activity_contacts',
        'reminders', 'deals', 'deal_contacts', 'pipeline_stages', 'purchases', 'purchase_items', 'imports', 'change_sets', 'change_log',
        'contact_search',
      ]) {
        expect(tables).toContain(table);
      }
      expect(opened.migration).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupPath: null });
      expect(opened.device.id).toMatch(/^[0-9a-f]{16}$/);
    } finally {
      opened.close();
    }
  });

  it('keeps the device id across openings and migrates nothing the second time', async () => {
    const file = tempPath();
    const first = await openDatabase(file);
    const deviceId = first.device.id;
    first.close();
    const second = await openDatabase(file);
    expect(second.device.id).toBe(deviceId);
    expect(second.migration.backupPath).toBeNull();
    second.close();
  });

  it('refuses a database from a newer version without changing a byte of it', async () => {
    const file = tempPath();
    const opened = await openDatabase(file);
    opened.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toMatchObject({
      code: 'DATABASE_FROM_NEWER_VERSION',
      message: expect.stringMatching(/newer version of Rapport/),
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('migrates a file from before the first schema without losing what it holds', async () => {
    const file = tempPath();
    // A database at "version 0 with data": an older layout that a migration must preserve.
    const raw = new Database(file);
    raw.exec('CREATE TABLE legacy (x TEXT); INSERT INTO legacy VALUES (\'kept\');');
    raw.pragma('user_version = 0');
    raw.close();
    const opened = await openDatabase(file);
    expect(opened.migration.from).toBe(0);
    expect(opened.db.prepare('SELECT x FROM legacy').pluck().get()).toBe('kept');
    opened.close();
  });

  it('says clearly when the file is not a database', async () => {
    const file = tempPath();
    fs.writeFileSync(file, 'this is a text file, not SQLite'.repeat(100));
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'DATABASE_CORRUPT', message: expect.stringContaining(file) });
  });
});
