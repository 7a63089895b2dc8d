import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMatchesForDraft } from '../../../main/core/duplicates/find-matches-for-draft';
import { ContactDraftSchema, type ContactDraftInput } from '../../../shared/domain/contact';
import { openTestDatabase, type TestDatabase } from '../../support/test-database';
import { addContact } from './helpers';

let t: TestDatabase;
let ana: string;
let mihai: string;
beforeEach(async () => {
  t = await openTestDatabase();
  ana = addContact(t, { given: 'Ana', family: 'Popescu', vcardUid: 'urn:uuid:1234', emails: [{ address: 'Ana@Popescu.ro' }] });
  mihai = addContact(t, { given: 'Ștefan', family: 'Ionescu', phones: [{ number: '+40 721 234 567' }] });
});
afterEach(() => t.close());

const match = (input: ContactDraftInput, defaultCountry: string | null = 'RO') =>
  findMatchesForDraft(t.services.ctx.db, ContactDraftSchema.parse(input), { defaultCountry });

describe('findMatchesForDraft', () => {
  it('matches by vCard UID first, and names each contact once', () => {
    expect(match({ vcardUid: 'urn:uuid:1234', emails: [{ address: 'ana@popescu.ro' }] })).toEqual([
      { contactId: ana, rule: 'uid', detail: 'urn:uuid:1234', score: 1 },
    ]);
  });

  it('matches by e-mail whatever its case', () => {
    expect(match({ given: 'Someone', emails: [{ address: 'ANA@POPESCU.RO' }] })).toEqual([
      { contactId: ana, rule: 'email', detail: 'ana@popescu.ro', score: 0.9 },
    ]);
  });

  it('matches by E.164 phone typed in national format', () => {
    expect(match({ phones: [{ number: '0721 234 567' }] })).toEqual([{ contactId: mihai, rule: 'phone', detail: '+40721234567', score: 0.85 }]);
  });

  it('matches by a similar name, diacritics and a typo included, and not by a different one', () => {
    expect(match({ given: 'Stefan', family: 'IONESCU' })).toMatchObject([{ contactId: mihai, rule: 'name' }]);
    expect(match({ given: 'Ana', family: 'Popesku' })).toMatchObject([{ contactId: ana, rule: 'name' }]);
    expect(match({ given: 'Ion', family: 'Popescu' })).toEqual([]);
    expect(match({ displayName: 'Ana Popescu' })).toMatchObject([{ contactId: ana, rule: 'name' }]);
  });

  it('ignores contacts in the trash', () => {
    t.services.contacts.trash([ana]);
    expect(match({ vcardUid: 'urn:uuid:1234', given: 'Ana', family: 'Popescu', emails: [{ address: 'ana@popescu.ro' }] })).toEqual([]);
  });
});
