import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDuplicatesService } from '../../../main/core/duplicates/duplicates-service';
import { findDuplicateCandidates } from '../../../main/core/duplicates/find-candidates';
import type { DuplicateScan } from '../../../shared/domain/duplicates';
import { openTestDatabase, type TestDatabase } from '../../support/test-database';
import { addContact, insertContacts } from './helpers';
import { syntheticBook } from './synthetic-contacts';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(() => t.close());

const scan = (): DuplicateScan => createDuplicatesService(t.services.ctx).findCandidates({});
const groupOf = (result: DuplicateScan, id: string) => result.groups.find((group) => group.contacts.some((c) => c.id === id));
const kindsBetween = (result: DuplicateScan, a: string, b: string) =>
  groupOf(result, a)
    ?.pairs.filter((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a))
    .flatMap((pair) => pair.reasons.map((reason) => reason.kind)) ?? [];

describe('duplicate finder', () => {
  it('pairs contacts whose e-mails differ only in case', () => {
    const a = addContact(t, { given: 'Ana', family: 'Popescu', emails: [{ address: 'Ana.Popescu@Example.RO' }] });
    const b = addContact(t, { given: 'A', family: 'Pop', emails: [{ address: 'ana.popescu@example.ro' }] });
    addContact(t, { given: 'Someone', family: 'Else', emails: [{ address: 'else@example.ro' }] });
    const result = scan();
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]?.contacts.map((c) => c.id)).toEqual([a, b]);
    expect(result.groups[0]?.pairs[0]?.reasons).toContainEqual({ kind: 'email', detail: 'ana.popescu@example.ro' });
  });

  it('pairs phones typed with different formatting, with and without the country code', () => {
    const a = addContact(t, { given: 'Mihai', family: 'Ionescu', phones: [{ number: '+40 721 234 567' }] });
    const b = addContact(t, { given: 'Mihai', family: 'Ionescu', phones: [{ number: '0721-234-567' }] });
    const c = addContact(t, { given: 'M.', family: 'Ionescu', phones: [{ number: '(+40) 721.234.567' }] });
    // Same national digits in another country: a different number.
    const d = addContact(t, { given: 'Radu', family: 'Stan', phones: [{ number: '+1 721 234 567' }] });
    const result = scan();
    expect(groupOf(result, a)?.contacts.map((x) => x.id).sort()).toEqual([a, b, c].sort());
    expect(kindsBetween(result, a, b)).toContain('phone');
    expect(kindsBetween(result, a, c)).toContain('phone');
    expect(groupOf(result, d)).toBeUndefined();
  });

  it('pairs name variants: diacritics, and Jon/John Smith sharing a phone', () => {
    const stefan = addContact(t, { given: 'Ștefan', family: 'Șerban' });
    const stefanPlain = addContact(t, { given: 'STEFAN', family: 'serban' });
    const jon = addContact(t, { given: 'Jon', family: 'Smith', phones: [{ number: '+44 20 7946 0018' }] });
    const john = addContact(t, { given: 'John', family: 'Smith', phones: [{ number: '020 7946 0018' }] });
    const result = scan();
    expect(kindsBetween(result, stefan, stefanPlain)).toContain('name');
    expect(kindsBetween(result, jon, john)).toEqual(expect.arrayContaining(['phone', 'similar-name']));
  });

  it('does not group different people who share a common surname', () => {
    const ids = ['Ana', 'Bogdan', 'Cristina', 'Dan', 'Elena', 'Florin'].map((given, i) =>
      addContact(t, {
        given,
        family: 'Popescu',
        emails: [{ address: `${given.toLowerCase()}@example.ro` }],
        phones: [{ number: `+40 72${i} 000 00${i}` }],
        organizationName: 'Acme SRL',
      }),
    );
    const result = scan();
    for (const id of ids) expect(groupOf(result, id)).toBeUndefined();
  });

  it('does not group relatives who share a home phone but not a name', () => {
    addContact(t, { given: 'Ana', family: 'Popescu', phones: [{ number: '+40 264 123 456' }], emails: [{ address: 'ana@p.ro' }] });
    addContact(t, { given: 'Ion', family: 'Popescu', phones: [{ number: '+40 264 123 456' }], emails: [{ address: 'ion@p.ro' }] });
    expect(scan().groups).toEqual([]);
  });

  it('leaves trashed contacts out', () => {
    const a = addContact(t, { given: 'Dana', family: 'Rusu', emails: [{ address: 'dana@rusu.ro' }] });
    const b = addContact(t, { given: 'Dana', family: 'Rusu', emails: [{ address: 'dana@rusu.ro' }] });
    expect(scan().groups).toHaveLength(1);
    t.services.contacts.trash([b]);
    expect(scan().groups).toEqual([]);
    expect(groupOf(scan(), a)).toBeUndefined();
  });

  it('skips blocks bigger than the cap and says so', () => {
    insertContacts(
      t,
      Array.from({ length: 12 }, (_, i) => ({ given: `Person${i}`, family: 'Smith', emails: [{ address: `p${i}@x.test` }] })),
    );
    const result = findDuplicateCandidates(t.services.ctx.db, { blockCap: 10 });
    expect(result.skippedBlocks).toContainEqual({ kind: 'family-initial', key: 'smith|p', size: 12 });
    expect(result.skippedBlockCount).toBeGreaterThan(0);
    expect(result.comparedPairs).toBe(0);
  });

  it('finds planted duplicates in 5,000 contacts without comparing all pairs', () => {
    const book = syntheticBook(5_000, 0.1, 7);
    const ids = insertContacts(t, book.drafts, 'RO');
    const result = findDuplicateCandidates(t.services.ctx.db);
    const truth = new Set(book.planted.map(([a, b]) => [ids[a], ids[b]].sort().join('|')));
    // Two contacts are reported as one person when they land in one group.
    const reported = new Set<string>();
    for (const group of result.groups) {
      const members = group.contacts.map((c) => c.id).sort();
      for (let i = 0; i < members.length; i += 1) for (let j = i + 1; j < members.length; j += 1) reported.add(`${members[i]}|${members[j]}`);
    }
    // A base person copied twice makes its two copies a true pair too.
    const sameBase = new Map<string, string[]>();
    for (const [a, b] of book.planted) sameBase.set(ids[a] ?? '', [...(sameBase.get(ids[a] ?? '') ?? [ids[a] ?? '']), ids[b] ?? '']);
    for (const members of sameBase.values()) {
      const sorted = [...members].sort();
      for (let i = 0; i < sorted.length; i += 1) for (let j = i + 1; j < sorted.length; j += 1) truth.add(`${sorted[i]}|${sorted[j]}`);
    }
    const found = [...truth].filter((pair) => reported.has(pair)).length;
    const recall = found / truth.size;
    const precision = [...reported].filter((pair) => truth.has(pair)).length / reported.size;
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    // Blocking, not all pairs: far fewer comparisons than n(n-1)/2 = 12.5 million.
    expect(result.comparedPairs).toBeLessThan(5_000 * 50);
  });
});
