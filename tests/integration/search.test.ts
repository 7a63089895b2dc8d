import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactDraftSchema, type ContactDraftInput } from '../../shared/domain/contact';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.close());

const add = (input: ContactDraftInput) => t.services.contacts.create(ContactDraftSchema.parse(input)).value;
const names = (text: string) => t.services.search.query(text).map((hit) => hit.displayName);
const indexed = () => t.opened.db.prepare('SELECT count(*) FROM contact_search').pluck().get() as number;

describe('search', () => {
  beforeEach(() => {
    add({ given: 'Ștefan', family: 'Popescu', emails: [{ address: 'stefan@firma.ro' }] });
    add({ given: 'שרה', family: 'כהן' });
    add({ given: 'Ali', family: 'Rezaei', emails: [{ address: 'ali@example.com' }] });
    add({ given: 'John', family: 'Doe', phones: [{ number: '+1 (555) 123-4567' }] });
    add({ given: 'Мария', family: 'Иванова', organizationName: 'Роснефть' });
    add({ displayName: '山田太郎', family: '山田', given: '太郎' });
  });

  it('finds the examples from the issue as you type', () => {
    expect(names('stefan')).toEqual(['Ștefan Popescu']);
    expect(names('ste')).toEqual(['Ștefan Popescu']);
    expect(names('שרה')).toEqual(['שרה כהן']);
    expect(names('555 12')).toEqual(['John Doe']);
    expect(names('ali@exa')).toEqual(['Ali Rezaei']);
  });

  it('finds by phone digits however they are typed', () => {
    expect(names('5551234')).toEqual(['John Doe']);
    expect(names('+1 555')).toEqual(['John Doe']);
    expect(names('(555) 123-45')).toEqual(['John Doe']);
  });

  it('finds Cyrillic, Japanese and organizations, case-insensitively', () => {
    expect(names('мар')).toEqual(['Мария Иванова']);
    expect(names('РОСН')).toEqual(['Мария Иванова']);
    expect(names('山田')).toEqual(['山田太郎']);
  });

  it('ranks a name match above a match in the notes', () => {
    add({ given: 'Zed', notes: 'introduced by Popescu at the fair' });
    expect(names('popescu')).toEqual(['Ștefan Popescu', 'Zed']);
  });

  it('keeps the index in step on insert, update, delete and restore', () => {
    expect(indexed()).toBe(6);
    const contact = add({ given: 'Initial', tags: ['fair'] });
    expect(names('initial')).toEqual(['Initial']);
    t.services.contacts.update(contact.id, { given: 'Renamed' });
    expect(names('initial')).toEqual([]);
    expect(names('renamed')).toEqual(['Renamed']);
    t.services.contacts.trash([contact.id]);
    expect(names('renamed')).toEqual([]);
    expect(indexed()).toBe(6);
    t.services.contacts.restore([contact.id]);
    expect(names('renamed')).toEqual(['Renamed']);
    const tag = t.services.tags.list().find((candidate) => candidate.name === 'fair')!;
    t.services.tags.update(tag.id, { name: 'expo' });
    expect(names('expo')).toEqual(['Renamed']);
    expect(names('fair')).toEqual([]);
  });

  it('returns nothing, rather than everything, for punctuation only', () => {
    expect(names('   ')).toEqual([]);
    expect(names('"*()')).toEqual([]);
  });
});
