/**
 * What people type into the search box, by kind, drawn from the data set so every query
 * has answers: 1-3 letter prefixes in several scripts, full names, e-mail fragments and
 * phone digits.
 */
import { DEFAULT_SEED } from './dataset';
import { makePerson } from './make-person';

export type QueryKind = '1 letter' | '2 letters' | '3 letters' | 'full name' | 'email fragment' | 'phone digits';

export function searchQueries(size: number, seed = DEFAULT_SEED): Record<QueryKind, string[]> {
  const people = [3, 17, 101, 999, 1_234].filter((index) => index < size).map((index) => makePerson(seed, index));
  return {
    '1 letter': ['a', 'm', 's', 'j', 'и', 'ש', 'ع', '王'],
    '2 letters': ['ma', 'po', 'st', 'jo', 'ив', 'כה', 'мо'],
    '3 letters': ['mar', 'pop', 'ste', 'gar', 'иван', 'muh', 'ana'],
    'full name': people.map((p) => `${String(p.draft.given)} ${String(p.draft.family)}`),
    'email fragment': people.flatMap((p) => [`${p.givenLatin}.${p.familyLatin}`.toLowerCase(), p.draft.emails?.[0]?.address.split('@')[0] ?? p.familyLatin]),
    'phone digits': people.flatMap((p) => [p.nationalNumbers[0]!.slice(0, 6), `${p.pool.countryCode}${p.nationalNumbers[0]!}`]),
  };
}
