/**
 * Two-way CardDAV sync against a real Radicale started here on 127.0.0.1. A second client
 * (plain fetch) changes the server while Rapport changes its own copy; both converge, and
 * notes changed on both sides show up as a conflict.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import { createCoreContext } from '../../../main/core/context';
import { createServices } from '../../../main/core/services';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open';
import { createCarddavService } from '../../../main/sync/carddav/carddav-service';
import { createConflictsService } from '../../../main/sync/conflicts';
import { createMemorySecretStore } from '../../../main/sync/secret-store';
import { makeTempDir } from '../../support/test-database';

const RADICALE = '/usr/bin/radicale';
const present = fs.existsSync(RADICALE);
if (!present) console.warn(`Skipping CardDAV tests: ${RADICALE} is not installed (apt-get install radicale).`);

let server: ChildProcess | undefined;
let dir: string;
let base: string;
const auth = { authorization: `Basic ${Buffer.from('alice:secret').toString('base64')}` };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(url, { method: 'OPTIONS' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('Radicale did not start');
}

async function dav(method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method, body, headers: { ...auth, ...headers } });
}

describe.skipIf(!present)('CardDAV sync with Radicale', () => {
  beforeAll(async () => {
    dir = makeTempDir('rapport-carddav-');
    const port = await freePort();
    const config = path.join(dir, 'radicale.conf');
    fs.writeFileSync(config, `[server]\nhosts = 127.0.0.1:${port}\n[auth]\ntype = none\n[storage]\nfilesystem_folder = ${path.join(dir, 'collections')}\n`);
    server = spawn(RADICALE, ['--config', config], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/`);
    await dav('PROPFIND', `${base}/alice/`, undefined, { depth: '0' }); // makes /alice/
    const made = await dav(
      'MKCOL',
      `${base}/alice/contacts/`,
      `<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop><resourcetype><collection/><C:addressbook/></resourcetype><displayname>Contacts</displayname></prop></set></mkcol>`,
      { 'content-type': 'application/xml' },
    );
    expect(made.status).toBe(201);
  }, 30_000);

  afterAll(async () => {
    if (server) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('syncs both ways, merges edits on both sides and keeps the losing notes as a conflict', async () => {
    const opened: OpenedDatabase = await openDatabase(path.join(dir, 'rapport.sqlite'), { deviceName: 'laptop' });
    try {
      const ctx = createCoreContext(opened);
      const services = createServices(ctx);
      const secrets = createMemorySecretStore();
      const carddav = createCarddavService(ctx, secrets);
      const conflicts = createConflictsService(ctx);
      const ana = services.contacts.create(ContactDraftSchema.parse({ given: 'Ana', family: 'Pop', notes: 'base', emails: [{ address: 'ana@x.ro' }] })).value;

      // Discovery from the server URL; the password goes to the secret store, not the database.
      const account = await carddav.add({ serverUrl: `${base}/`, username: 'alice', password: 'secret' });
      expect(account.addressBookUrl).toBe(`${base}/alice/contacts/`);
      expect(JSON.stringify(opened.db.prepare('SELECT * FROM carddav_accounts').all())).not.toContain('secret');
      expect(await carddav.sync(account.id)).toMatchObject({ uploaded: 1, error: null });

      const listing = await dav('PROPFIND', account.addressBookUrl, undefined, { depth: '1' });
      const href = /<href>([^<]+\.vcf)<\/href>/i.exec(await listing.text())![1]!;
      const cardUrl = new URL(href, base).toString();
      const original = await dav('GET', cardUrl);
      const etag = original.headers.get('etag')!;
      const text = await original.text();
      expect(text).toContain('ana@x.ro');

      // The second client edits the card and adds another; Rapport edits its own copy.
      const edited = text.replace(/NOTE:[^\r\n]*/, 'NOTE:from server').replace('END:VCARD', 'TEL;TYPE=CELL:+40 722 000 111\r\nEND:VCARD');
      expect((await dav('PUT', cardUrl, edited, { 'if-match': etag, 'content-type': 'text/vcard' })).status).toBeLessThan(300);
      const bob = 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bob-1\r\nFN:Bob Ionescu\r\nN:Ionescu;Bob;;;\r\nEMAIL:bob@y.ro\r\nEND:VCARD\r\n';
      expect((await dav('PUT', `${account.addressBookUrl}bob-1.vcf`, bob, { 'if-none-match': '*', 'content-type': 'text/vcard' })).status).toBe(201);
      services.contacts.update(ana.id, { family: 'Popescu', notes: 'from laptop' });

      const second = await carddav.sync(account.id);
      expect(second).toMatchObject({ created: 1, error: null, conflicts: 1 });
      const merged = services.contacts.get(ana.id);
      expect(merged.family).toBe('Popescu');
      expect(merged.phones.map((p) => p.number)).toContain('+40 722 000 111');
      expect(merged.notes).toBe('from server');
      const [conflict] = conflicts.list();
      expect(conflict).toMatchObject({ origin: 'carddav', field: 'notes', keptValue: 'from server', lostValue: 'from laptop' });
      const onServer = await (await dav('GET', cardUrl)).text();
      expect(onServer).toContain('Popescu');
      expect(onServer).toContain('722');
      expect(services.search.query('Ionescu', 5)).toHaveLength(1);

      // Deletes both ways.
      expect((await dav('DELETE', `${account.addressBookUrl}bob-1.vcf`)).status).toBeLessThan(300);
      services.contacts.trash([ana.id]);
      const third = await carddav.sync(account.id);
      expect(third).toMatchObject({ deleted: 1, removedOnServer: 1, error: null });
      expect(services.search.query('Ionescu', 5)).toHaveLength(0);
      expect((await dav('GET', cardUrl)).status).toBe(404);
    } finally {
      opened.close();
    }
  }, 60_000);

  it('keeps local edits while the server is unreachable and records when to retry', async () => {
    const opened = await openDatabase(path.join(dir, 'offline.sqlite'), { deviceName: 'laptop' });
    try {
      const ctx = createCoreContext(opened);
      const services = createServices(ctx);
      const carddav = createCarddavService(ctx, createMemorySecretStore());
      const account = await carddav.add({ serverUrl: `${base}/`, username: 'alice', password: 'x', addressBookUrl: 'http://127.0.0.1:9/alice/contacts/' });
      services.contacts.create(ContactDraftSchema.parse({ given: 'Offline', family: 'Edit' }));
      const result = await carddav.sync(account.id);
      expect(result.error).not.toBeNull();
      const [stored] = carddav.accounts();
      expect(stored).toMatchObject({ lastError: expect.any(String), retryAt: expect.any(String) });
      expect(services.contacts.count()).toBe(1);
    } finally {
      opened.close();
    }
  });
});
