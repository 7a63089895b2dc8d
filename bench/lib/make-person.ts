/**
 * One synthetic person per index: a ContactDraftInput as an importer would produce it.
 * Emails and phone numbers are derived from the index so two people never share one by
 * accident; only planted duplicates do, which keeps precision measurable.
 */
import type { ContactDraftInput } from '../../shared/domain/contact';
import { Random } from './random';
import {
  MAIL_DOMAINS, MIDDLE_NAMES, NAME_POOLS, ORGANIZATION_SUFFIXES, ORGANIZATION_WORDS, STREETS, TAGS, TITLES, type NamePool,
} from './name-pools';

export interface Person {
  index: number;
  pool: NamePool;
  givenLatin: string;
  familyLatin: string;
  /** The national significant number of each phone, digits only. */
  nationalNumbers: string[];
  draft: ContactDraftInput;
}

/** A bijection on [0, 10^8): 48271 shares no factor with 10^8, so numbers never repeat. */
function uniqueDigits(n: number): string {
  return String((n * 48_271) % 100_000_000).padStart(8, '0');
}

function pickPool(random: Random): NamePool {
  let roll = random.next();
  for (const pool of NAME_POOLS) {
    roll -= pool.weight;
    if (roll < 0) return pool;
  }
  return NAME_POOLS[0]!;
}

export function formatPhone(countryCode: string, national: string, style: number): string {
  const a = national.slice(0, 3);
  const b = national.slice(3, 6);
  const c = national.slice(6);
  switch (style % 4) {
    case 0:
      return `+${countryCode} ${a} ${b} ${c}`;
    case 1:
      return `+${countryCode}${national}`;
    case 2:
      return `+${countryCode} (${a}) ${b}-${c}`;
    default:
      return `00${countryCode}-${a}-${b}-${c}`;
  }
}

function organizationName(random: Random): string {
  return `${random.pick(ORGANIZATION_WORDS)} ${random.pick(ORGANIZATION_WORDS)} ${random.pick(ORGANIZATION_SUFFIXES)}`;
}

export function makePerson(seed: number, index: number): Person {
  const random = new Random(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const pool = pickPool(random);
  const [given, givenLatin] = random.pick(pool.given);
  const [family, familyLatin] = random.pick(pool.family);
  const middle = pool.script === 'latin' && random.chance(0.2) ? random.pick(MIDDLE_NAMES) : '';
  const handle = `${givenLatin}.${familyLatin}${index}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
  const emailCount = random.int(1, 3);
  const phoneCount = random.int(1, 3);
  const nationalNumbers = Array.from({ length: phoneCount }, (_, k) => `7${uniqueDigits(index * 3 + k)}`);
  const hasOrganization = random.chance(0.5);
  const draft: ContactDraftInput = {
    prefix: random.chance(0.05) ? random.pick(['Dr.', 'Prof.', 'Mme', 'Hr.']) : '',
    given,
    middle,
    family,
    // CJK names are written family first with no space; the display name says so.
    displayName: pool.familyFirst ? `${family}${given}` : '',
    emails: Array.from({ length: emailCount }, (_, k) => ({
      label: k === 0 ? 'home' : 'work',
      address: k === 0 ? `${handle}@${random.pick(MAIL_DOMAINS)}` : `${handle}.${k}@${random.pick(MAIL_DOMAINS)}`,
      primary: k === 0,
    })),
    phones: nationalNumbers.map((national, k) => ({
      label: k === 0 ? 'mobile' : random.pick(['home', 'work']),
      number: formatPhone(pool.countryCode, national, index + k),
      primary: k === 0,
    })),
    addresses: random.chance(0.6)
      ? [{
          label: 'home',
          street: `${random.pick(STREETS)} ${random.int(1, 250)}`,
          city: random.pick(pool.cities),
          postalCode: String(random.int(10_000, 99_999)),
          country: random.pick(pool.countries),
        }]
      : [],
    urls: random.chance(0.1) ? [{ label: 'homepage', url: `https://${handle.replace(/\./g, '-')}.example.net/` }] : [],
    organizationName: hasOrganization ? organizationName(random) : '',
    title: hasOrganization ? random.pick(TITLES) : '',
    birthday: random.chance(0.3) ? { year: random.int(1940, 2005), month: random.int(1, 12), day: random.int(1, 28) } : null,
    notes: random.chance(0.2) ? `Met at ${random.pick(pool.cities)}; prefers ${random.pick(['e-mail', 'phone', 'Signal', 'letters'])}.` : '',
    tags: Array.from(new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(TAGS)))),
  };
  return { index, pool, givenLatin, familyLatin, nationalNumbers, draft };
}
