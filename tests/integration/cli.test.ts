import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run-cli';
import { makeTempDir } from '../support/test-database';
import { repoRoot } from '../support/paths';

let dbPath: string;
beforeEach(() => {
  dbPath = path.join(makeTempDir(), 'rapport.sqlite');
});

async function rapport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTty: false });
  return { code, stdout, stderr };
}

describe('rapport command line', () => {
  it('adds a contact, prints its id, and lists, gets and searches it', async () => {
    const added = await rapport('add', '--db', dbPath, '--given', 'Ștefan', '--family', 'Popescu', '--email', 's@firma.ro', '--phone', '+40 721 234 567', '--org', 'Firma', '--tag', 'vip', '--tag', 'client');
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await rapport('list', '--db', dbPath)).stdout).toContain('Ștefan Popescu');
    const json = JSON.parse((await rapport('get', id, '--db', dbPath, '--json')).stdout);
    expect(json).toMatchObject({ id, organizationName: 'Firma', emails: [{ address: 's@firma.ro', primary: true }], phones: [{ e164: '+40721234567' }] });
    expect(json.tags.map((tag: { name: string }) => tag.name)).toEqual(['client', 'vip']);
    const hits = JSON.parse((await rapport('search', 'stefan', '--db', dbPath, '--json')).stdout);
    expect(hits.map((hit: { id: string }) => hit.id)).toEqual([id]);
    expect((await rapport('search', 'nobody', '--db', dbPath)).stdout).toContain('No contact matches');
  });

  it('reports stats and a healthy check', async () => {
    await rapport('add', '--db', dbPath, '--given', 'Ana');
    expect(JSON.parse((await rapport('stats', '--db', dbPath, '--json')).stdout)).toMatchObject({ contacts: 1, tags: 0 });
    const check = await rapport('check', '--db', dbPath);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('is healthy');
  });

  it('exits 1 from check when the search index has drifted', async () => {
    await rapport('add', '--db', dbPath, '--given', 'Ana');
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(dbPath);
    raw.exec('DELETE FROM contact_search');
    raw.close();
    const check = await rapport('check', '--db', dbPath, '--json');
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ healthy: false, problems: ['search index: 0 entries for 1 contacts'] });
  });

  it('writes a backup that is itself a healthy database', async () => {
    await rapport('add', '--db', dbPath, '--given', 'Ana');
    const out = path.join(path.dirname(dbPath), 'copy.sqlite');
    expect((await rapport('backup', '--db', dbPath, '--out', out)).code).toBe(0);
    expect((await rapport('check', '--db', out)).code).toBe(0);
    expect(JSON.parse((await rapport('list', '--db', out, '--json')).stdout)).toHaveLength(1);
  });

  it('prints one clear line for bad arguments and refused databases, never a stack trace', async () => {
    const badLimit = await rapport('list', '--db', dbPath, '--limit', 'lots');
    expect(badLimit).toMatchObject({ code: 2, stderr: expect.stringContaining('--limit must be a whole number') });
    const unknown = await rapport('list', '--db', dbPath, '--colour');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    const missing = await rapport('check', '--db', path.join(path.dirname(dbPath), 'none.sqlite'));
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no database at') });
    fs.writeFileSync(dbPath, 'not a database'.repeat(200));
    const corrupt = await rapport('list', '--db', dbPath);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr.trim().split('\n')).toHaveLength(1);
    expect(corrupt.stderr).toContain('is not a Rapport database or is damaged');
    expect((await rapport('frobnicate')).code).toBe(2);
  });

  it('runs as the built bin with RAPPORT_DB', () => {
    const bin = path.join(repoRoot, 'bin', 'rapport.cjs');
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'main', 'cli.cjs'))) execFileSync('node', ['scripts/build-main.mjs'], { cwd: repoRoot });
    const env = { ...process.env, RAPPORT_DB: dbPath };
    const added = spawnSync('node', [bin, 'add', '--given', 'Bin', '--family', 'Test'], { env, encoding: 'utf8' });
    expect(added.status).toBe(0);
    const listed = spawnSync('node', [bin, 'list', '--json'], { env, encoding: 'utf8' });
    expect(JSON.parse(listed.stdout).map((c: { displayName: string }) => c.displayName)).toEqual(['Bin Test']);
    const check = spawnSync('node', [bin, 'check'], { env, encoding: 'utf8' });
    expect(check.status).toBe(0);
  });
});
