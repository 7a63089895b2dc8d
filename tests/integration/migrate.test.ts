import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations/index';
import { openDatabase } from '../../main/db/open';
import { makeTempDir } from '../support/test-database';

async function populatedDatabase(): Promise<{ dir: string; file: string }> {
  const dir = makeTempDir();
  const file = path.join(dir, 'rapport.sqlite');
  const opened = await openDatabase(file);
  opened.db.exec("INSERT INTO tags (id, name, name_key, created_at, updated_at) VALUES ('t1', 'vip', 'vip', 'x', 'x')");
  opened.close();
  return { dir, file };
}

describe('migrations', () => {
  it('apply pending versions after a backup taken with the backup API', async () => {
    const { dir, file } = await populatedDatabase();
    const db = new Database(file);
    const backupFile = path.join(dir, 'before-v2.backup');
    const outcome = await migrate(db, { backupPath: () => backupFile, migrations: [...MIGRATIONS, 'CREATE TABLE added_by_v2 (x INTEGER);'] });
    // Relative to the shipped list, so adding a migration does not break this test.
    const shipped = MIGRATIONS.length;
    expect(outcome).toEqual({ from: shipped, to: shipped + 1, backupPath: backupFile });
    expect(db.pragma('user_version', { simple: true })).toBe(shipped + 1);
    db.close();
    const backup = new Database(backupFile, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(shipped);
    expect(backup.prepare('SELECT name FROM tags').pluck().all()).toEqual(['vip']);
    backup.close();
  });

  it('run all pending versions in one transaction: a failing one leaves the file as it was', async () => {
    const { dir, file } = await populatedDatabase();
    const db = new Database(file);
    await expect(
      migrate(db, { backupPath: () => path.join(dir, 'b.backup'), migrations: [...MIGRATIONS, 'CREATE TABLE added_by_v2 (x INTEGER);', 'THIS IS NOT SQL;'] }),
    ).rejects.toThrow(/syntax error/);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'added_by_v2'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT name FROM tags').pluck().all()).toEqual(['vip']);
    db.close();
    expect(fs.existsSync(path.join(dir, 'b.backup'))).toBe(true);
  });

  it('take no backup of an empty file', async () => {
    const dir = makeTempDir();
    const db = new Database(path.join(dir, 'new.sqlite'));
    const outcome = await migrate(db, { backupPath: () => path.join(dir, 'never.backup') });
    expect(outcome.backupPath).toBeNull();
    expect(fs.existsSync(path.join(dir, 'never.backup'))).toBe(false);
    db.close();
  });
});
