import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactDraftSchema } from '../../shared/domain/contact';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.close());

const draft = (input: Parameters<typeof ContactDraftSchema.parse>[0]) => ContactDraftSchema.parse(input);

describe('contacts service', () => {
  it('creates a contact with children, tags and an organization, and reads it back', () => {
    const { value: contact, changeSetId } = t.services.contacts.create(
      draft({
        given: 'Ștefan',
        family: 'Popescu',
        emails: [{ address: 'stefan@example.ro', label: 'work', primary: true }],
        phones: [{ number: '+40 721 234 567', label: 'mobile' }],
        addresses: [{ city: 'Cluj-Napoca', country: 'Romania', label: 'home' }],
        organizationName: 'Acme SRL',
        tags: ['vip', 'Client'],
        birthday: { year: null, month: 2, day: 29 },
      }),
    );
    expect(changeSetId).toBeTruthy();
    expect(contact.displayName).toBe('Ștefan Popescu');
    expect(contact.organizationName).toBe('Acme SRL');
    expect(contact.emails).toEqual([{ id: expect.any(String), label: 'work', address: 'stefan@example.ro', primary: true }]);
    expect(contact.phones[0]).toMatchObject({ number: '+40 721 234 567', e164: '+40721234567' });
    expect(contact.addresses[0]).toMatchObject({ city: 'Cluj-Napoca', country: 'Romania' });
    expect(contact.tags.map((tag) => tag.name)).toEqual(['Client', 'vip']);
    expect(contact.birthday).toEqual({ year: null, month: 2, day: 29 });
    expect(t.services.contacts.get(contact.id)).toEqual(contact);
  });

  it('updates only what the patch names and keeps child ids of unchanged rows', () => {
    const { value: created } = t.services.contacts.create(
      draft({ given: 'Ana', family: 'Ionescu', notes: 'met at fair', emails: [{ address: 'ana@a.ro' }, { address: 'ana@b.ro' }] }),
    );
    const keptEmail = created.emails[1]!;
    const { value: updated } = t.services.contacts.update(created.id, {
      family: 'Ionescu-Pop',
      emails: [{ address: 'ana@b.ro', label: 'home', primary: false }],
    });
    expect(updated.notes).toBe('met at fair');
    expect(updated.displayName).toBe('Ana Ionescu-Pop');
    expect(updated.emails).toEqual([{ id: keptEmail.id, label: 'home', address: 'ana@b.ro', primary: false }]);
  });

  it('keeps a display name the person typed when name parts change', () => {
    const { value } = t.services.contacts.create(draft({ given: 'Robert', family: 'Smith', displayName: 'Bob Smith' }));
    const { value: updated } = t.services.contacts.update(value.id, { given: 'Rob' });
    expect(updated.displayName).toBe('Bob Smith');
  });

  it('derives a display name from organization, email or phone when there is no name', () => {
    expect(t.services.contacts.create(draft({ organizationName: 'Globex' })).value.displayName).toBe('Globex');
    expect(t.services.contacts.create(draft({ emails: [{ address: 'x@y.z' }] })).value.displayName).toBe('x@y.z');
    expect(t.services.contacts.create(draft({ phones: [{ number: '555-0100' }] })).value.displayName).toBe('555-0100');
  });

  it('pages through contacts by name with a keyset cursor, in both directions', () => {
    const names = ['Zoe', 'adam', 'Émile', 'bob', 'Carla', 'david', 'Eve'];
    for (const given of names) t.services.contacts.create(draft({ given }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = t.services.contacts.list({ sort: 'name', limit: 3, cursor });
      seen.push(...page.items.map((item) => item.displayName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['adam', 'bob', 'Carla', 'david', 'Émile', 'Eve', 'Zoe']);
    const descending = t.services.contacts.list({ sort: 'name', direction: 'desc', limit: 2 });
    expect(descending.items.map((item) => item.displayName)).toEqual(['Zoe', 'Eve']);
  });

  it('filters the list by tag, favourite and the saved-search syntax', () => {
    t.services.contacts.create(draft({ given: 'Ana', tags: ['vip'], phones: [{ number: '1234567' }], addresses: [{ city: 'Cluj' }] }));
    t.services.contacts.create(draft({ given: 'Bogdan', tags: ['vip'], emails: [{ address: 'b@x.ro' }], favorite: true }));
    t.services.contacts.create(draft({ given: 'Cezar', organizationName: 'Acme' }));
    const names = (query: string) => t.services.contacts.list({ filter: { query } }).items.map((item) => item.displayName);
    expect(names('tag:vip has:phone -has:email')).toEqual(['Ana']);
    expect(names('tag:VIP')).toEqual(['Ana', 'Bogdan']);
    expect(names('city:CLUJ')).toEqual(['Ana']);
    expect(names('org:acm')).toEqual(['Cezar']);
    expect(names('is:favorite')).toEqual(['Bogdan']);
    expect(t.services.contacts.list({ filter: { favorite: true } }).items.map((i) => i.displayName)).toEqual(['Bogdan']);
    expect(t.services.contacts.count({ query: 'tag:vip' })).toBe(2);
    expect(() => names('colour:red')).toThrow(/not a filter/);
  });

  it('bulk tags and untags, counting only real changes', () => {
    const ids = ['A', 'B', 'C'].map((given) => t.services.contacts.create(draft({ given })).value.id);
    expect(t.services.contacts.bulkTag(ids, 'Leads').count).toBe(3);
    expect(t.services.contacts.bulkTag(ids, 'leads').count).toBe(0);
    const tag = t.services.tags.list()[0]!;
    expect(tag).toMatchObject({ name: 'Leads', contactCount: 3 });
    expect(t.services.contacts.bulkUntag(ids.slice(0, 2), tag.id).count).toBe(2);
    expect(t.services.tags.list()[0]!.contactCount).toBe(1);
  });

  it('moves contacts to the trash and restores them', () => {
    const { value } = t.services.contacts.create(draft({ given: 'Dana' }));
    t.services.contacts.trash([value.id]);
    expect(t.services.contacts.list({}).items).toHaveLength(0);
    expect(t.services.trash.list()).toEqual([{ entity: 'contact', id: value.id, name: 'Dana', deletedAt: expect.any(String) }]);
    t.services.contacts.restore([value.id]);
    expect(t.services.contacts.list({}).items.map((i) => i.id)).toEqual([value.id]);
  });

  it('refuses to touch a contact that does not exist, writing nothing', () => {
    const before = t.services.stats.get().changes;
    expect(() => t.services.contacts.trash(['nope'])).toThrow(/no contact with id nope/);
    expect(t.services.stats.get().changes).toBe(before);
  });
});
