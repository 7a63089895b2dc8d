import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run-cli';
import { corpusDir } from '../support/paths';
import { makeTempDir } from '../support/test-database';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = makeTempDir();
  dbPath = path.join(dir, 'rapport.sqlite');
});

async function rapport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string; bytes: Buffer }> {
  let stdout = '';
  let stderr = '';
  const chunks: Buffer[] = [];
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stdoutBytes: (b) => chunks.push(Buffer.from(b)),
    stderr: (t) => (stderr += t),
    env: {},
    isTty: false,
  });
  return { code, stdout, stderr, bytes: Buffer.concat(chunks) };
}

describe('rapport import / export / imports / undo-import', () => {
  it('imports a file, prints a JSON summary with the report, and re-importing changes nothing', async () => {
    const file = path.join(corpusDir, 'vcard', 'ez-vcard__John_Doe_ANDROID.vcf');
    const first = await rapport('import', file, '--db', dbPath, '--json');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ status: 'finished', created: expect.any(Number), merged: expect.any(Number), skipped: 0, failed: 0 });
    expect(Array.isArray(summary.report)).toBe(true);
    const again = JSON.parse((await rapport('import', file, '--db', dbPath, '--json')).stdout);
    expect(again).toMatchObject({ created: 0, merged: 0 });
  });

  it('does a dry run, lists imports and undoes one', async () => {
    const file = path.join(corpusDir, 'csv', 'horde-data__Gmail.csv');
    const dry = JSON.parse((await rapport('import', file, '--db', dbPath, '--dry-run', '--json')).stdout);
    expect(dry.status).toBe('dry-run');
    const real = JSON.parse((await rapport('import', file, '--db', dbPath, '--mapping', 'google-legacy', '--json')).stdout);
    expect(real.created).toBeGreaterThan(0);
    const listed = await rapport('imports', '--db', dbPath);
    expect(listed.stdout).toContain('horde-data__Gmail.csv');
    const undone = await rapport('undo-import', real.importId, '--db', dbPath);
    expect(undone.code).toBe(0);
    expect(JSON.parse((await rapport('stats', '--db', dbPath, '--json')).stdout).contacts).toBe(0);
  });

  it('exports to standard output and to a file, by tag, in Windows-1252 for old Outlook', async () => {
    await rapport('add', '--db', dbPath, '--given', 'Ștefan', '--family', 'Müller', '--email', 's@x.ro', '--tag', 'vip');
    await rapport('add', '--db', dbPath, '--given', 'Other');
    const vcard = await rapport('export', '--db', dbPath, '--format', 'vcard3', '--tag', 'VIP');
    expect(vcard.code).toBe(0);
    const text = vcard.bytes.toString('utf8');
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect(text).toContain('FN:Ștefan Müller');
    const out = path.join(dir, 'outlook.csv');
    const outlook = await rapport('export', '--db', dbPath, '--format', 'csv-outlook', '--encoding', 'windows-1252', '--out', out);
    expect(outlook.stderr).toMatch(/Exported 2 contacts/);
    const bytes = fs.readFileSync(out);
    expect(bytes.includes(Buffer.from([0xfc]))).toBe(true); // ü in Windows-1252
    expect(bytes.toString('latin1')).toContain('First Name');
  });

  it('refuses what it cannot do with one line and a non-zero exit', async () => {
    const missing = await rapport('import', path.join(dir, 'none.vcf'), '--db', dbPath);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no such file');
    const png = path.join(dir, 'picture.png');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const unknown = await rapport('import', png, '--db', dbPath);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('neither a vCard nor a CSV') });
    expect((await rapport('import', png, '--db', dbPath, '--on-duplicate', 'maybe')).code).toBe(2);
    expect((await rapport('export', '--db', dbPath, '--format', 'pdf')).code).toBe(2);
  });
});

describe('rapport duplicates / merge', () => {
  it('lists a duplicate group with its reasons and merges it, keeping both e-mails', async () => {
    const a = (await rapport('add', '--db', dbPath, '--given', 'Ana', '--family', 'Popescu', '--email', 'ana@firma.ro', '--phone', '+40 721 234 567')).stdout.trim();
    const b = (await rapport('add', '--db', dbPath, '--given', 'Ana', '--family', 'Popescu', '--email', 'ana.popescu@gmail.com', '--phone', '+40721234567')).stdout.trim();
    await rapport('add', '--db', dbPath, '--given', 'Ion', '--family', 'Vasile');
    const listed = await rapport('duplicates', '--db', dbPath);
    expect(listed.stdout).toContain('phone: +40721234567');
    expect(listed.stdout).toContain(`rapport merge`);
    const scan = JSON.parse((await rapport('duplicates', '--db', dbPath, '--json')).stdout);
    expect(scan.groups).toHaveLength(1);
    expect(scan.groups[0].contacts.map((c: { id: string }) => c.id).sort()).toEqual([a, b].sort());
    const merged = await rapport('merge', a, b, '--db', dbPath, '--json');
    expect(merged.code).toBe(0);
    const survivor = JSON.parse(merged.stdout).value;
    expect(survivor.emails.map((e: { address: string }) => e.address).sort()).toEqual(['ana.popescu@gmail.com', 'ana@firma.ro']);
    expect(JSON.parse((await rapport('stats', '--db', dbPath, '--json')).stdout)).toMatchObject({ contacts: 2, inTrash: 1 });
    expect((await rapport('merge', a, '--db', dbPath)).code).toBe(2);
  });
});
