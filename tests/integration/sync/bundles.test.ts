import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index';
import { makeTempDir } from '../../support/test-database';
import { canonicalDump, openReplica, type Replica } from './replicas';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let a: Replica;
let b: Replica;
let c: Replica;

beforeEach(async () => {
  dir = makeTempDir('rapport-sync-');
  a = await openReplica(dir, 'laptop');
  b = await openReplica(dir, 'desktop', -3 * DAY);
  c = await openReplica(dir, 'phone', 2 * DAY);
});
afterEach(() => {
  for (const replica of [a, b, c]) replica.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const draft = (input: Record<string, unknown>) => ContactDraftSchema.parse(input);
const logCount = (r: Replica) => r.db.prepare('SELECT count(*) FROM change_log').pluck().get() as number;

describe('change bundles', () => {
  it('writes a header with versions, device, range, count and body hash, then applies on another device', () => {
    const ana = a.services.contacts.create(draft({ given: 'Ana', family: 'Pop', emails: [{ address: 'ana@x.ro' }], tags: ['VIP'], notes: 'met in Cluj' })).value;
    const file = a.exportTo();
    const headerLine = fs.readFileSync(file, 'utf8').split('\n', 1)[0]!;
    const header = JSON.parse(headerLine) as Record<string, unknown>;
    expect(header).toMatchObject({ format: 'rapport-changes', formatVersion: 1, schemaVersion: LATEST_SCHEMA_VERSION, sourceDeviceId: a.opened.device.id, sourceDeviceName: 'laptop', encryption: null });
    expect(header.count).toBeGreaterThan(10);
    expect(header.bodySha256).toMatch(/^[0-9a-f]{64}$/);

    const result = b.sync.importBundle({ path: file });
    expect(result).toMatchObject({ sourceDeviceName: 'laptop', applied: header.count, conflicts: 0, deferred: 0 });
    const copy = b.services.contacts.get(ana.id);
    expect(copy).toMatchObject({ given: 'Ana', family: 'Pop', notes: 'met in Cluj' });
    expect(copy.emails.map((e) => e.address)).toEqual(['ana@x.ro']);
    expect(copy.tags.map((t) => t.name)).toEqual(['VIP']);
    expect(b.services.search.query('Cluj', 10).map((s) => s.id)).toEqual([ana.id]);
    // History shows the change with its original device and HLC, as a sync change set.
    const set = b.db.prepare("SELECT kind, device_id, label FROM change_sets WHERE device_id = ?").get(a.opened.device.id);
    expect(set).toMatchObject({ kind: 'sync', label: expect.stringContaining('Ana') });
    expect(canonicalDump(b.db)).toEqual(canonicalDump(a.db));
  });

  it('is idempotent: the same bundle twice, or out of order, changes nothing more', () => {
    const ana = a.services.contacts.create(draft({ given: 'Ana' })).value;
    const first = a.exportTo();
    a.services.contacts.update(ana.id, { family: 'Pop', notes: 'second' });
    const second = a.exportTo();
    b.sync.importBundle({ path: second });
    expect(b.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(1);
    b.sync.importBundle({ path: first });
    const after = canonicalDump(b.db);
    const logged = logCount(b);
    expect(b.sync.importBundle({ path: first }).applied).toBe(0);
    expect(b.sync.importBundle({ path: second }).applied).toBe(0);
    expect(canonicalDump(b.db)).toEqual(after);
    expect(logCount(b)).toBe(logged);
    expect(after).toEqual(canonicalDump(a.db));
  });

  it('forwards changes received from a third device (A -> B -> C) and tracks peers with what is pending', () => {
    a.services.contacts.create(draft({ given: 'Ana' }));
    b.sync.importBundle({ path: a.exportTo() });
    b.services.contacts.create(draft({ given: 'Bogdan' }));
    c.sync.importBundle({ path: b.exportTo() });
    expect(canonicalDump(c.db)).toEqual(canonicalDump(b.db));
    expect(c.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(2);

    // B knows A as a peer; after C acknowledges, B has nothing pending for C.
    expect(b.sync.peers().map((p) => p.name)).toEqual(['laptop']);
    a.sync.importBundle({ path: c.exportTo() });
    b.sync.importBundle({ path: c.exportTo() });
    const phone = b.sync.peers().find((p) => p.name === 'phone')!;
    expect(phone.pending).toBe(0);
    b.services.contacts.create(draft({ given: 'Carmen' }));
    expect(b.sync.peers().find((p) => p.name === 'phone')!.pending).toBeGreaterThan(0);
    // Export for a peer holds only what it has not acknowledged.
    const header = JSON.parse(fs.readFileSync(b.exportTo('phone'), 'utf8').split('\n', 1)[0]!) as { count: number };
    expect(header.count).toBeLessThan(logCount(b));
  });

  it('encrypts with a passphrase and refuses a wrong one, a damaged body and a newer schema before touching the database', () => {
    a.services.contacts.create(draft({ given: 'Ana', notes: 'secret words' }));
    const file = a.exportTo(undefined, 'correct horse');
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(Buffer.from('secret words'))).toBe(false);
    const header = JSON.parse(bytes.toString('utf8').split('\n', 1)[0]!) as { encryption: { logN: number; cipher: string } };
    expect(header.encryption).toMatchObject({ cipher: 'aes-256-gcm', logN: 15 });
    const before = logCount(b);
    expect(() => b.sync.importBundle({ path: file })).toThrow(/passphrase/);
    expect(() => b.sync.importBundle({ path: file, passphrase: 'wrong' })).toThrow(/Wrong passphrase/);
    expect(logCount(b)).toBe(before);
    expect(b.sync.importBundle({ path: file, passphrase: 'correct horse' }).applied).toBeGreaterThan(0);

    const plain = a.exportTo();
    const damaged = Buffer.from(fs.readFileSync(plain));
    damaged[damaged.length - 5] = damaged[damaged.length - 5]! ^ 0xff;
    fs.writeFileSync(`${plain}.bad`, damaged);
    expect(() => c.sync.importBundle({ path: `${plain}.bad` })).toThrow(/damaged/);

    const text = fs.readFileSync(plain);
    const end = text.indexOf(0x0a);
    const newer = JSON.parse(text.subarray(0, end).toString('utf8')) as Record<string, unknown>;
    newer.schemaVersion = LATEST_SCHEMA_VERSION + 1;
    fs.writeFileSync(`${plain}.newer`, Buffer.concat([Buffer.from(JSON.stringify(newer)), text.subarray(end)]));
    expect(() => c.sync.importBundle({ path: `${plain}.newer` })).toThrow(/newer version of Rapport/);
    expect(logCount(c)).toBe(0);
  });

  it('keeps the later edit per field and the losing free text as a conflict that can be resolved', () => {
    const ana = a.services.contacts.create(draft({ given: 'Ana', notes: 'base' })).value;
    b.sync.importBundle({ path: a.exportTo() });
    // B's clock is three days behind: its edit is still the later one by HLC only if made after seeing A's.
    a.services.contacts.update(ana.id, { notes: 'from laptop', family: 'Pop' });
    b.services.contacts.update(ana.id, { notes: 'from desktop', nickname: 'Ani' });
    const fromA = a.exportTo();
    const fromB = b.exportTo();
    a.sync.importBundle({ path: fromB });
    b.sync.importBundle({ path: fromA });
    expect(canonicalDump(a.db)).toEqual(canonicalDump(b.db));
    const merged = a.services.contacts.get(ana.id);
    expect(merged).toMatchObject({ family: 'Pop', nickname: 'Ani' });
    const [conflict] = a.conflicts.list();
    expect(conflict).toMatchObject({ entity: 'contact', entityId: ana.id, field: 'notes', recordLabel: expect.any(String) });
    expect([conflict!.keptValue, conflict!.lostValue].sort()).toEqual(['from desktop', 'from laptop']);
    expect(b.conflicts.list()).toHaveLength(1);
    expect(merged.notes).toBe(conflict!.keptValue);

    a.conflicts.resolve({ id: conflict!.id, keep: { text: 'from laptop + from desktop' } });
    expect(a.conflicts.list()).toHaveLength(0);
    b.sync.importBundle({ path: a.exportTo() });
    expect(b.services.contacts.get(ana.id).notes).toBe('from laptop + from desktop');
    expect(b.conflicts.list()).toHaveLength(1); // B's own copy of the conflict stays until B resolves it
  });

  it('deletes are tombstones: a purge wins over a later edit unless the row is recreated', () => {
    const ana = a.services.contacts.create(draft({ given: 'Ana', emails: [{ address: 'ana@x.ro' }] })).value;
    b.sync.importBundle({ path: a.exportTo() });
    a.services.contacts.trash([ana.id]);
    a.services.trash.purge([{ entity: 'contact', id: ana.id }]);
    b.services.contacts.update(ana.id, { given: 'Ana-Maria', emails: [{ address: 'ana@x.ro' }, { address: 'am@y.ro' }] });
    b.sync.importBundle({ path: a.exportTo() });
    a.sync.importBundle({ path: b.exportTo() });
    expect(b.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    expect(b.db.prepare('SELECT count(*) FROM contact_emails').pluck().get()).toBe(0);
    expect(canonicalDump(a.db)).toEqual(canonicalDump(b.db));
    expect(a.db.prepare('SELECT count(*) FROM sync_deferred').pluck().get()).toBeGreaterThan(0);

    // Undoing the purge on A recreates the row later than the edit: it comes back with B's edit.
    const purgeSet = a.db.prepare("SELECT id FROM change_sets WHERE label LIKE 'Empty%'").pluck().get() as string;
    a.services.history.undo(purgeSet);
    b.sync.importBundle({ path: a.exportTo() });
    a.sync.importBundle({ path: b.exportTo() });
    expect(canonicalDump(a.db)).toEqual(canonicalDump(b.db));
    expect(a.services.contacts.get(ana.id).emails.map((e) => e.address).sort()).toEqual(['am@y.ro', 'ana@x.ro']);
  });

  it('soft deletes are a field: the later of trash and restore wins', () => {
    const ana = a.services.contacts.create(draft({ given: 'Ana' })).value;
    b.sync.importBundle({ path: a.exportTo() });
    a.services.contacts.trash([ana.id]);
    b.sync.importBundle({ path: a.exportTo() });
    b.services.contacts.restore([ana.id]);
    a.sync.importBundle({ path: b.exportTo() });
    expect(a.services.contacts.get(ana.id).deletedAt).toBeNull();
    expect(a.services.search.query('Ana', 5)).toHaveLength(1);
  });

  it('merges a tag created on two devices into one (the older id wins) and keeps both contacts tagged', () => {
    const ana = a.services.contacts.create(draft({ given: 'Ana', tags: ['VIP'] })).value;
    const bogdan = b.services.contacts.create(draft({ given: 'Bogdan', tags: ['vip'] })).value;
    a.sync.importBundle({ path: b.exportTo() });
    b.sync.importBundle({ path: a.exportTo() });
    c.sync.importBundle({ path: b.exportTo() });
    c.sync.importBundle({ path: a.exportTo() });
    a.sync.importBundle({ path: c.exportTo() });
    b.sync.importBundle({ path: c.exportTo() });
    for (const replica of [a, b, c]) {
      expect(replica.services.tags.list()).toHaveLength(1);
      expect(replica.services.tags.list()[0]!.contactCount).toBe(2);
      expect(replica.services.contacts.get(bogdan.id).tags).toHaveLength(1);
      expect(replica.services.contacts.get(ana.id).tags).toHaveLength(1);
    }
    expect(canonicalDump(a.db)).toEqual(canonicalDump(b.db));
    expect(canonicalDump(c.db)).toEqual(canonicalDump(b.db));
  });

  it('defers a child whose parent has not arrived, then applies it when the parent comes', () => {
    const ana = a.services.contacts.create(draft({ given: 'Ana' })).value;
    const full = a.exportTo();
    // A peer that has acknowledged the contact's creation gets a bundle with the e-mail only.
    const created = a.db.prepare('SELECT max(seq) FROM change_log').pluck().get() as number;
    a.db.prepare("INSERT INTO sync_peers (device_id, name, acked_seq) VALUES ('feedfacefeedface', 'partial', ?)").run(created);
    a.services.contacts.update(ana.id, { emails: [{ address: 'ana@x.ro' }] });
    const onlyEmail = a.exportTo('partial');
    expect(b.sync.importBundle({ path: onlyEmail })).toMatchObject({ deferred: 2 }) // the e-mail, and the contact's updated_at touch;
    expect(b.db.prepare('SELECT count(*) FROM contact_emails').pluck().get()).toBe(0);
    expect(b.sync.importBundle({ path: full })).toMatchObject({ deferred: 0 });
    expect(canonicalDump(b.db)).toEqual(canonicalDump(a.db));
    expect(b.services.search.query('ana@x.ro', 5)).toHaveLength(1);
  });
});
