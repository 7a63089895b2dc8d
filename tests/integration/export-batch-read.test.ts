/**
 * The export reads contacts a page at a time (readContactsBatch) instead of one by one
 * (readContact) for speed; the two must give the same contacts, field for field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readContact } from '../../main/core/contacts/read-contact';
import { readContactsBatch } from '../../main/interchange/export/read-contacts-batch';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase | undefined;
afterEach(() => database?.close());

describe('readContactsBatch', () => {
  it('reads what readContact reads, in the order asked', async () => {
    database = await openTestDatabase();
    const { contacts } = database.services;
    const ids = [
      contacts.create({
        given: 'Ștefan', family: 'Popescu', organizationName: 'Acme', title: 'CTO', notes: 'n',
        emails: [{ address: 'b@example.com' }, { address: 'a@example.com', primary: true }],
        phones: [{ number: '+40 721 000 111' }], addresses: [{ city: 'Cluj', country: 'Romania' }],
        urls: [{ url: 'https://example.com' }], ims: [{ service: 'xmpp', handle: 's@example.com' }],
        related: [{ label: 'spouse', name: 'Ana' }], tags: ['vip', 'Family'], birthday: { year: null, month: 3, day: 4 },
        customFields: [{ label: 'x', value: 'y' }], vcardExtras: [{ line: 'X-FOO:bar' }], favorite: true,
      }).value.id,
      contacts.create({ given: 'Zoë' }).value.id,
      contacts.create({ displayName: '王伟', tags: ['work'] }).value.id,
    ];
    const order = [ids[2]!, ids[0]!, 'missing', ids[1]!];
    expect(readContactsBatch(database.opened.db, order)).toEqual([ids[2]!, ids[0]!, ids[1]!].map((id) => readContact(database!.opened.db, id)));
  });
});
