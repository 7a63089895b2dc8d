import { afterEach, describe, expect, it } from 'vitest';
import { addContact, openClockedDatabase, type ClockedDatabase } from './crm-helpers';

let t: ClockedDatabase;
afterEach(() => t?.close());

const lastContacted = (id: string): string | null => t.services.contacts.get(id).lastContactedAt;

describe('activities', () => {
  it('keep last_contacted_at in step through create, edit, delete, restore and undo, in the same change set', async () => {
    t = await openClockedDatabase('2025-06-01T12:00:00Z');
    const ana = addContact(t, 'Ana', 'Pop');
    const updatedAt = t.services.contacts.get(ana).updatedAt;
    const call = t.services.activities.create({ kind: 'call', occurredAt: '2025-05-01T10:00:00Z', contactIds: [ana], body: 'Talked prices' });
    expect(lastContacted(ana)).toBe('2025-05-01T10:00:00.000Z');
    // Logging is not an edit of the person.
    expect(t.services.contacts.get(ana).updatedAt).toBe(updatedAt);
    const loggedFields = t.opened.db
      .prepare("SELECT entity, field FROM change_log WHERE change_set_id = ? AND entity = 'contact'")
      .all(call.changeSetId) as { entity: string; field: string }[];
    expect(loggedFields).toEqual([{ entity: 'contact', field: 'last_contacted_at' }]);

    // A note does not count as being in touch.
    t.services.activities.create({ kind: 'note', occurredAt: '2025-05-20T10:00:00Z', contactIds: [ana] });
    expect(lastContacted(ana)).toBe('2025-05-01T10:00:00.000Z');

    const meeting = t.services.activities.create({ kind: 'meeting', occurredAt: '2025-05-10T10:00:00Z', contactIds: [ana] }).value;
    expect(lastContacted(ana)).toBe('2025-05-10T10:00:00.000Z');
    t.services.activities.update(meeting.id, { occurredAt: '2025-05-12T09:00:00+03:00' });
    expect(lastContacted(ana)).toBe('2025-05-12T06:00:00.000Z');
    t.services.activities.update(meeting.id, { kind: 'note' });
    expect(lastContacted(ana)).toBe('2025-05-01T10:00:00.000Z');
    t.services.activities.update(meeting.id, { kind: 'meeting' });

    t.services.activities.delete(meeting.id);
    expect(lastContacted(ana)).toBe('2025-05-01T10:00:00.000Z');
    t.services.activities.restore(meeting.id);
    expect(lastContacted(ana)).toBe('2025-05-12T06:00:00.000Z');

    // Undo the restore, then the delete: back and forth.
    t.services.history.undo();
    expect(lastContacted(ana)).toBe('2025-05-01T10:00:00.000Z');
    t.services.history.redo();
    expect(lastContacted(ana)).toBe('2025-05-12T06:00:00.000Z');

    // Unlinking moves the date; undo of an older change set does not hide a newer call.
    const bogdan = addContact(t, 'Bogdan');
    const relink = t.services.activities.update(meeting.id, { contactIds: [bogdan] });
    expect(lastContacted(ana)).toBe('2025-05-01T10:00:00.000Z');
    expect(lastContacted(bogdan)).toBe('2025-05-12T06:00:00.000Z');
    t.services.activities.create({ kind: 'email', occurredAt: '2025-05-30T10:00:00Z', contactIds: [bogdan] });
    t.services.history.undo(relink.changeSetId!);
    expect(lastContacted(ana)).toBe('2025-05-12T06:00:00.000Z');
    expect(lastContacted(bogdan)).toBe('2025-05-30T10:00:00.000Z');

    // Undo of the very first call, after everything: Ana's date is her remaining meeting.
    t.services.history.undo(call.changeSetId!);
    expect(lastContacted(ana)).toBe('2025-05-12T06:00:00.000Z');
  });

  it('default to now and show per contact, per organization and overall timelines, keyset-paginated and filtered', async () => {
    t = await openClockedDatabase('2025-06-01T12:00:00Z');
    const org = t.services.organizations.create({ name: 'Acme', domain: '', notes: '' }).id;
    const ana = addContact(t, 'Ana', '', { organizationId: org });
    const dan = addContact(t, 'Dan');
    const now = t.services.activities.create({ kind: 'call', contactIds: [ana] }).value;
    expect(now.occurredAt).toBe('2025-06-01T12:00:00.000Z');
    for (let day = 1; day <= 9; day++) {
      t.services.activities.create({ kind: day % 2 ? 'email' : 'complaint', occurredAt: `2025-05-0${day}T10:00:00Z`, contactIds: [day % 3 ? ana : dan] });
    }
    t.services.activities.create({ kind: 'meeting', occurredAt: '2025-04-01T10:00:00Z', organizationId: org });

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const page = t.services.activities.timeline({ limit: 4, cursor });
      pages.push(page.items.map((item) => item.occurredAt.slice(0, 10)));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual([
      ['2025-06-01', '2025-05-09', '2025-05-08', '2025-05-07'],
      ['2025-05-06', '2025-05-05', '2025-05-04', '2025-05-03'],
      ['2025-05-02', '2025-05-01', '2025-04-01'],
    ]);
    expect(t.services.activities.timeline({ contactId: dan }).items.map((item) => item.occurredAt.slice(8, 10))).toEqual(['09', '06', '03']);
    // The organization's own meeting and everything with its people.
    expect(t.services.activities.timeline({ organizationId: org }).items).toHaveLength(8);
    const complaints = t.services.activities.timeline({ kinds: ['complaint'], from: '2025-05-03T00:00:00Z', to: '2025-05-08T00:00:00Z' });
    expect(complaints.items.map((item) => item.occurredAt.slice(8, 10))).toEqual(['06', '04']);
    expect(complaints.items[0]!.contacts).toEqual([{ id: dan, displayName: 'Dan' }]);
  });

  it('refuse links to records that do not exist', async () => {
    t = await openClockedDatabase('2025-06-01T12:00:00Z');
    expect(() => t.services.activities.create({ kind: 'call', contactIds: ['nope'] })).toThrow(/no contact with id nope/);
    expect(t.opened.db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(0);
  });
});
