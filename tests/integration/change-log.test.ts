import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactDraftSchema } from '../../shared/domain/contact';
import { write } from '../../main/core/context';
import { insertContact } from '../../main/core/contacts/write-contact';
import { parseHlc } from '../../main/db/hlc';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.close());

const count = (sql: string) => t.opened.db.prepare(sql).pluck().get() as number;

describe('the change log', () => {
  it('records every field of a new contact and its children in one change set', () => {
    const { value, changeSetId } = t.services.contacts.create(
      ContactDraftSchema.parse({ given: 'Ana', emails: [{ address: 'ana@x.ro' }], tags: ['vip'] }),
    );
    const rows = t.opened.db.prepare('SELECT entity, entity_id, owner_id, field, old_value, new_value, hlc, device_id FROM change_log WHERE change_set_id = ?').all(changeSetId) as {
      entity: string; entity_id: string; owner_id: string; field: string; old_value: string | null; new_value: string | null; hlc: string; device_id: string;
    }[];
    expect(rows.find((r) => r.entity === 'contact' && r.field === 'given')).toMatchObject({ entity_id: value.id, old_value: null, new_value: '"Ana"' });
    expect(rows.find((r) => r.entity === 'contact_email' && r.field === 'address')).toMatchObject({ owner_id: value.id, new_value: '"ana@x.ro"' });
    expect(rows.some((r) => r.entity === 'tag' && r.field === 'name')).toBe(true);
    expect(new Set(rows.map((r) => r.hlc)).size).toBe(1);
    expect(parseHlc(rows[0]!.hlc).deviceId).toBe(t.opened.device.id);
    expect(rows.every((r) => r.device_id === t.opened.device.id)).toBe(true);
  });

  it('logs old and new values of an update, and nothing for a no-op', () => {
    const { value } = t.services.contacts.create(ContactDraftSchema.parse({ given: 'Ana', notes: 'first' }));
    const { changeSetId } = t.services.contacts.update(value.id, { notes: 'second' });
    const notes = t.opened.db.prepare("SELECT old_value, new_value FROM change_log WHERE change_set_id = ? AND field = 'notes'").get(changeSetId);
    expect(notes).toEqual({ old_value: '"first"', new_value: '"second"' });
    const sets = count('SELECT count(*) FROM change_sets');
    expect(t.services.contacts.update(value.id, { notes: 'second' }).changeSetId).toBeNull();
    expect(count('SELECT count(*) FROM change_sets')).toBe(sets);
  });

  it('is rolled back with a failed transaction: neither data nor log rows remain', () => {
    const before = { contacts: count('SELECT count(*) FROM contacts'), log: count('SELECT count(*) FROM change_log'), sets: count('SELECT count(*) FROM change_sets') };
    expect(() =>
      write(t.services.ctx, { kind: 'user', label: 'fails halfway', entities: ['contacts'] }, (changes) => {
        insertContact(changes, ContactDraftSchema.parse({ given: 'Half' }), { defaultCountry: null });
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect({ contacts: count('SELECT count(*) FROM contacts'), log: count('SELECT count(*) FROM change_log'), sets: count('SELECT count(*) FROM change_sets') }).toEqual(before);
    expect(count('SELECT count(*) FROM contact_search')).toBe(0);
  });

  it('gives timestamps that never go backwards, even when the wall clock does', async () => {
    let wall = Date.parse('2026-06-01T12:00:00Z');
    const local = await openTestDatabase({ now: () => new Date(wall) });
    try {
      const first = local.services.contacts.create(ContactDraftSchema.parse({ given: 'A' })).changeSetId!;
      wall -= 3 * 86_400_000; // the laptop's clock jumps three days back
      const second = local.services.contacts.create(ContactDraftSchema.parse({ given: 'B' })).changeSetId!;
      const hlc = (id: string) => local.opened.db.prepare('SELECT hlc FROM change_sets WHERE id = ?').pluck().get(id) as string;
      expect(hlc(second) > hlc(first)).toBe(true);
    } finally {
      local.close();
    }
  });
});

describe('undo and redo', () => {
  it('undoes and redoes an edit, including child rows', () => {
    const { value } = t.services.contacts.create(ContactDraftSchema.parse({ given: 'Ana', emails: [{ address: 'a@x.ro' }] }));
    t.services.contacts.update(value.id, { given: 'Anna', emails: [{ address: 'b@x.ro' }] });
    const undone = t.services.history.undo();
    expect(undone.label).toBe('Undo Edit Ana');
    const afterUndo = t.services.contacts.get(value.id);
    expect(afterUndo.given).toBe('Ana');
    expect(afterUndo.emails.map((e) => e.address)).toEqual(['a@x.ro']);
    expect(afterUndo.emails[0]!.id).toBe(value.emails[0]!.id);
    t.services.history.redo();
    const afterRedo = t.services.contacts.get(value.id);
    expect(afterRedo.given).toBe('Anna');
    expect(afterRedo.emails.map((e) => e.address)).toEqual(['b@x.ro']);
    expect(t.services.search.query('anna').map((c) => c.id)).toEqual([value.id]);
  });

  it('undoes a creation by moving the contact to the trash, and a delete by restoring it', () => {
    const { value } = t.services.contacts.create(ContactDraftSchema.parse({ given: 'Temp' }));
    t.services.history.undo();
    expect(t.services.contacts.get(value.id).deletedAt).not.toBeNull();
    expect(t.services.search.query('temp')).toEqual([]);
    t.services.history.redo();
    t.services.contacts.trash([value.id]);
    t.services.history.undo();
    expect(t.services.contacts.get(value.id).deletedAt).toBeNull();
    expect(t.services.search.query('temp').map((c) => c.id)).toEqual([value.id]);
  });

  it('undoes a purge: the contact and its children come back', () => {
    const { value } = t.services.contacts.create(ContactDraftSchema.parse({ given: 'Gone', phones: [{ number: '0721 000 111' }], tags: ['x'] }));
    t.services.contacts.trash([value.id]);
    t.services.trash.purge([{ entity: 'contact', id: value.id }]);
    expect(() => t.services.contacts.get(value.id)).toThrow(/no contact/);
    t.services.history.undo();
    const back = t.services.contacts.get(value.id);
    expect(back.phones.map((p) => p.number)).toEqual(['0721 000 111']);
    expect(back.tags.map((tag) => tag.name)).toEqual(['x']);
    expect(back.deletedAt).not.toBeNull();
  });

  it('refuses redo after new work, and says when there is nothing to undo', () => {
    expect(() => t.services.history.undo()).toThrow(expect.objectContaining({ code: 'NOTHING_TO_UNDO' }));
    const { value } = t.services.contacts.create(ContactDraftSchema.parse({ given: 'A' }));
    t.services.history.undo();
    t.services.contacts.create(ContactDraftSchema.parse({ given: 'B' }));
    expect(() => t.services.history.redo()).toThrow(expect.objectContaining({ code: 'NOTHING_TO_REDO' }));
    expect(t.services.contacts.get(value.id).deletedAt).not.toBeNull();
  });

  it('shows the history of one contact, newest first, with undo of a single older change', () => {
    const { value } = t.services.contacts.create(ContactDraftSchema.parse({ given: 'Ana', notes: 'one' }));
    const first = t.services.contacts.update(value.id, { notes: 'two' }).changeSetId!;
    t.services.contacts.update(value.id, { title: 'CEO' });
    const history = t.services.history.forRecord(value.id);
    expect(history.map((entry) => entry.label)).toEqual(['Edit Ana', 'Edit Ana', 'Add Ana']);
    expect(history[1]!.changes).toEqual([{ entity: 'contact', entityId: value.id, field: 'notes', oldValue: 'one', newValue: 'two' }]);
    t.services.history.undo(first);
    const contact = t.services.contacts.get(value.id);
    expect(contact.notes).toBe('one');
    expect(contact.title).toBe('CEO');
  });
});
