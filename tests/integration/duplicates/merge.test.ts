import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDuplicatesService, type DuplicatesService } from '../../../main/core/duplicates/duplicates-service';
import { linkId } from '../../../main/db/ids';
import { openTestDatabase, type TestDatabase } from '../../support/test-database';
import { addContact, addRecordsFor, linkActivity } from './helpers';

let t: TestDatabase;
let duplicates: DuplicatesService;
beforeEach(async () => {
  t = await openTestDatabase();
  duplicates = createDuplicatesService(t.services.ctx);
});
afterEach(() => t.close());

const db = () => t.services.ctx.db;
const count = (sql: string, ...params: unknown[]): number => db().prepare(sql).pluck().get(...params) as number;

function setUpPair() {
  const survivor = addContact(t, {
    given: 'Ana',
    family: 'Popescu',
    notes: 'Met at the Cluj fair.',
    emails: [{ address: 'ana@popescu.ro', primary: true }],
    phones: [{ number: '+40 721 234 567' }],
    addresses: [{ street: 'Str. Memorandumului 1', city: 'Cluj-Napoca', country: 'Romania' }],
    tags: ['client'],
    organizationName: 'Acme SRL',
  });
  const merged = addContact(t, {
    given: 'Ana-Maria',
    family: 'POPESCU',
    title: 'CFO',
    notes: 'Prefers calls after 5pm.',
    birthday: { year: 1985, month: 3, day: 14 },
    favorite: true,
    emails: [{ address: 'ANA@popescu.ro' }, { address: 'ana.maria@work.example', primary: true }],
    phones: [{ number: '0721 234 567' }, { number: '+40 264 000 111', label: 'work' }],
    addresses: [
      { street: 'Str. Memorandumului 1', city: 'CLUJ-NAPOCA', country: 'Romania' },
      { street: 'Bd. Eroilor 5', city: 'Brașov', country: 'Romania' },
    ],
    urls: [{ url: 'https://ana.example' }],
    tags: ['vip', 'Client'],
    customFields: [{ label: 'Shoe size', value: '38' }],
    vcardUid: 'urn:uuid:ana-merged',
  });
  return { survivor, merged };
}

describe('merge', () => {
  it('keeps every e-mail, phone and address once, and fills empty fields from the merged contact', () => {
    const { survivor, merged } = setUpPair();
    const { value, changeSetId } = duplicates.merge({ survivorId: survivor, mergedIds: [merged] });
    expect(changeSetId).toBeTruthy();
    expect(value.id).toBe(survivor);
    expect(value.given).toBe('Ana');
    expect(value.title).toBe('CFO');
    expect(value.birthday).toEqual({ year: 1985, month: 3, day: 14 });
    expect(value.favorite).toBe(true);
    expect(value.vcardUid).toBe('urn:uuid:ana-merged');
    expect(value.organizationName).toBe('Acme SRL');
    expect(value.emails.map((e) => [e.address, e.primary])).toEqual([
      ['ana@popescu.ro', true],
      ['ana.maria@work.example', false],
    ]);
    expect(value.phones.map((p) => p.number)).toEqual(['+40 721 234 567', '+40 264 000 111']);
    expect(value.addresses.map((a) => a.city)).toEqual(['Cluj-Napoca', 'Brașov']);
    expect(value.urls.map((u) => u.url)).toEqual(['https://ana.example']);
    expect(value.tags.map((tag) => tag.name)).toEqual(['client', 'vip']);
    expect(value.customFields).toEqual([{ label: 'Shoe size', value: '38' }]);
    expect(value.notes).toBe('Met at the Cluj fair.\n\nPrefers calls after 5pm.');
    expect(t.services.contacts.get(merged).deletedAt).not.toBeNull();
    expect(t.services.trash.list().map((item) => item.id)).toEqual([merged]);
    expect(db().prepare('SELECT label FROM change_sets WHERE id = ?').pluck().get(changeSetId)).toBe('Merge 2 contacts into Ana Popescu');
    // The survivor is searchable by what it gained; the trashed contact is not searchable at all.
    expect(t.services.search.query('ana.maria@work.example', 10).map((c) => c.id)).toEqual([survivor]);
  });

  it('takes the chosen contact’s value for each field, and a chosen note instead of joining them', () => {
    const { survivor, merged } = setUpPair();
    const { value } = duplicates.merge({
      survivorId: survivor,
      mergedIds: [merged],
      fieldChoices: { given: merged, notes: merged, favorite: survivor, organization: merged },
    });
    expect(value.given).toBe('Ana-Maria');
    expect(value.family).toBe('Popescu');
    expect(value.displayName).toBe('Ana-Maria Popescu');
    expect(value.notes).toBe('Prefers calls after 5pm.');
    expect(value.favorite).toBe(false);
    expect(value.organizationName).toBe('');
  });

  it('moves activities, deals, reminders and purchases to the survivor without doubling shared links', () => {
    const { survivor, merged } = setUpPair();
    const ours = addRecordsFor(t, survivor, 'Ana');
    const theirs = addRecordsFor(t, merged, 'Ana-Maria');
    // A meeting with both cards: after the merge it is one link, not two.
    linkActivity(t, ours.activityId, merged);
    const other = addContact(t, { given: 'Ion', family: 'Popescu', related: [{ label: 'sister', name: 'Ana-Maria', contactId: merged }] });

    const { value } = duplicates.merge({ survivorId: survivor, mergedIds: [merged] });

    expect(count('SELECT count(*) FROM activity_contacts WHERE contact_id = ?', merged)).toBe(0);
    expect(count('SELECT count(*) FROM activity_contacts WHERE contact_id = ?', survivor)).toBe(2);
    expect(db().prepare('SELECT id FROM activity_contacts WHERE activity_id = ?').pluck().all(ours.activityId)).toEqual([
      linkId(ours.activityId, survivor),
    ]);
    expect(count('SELECT count(*) FROM deal_contacts WHERE contact_id = ?', survivor)).toBe(2);
    expect(db().prepare('SELECT contact_id FROM reminders WHERE id = ?').pluck().get(theirs.reminderId)).toBe(survivor);
    expect(db().prepare('SELECT contact_id FROM purchases WHERE id = ?').pluck().get(theirs.purchaseId)).toBe(survivor);
    expect(t.services.contacts.get(other).related[0]?.contactId).toBe(survivor);
    expect(value.id).toBe(survivor);
  });

  it('is undone in one step: both contacts and every link come back exactly', () => {
    const { survivor, merged } = setUpPair();
    const ours = addRecordsFor(t, survivor, 'Ana');
    const theirs = addRecordsFor(t, merged, 'Ana-Maria');
    linkActivity(t, ours.activityId, merged);
    const other = addContact(t, { given: 'Ion', family: 'Popescu', related: [{ label: 'sister', name: 'Ana-Maria', contactId: merged }] });
    const links = () => ({
      activities: db().prepare('SELECT id FROM activity_contacts ORDER BY id').pluck().all(),
      deals: db().prepare('SELECT id FROM deal_contacts ORDER BY id').pluck().all(),
      reminders: db().prepare('SELECT id, contact_id FROM reminders ORDER BY id').all(),
      purchases: db().prepare('SELECT id, contact_id FROM purchases ORDER BY id').all(),
    });
    // Undo restores updated_at too (it is change-logged), so whole contacts must match.
    const before = {
      survivor: t.services.contacts.get(survivor),
      merged: t.services.contacts.get(merged),
      other: t.services.contacts.get(other),
      links: links(),
    };

    const { changeSetId } = duplicates.merge({ survivorId: survivor, mergedIds: [merged] });
    const undo = t.services.history.undo();

    expect(undo.undoneChangeSetId).toBe(changeSetId);
    expect(t.services.contacts.get(survivor)).toEqual(before.survivor);
    expect(t.services.contacts.get(merged)).toEqual(before.merged);
    expect(t.services.contacts.get(other)).toEqual(before.other);
    expect(links()).toEqual(before.links);
    expect(theirs.dealId).toBeTruthy();
    expect(t.services.trash.list()).toEqual([]);
    // Both are findable again, each by its own e-mail only.
    expect(t.services.search.query('ana.maria@work.example', 10).map((c) => c.id)).toEqual([merged]);
    // And redo merges again.
    t.services.history.redo();
    expect(t.services.contacts.get(merged).deletedAt).not.toBeNull();
    expect(t.services.contacts.get(survivor).emails).toHaveLength(2);
  });

  it('merges three contacts, previewing the default choices first', () => {
    const a = addContact(t, { given: 'Radu', family: 'Stan', emails: [{ address: 'radu@stan.ro' }] });
    const b = addContact(t, {
      given: 'Radu',
      family: 'Stan',
      title: 'Engineer',
      emails: [{ address: 'radu@stan.ro' }],
      phones: [{ number: '+40 722 000 001' }],
      notes: 'b',
    });
    const c = addContact(t, { given: 'R.', family: 'Stan', phones: [{ number: '+40 722 000 001' }], notes: 'c' });
    const preview = duplicates.preview({ ids: [a, b, c] });
    expect(preview.survivorId).toBe(b);
    expect(preview.contacts.map((contact) => contact.id)).toEqual([a, b, c]);
    expect(preview.choices.title).toBe(b);
    expect(preview.choices.given).toBe(b);
    expect(preview.differing).toEqual(expect.arrayContaining(['given', 'title', 'notes']));
    expect(preview.notesCombined).toBe(true);
    expect(preview.result.notes).toBe('b\n\nc');

    const { value } = duplicates.merge({ survivorId: b, mergedIds: [a, c] });
    expect(value.emails.map((e) => e.address)).toEqual(['radu@stan.ro']);
    expect(value.phones.map((p) => p.number)).toEqual(['+40 722 000 001']);
    expect(value.notes).toBe(preview.result.notes);
    expect(db().prepare('SELECT label FROM change_sets ORDER BY hlc DESC LIMIT 1').pluck().get()).toBe('Merge 3 contacts into Radu Stan');
  });

  it('refuses a merge with a trashed contact, a repeated id or a choice outside the group, writing nothing', () => {
    const a = addContact(t, { given: 'Dana' });
    const b = addContact(t, { given: 'Dana' });
    const c = addContact(t, { given: 'Dan' });
    const sets = () => count('SELECT count(*) FROM change_sets');
    const before = sets();
    expect(() => duplicates.merge({ survivorId: a, mergedIds: [a] })).toThrow(/appears twice/);
    expect(() => duplicates.merge({ survivorId: a, mergedIds: [b], fieldChoices: { given: c } })).toThrow(/not in the merge/);
    expect(() => duplicates.merge({ survivorId: a, mergedIds: ['nope'] })).toThrow(/no contact with id nope/);
    expect(sets()).toBe(before);
    t.services.contacts.trash([b]);
    expect(() => duplicates.merge({ survivorId: a, mergedIds: [b] })).toThrow(/trash/);
  });
});
