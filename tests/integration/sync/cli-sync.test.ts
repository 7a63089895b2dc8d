/**
 * The sync commands as a person runs them: a bundle carried from one laptop's database to
 * another's, encrypted, imported twice, and a conflicting note kept for review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { makeTempDir } from '../../support/test-database';

let dir: string;
let office: string;
let laptop: string;
beforeEach(() => {
  dir = makeTempDir();
  office = path.join(dir, 'office.sqlite');
  laptop = path.join(dir, 'laptop.sqlite');
});

async function rapport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTty: false });
  return { code, stdout, stderr };
}

describe('rapport sync export / import / conflicts', () => {
  it('carries contacts between databases in an encrypted bundle, idempotently', async () => {
    const id = (await rapport('add', '--db', office, '--given', 'Ana', '--family', 'Pop', '--email', 'ana@x.ro')).stdout.trim();
    const secret = path.join(dir, 'pass.txt');
    fs.writeFileSync(secret, 'correct horse battery staple\n');
    const bundle = path.join(dir, 'changes.rapport');
    const exported = await rapport('sync', 'export', '--db', office, '--out', bundle, '--passphrase-file', secret);
    expect(exported.code).toBe(0);
    expect(fs.readFileSync(bundle).includes(Buffer.from('ana@x.ro'))).toBe(false); // encrypted, not plain text

    await rapport('add', '--db', laptop, '--given', 'Someone', '--family', 'Else');
    const wrong = path.join(dir, 'wrong.txt');
    fs.writeFileSync(wrong, 'not it\n');
    const refused = await rapport('sync', 'import', bundle, '--db', laptop, '--passphrase-file', wrong);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);

    expect((await rapport('sync', 'import', bundle, '--db', laptop, '--passphrase-file', secret)).code).toBe(0);
    const got = JSON.parse((await rapport('get', id, '--db', laptop, '--json')).stdout);
    expect(got).toMatchObject({ id, displayName: 'Ana Pop', emails: [{ address: 'ana@x.ro' }] });
    const before = JSON.parse((await rapport('stats', '--db', laptop, '--json')).stdout);
    expect((await rapport('sync', 'import', bundle, '--db', laptop, '--passphrase-file', secret)).code).toBe(0);
    expect(JSON.parse((await rapport('stats', '--db', laptop, '--json')).stdout)).toEqual(before);
  });

  it('keeps the losing note of a conflicting edit, listed by rapport conflicts', async () => {
    const id = (await rapport('add', '--db', office, '--given', 'Ion', '--notes', 'first')).stdout.trim();
    const seed = path.join(dir, 'seed.rapport');
    await rapport('sync', 'export', '--db', office, '--out', seed);
    await rapport('sync', 'import', seed, '--db', laptop);

    const { startRuntime } = await import('../../../main/api/runtime');
    for (const [file, notes] of [[office, 'office edit'], [laptop, 'laptop edit']] as const) {
      const runtime = await startRuntime({ databasePath: file, host: { version: 'test', host: 'test' } });
      runtime.services.contacts.update(id, { notes });
      runtime.close();
    }
    const fromLaptop = path.join(dir, 'laptop.rapport');
    await rapport('sync', 'export', '--db', laptop, '--out', fromLaptop);
    expect((await rapport('sync', 'import', fromLaptop, '--db', office)).code).toBe(0);

    const kept = JSON.parse((await rapport('get', id, '--db', office, '--json')).stdout).notes;
    const conflicts = JSON.parse((await rapport('conflicts', '--db', office, '--json')).stdout) as { field: string }[];
    expect(conflicts.length).toBeGreaterThanOrEqual(1);
    const texts = JSON.stringify(conflicts);
    // Whichever edit won, the other one is kept as a conflict: nothing typed is lost.
    const lost = kept === 'laptop edit' ? 'office edit' : 'laptop edit';
    expect(['office edit', 'laptop edit']).toContain(kept);
    expect(texts).toContain(lost);
  });
});
