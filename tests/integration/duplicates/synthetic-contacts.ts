/**
 * A seeded synthetic address book with planted duplicates: each duplicate is a copy of a
 * base person with its name re-spelled (case, diacritics dropped, a typo, a swapped order,
 * an initial), its e-mail re-cased, its phone re-formatted (with or without the country
 * code) and some fields dropped. The truth is the list of planted pairs.
 */
import type { ContactDraftInput } from '../../../shared/domain/contact';

const GIVEN = [
  'Ana', 'Andrei', 'Alexandru', 'Alexandra', 'Bogdan', 'Cristina', 'Cătălin', 'Daniela', 'Dragoș', 'Elena', 'Florin', 'Gabriela',
  'George', 'Ioana', 'Ion', 'Irina', 'Laura', 'Lucian', 'Maria', 'Marius', 'Mihai', 'Mihaela', 'Nicolae', 'Oana', 'Paul', 'Radu',
  'Raluca', 'Sorin', 'Ștefan', 'Teodora', 'Tudor', 'Valentin', 'Vlad', 'John', 'Jane', 'Michael', 'Sarah', 'David', 'Emma',
  'James', 'Olivia', 'Robert', 'Sophia', 'William', 'Isabella', 'Thomas', 'Charlotte', 'Daniel', 'Amelia', 'Matthew', 'Emily',
  'Christopher', 'Grace', 'Andrew', 'Chloe', 'Joseph', 'Lucy', 'Benjamin', 'Hannah', 'Samuel', 'Zoë', 'François', 'Hélène',
  'Jürgen', 'Łukasz', 'Søren', 'José', 'María', 'Ángel', 'Inês', 'Pierre', 'Camille', 'Lukas', 'Anna', 'Marco', 'Giulia',
];
const FAMILY = [
  'Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Rusu', 'Munteanu', 'Matei', 'Constantin', 'Șerban',
  'Moldovan', 'Ciobanu', 'Lungu', 'Marin', 'Tudor', 'Dinu', 'Florea', 'Ene', 'Smith', 'Johnson', 'Williams', 'Brown', 'Jones',
  'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thomas', 'Moore', 'Martin', 'Jackson', 'White', 'Harris', 'Clark',
  'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Müller', 'Schmidt',
  'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Dubois', 'Lefèvre', 'Moreau', 'García', 'Fernández', 'González',
  'Rodríguez', 'López', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Kowalski', 'Nowak', 'Wiśniewski', 'Jensen', 'Nielsen',
  'Hansen', 'Andersson', 'Johansson', 'Karlsson', 'Novák', 'Horváth', 'Nagy', 'Kovács', "O'Brien", 'Murphy', 'Kelly',
];
const ORGANIZATIONS = ['Acme SRL', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Vandelay'];
const DOMAINS = ['example.com', 'mail.test', 'post.example.org', 'inbox.test'];

/** mulberry32: small, fast and seeded, so every run plants the same duplicates. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticBook {
  drafts: ContactDraftInput[];
  /** Index pairs (into drafts) that are the same person. */
  planted: [number, number][];
}

const strip = (text: string): string => text.normalize('NFKD').replace(/\p{M}+/gu, '');

export function syntheticBook(size: number, duplicateShare: number, seed = 42): SyntheticBook {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number): boolean => next() < p;

  const typo = (word: string): string => {
    if (word.length < 4) return word;
    const at = 1 + Math.floor(next() * (word.length - 2));
    const kind = Math.floor(next() * 3);
    if (kind === 0) return word.slice(0, at) + word.slice(at + 1); // dropped letter
    if (kind === 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // swapped letters
    return word.slice(0, at) + word[at] + word.slice(at); // doubled letter
  };

  const baseCount = Math.round(size / (1 + duplicateShare));
  const drafts: ContactDraftInput[] = [];
  const planted: [number, number][] = [];
  const bases: { given: string; family: string; email: string; national: string; organization: string }[] = [];
  for (let i = 0; i < baseCount; i += 1) {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const national = `7${String(Math.floor(next() * 1e8)).padStart(8, '0')}`;
    const email = `${strip(given).toLowerCase()}.${strip(family).toLowerCase().replace(/'/g, '')}${i}@${pick(DOMAINS)}`;
    const organization = chance(0.4) ? pick(ORGANIZATIONS) : '';
    bases.push({ given, family, email, national, organization });
    drafts.push({
      given,
      family,
      emails: chance(0.9) ? [{ address: email }] : [],
      phones: chance(0.85) ? [{ number: `+40 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}` }] : [],
      organizationName: organization,
    });
  }
  while (drafts.length < size) {
    const baseIndex = Math.floor(next() * baseCount);
    const base = bases[baseIndex];
    const original = drafts[baseIndex];
    if (!base || !original) continue;
    let given = base.given;
    let family = base.family;
    const variant = Math.floor(next() * 6);
    if (variant === 0) given = strip(given);
    else if (variant === 1) family = typo(family);
    else if (variant === 2) given = typo(given);
    else if (variant === 3) [given, family] = [family.toUpperCase(), given.toUpperCase()];
    else if (variant === 4) given = `${given[0] ?? ''}.`;
    // Keep at least one of e-mail and phone most of the time; sometimes neither (name only).
    const keep = Math.floor(next() * 4);
    const emails = keep !== 1 && (original.emails?.length ?? 0) > 0 ? [{ address: chance(0.5) ? base.email.toUpperCase() : base.email }] : [];
    const phoneText = chance(0.5) ? `0${base.national}` : `(+40) ${base.national.slice(0, 3)}-${base.national.slice(3)}`;
    const phones = keep !== 2 && (original.phones?.length ?? 0) > 0 ? [{ number: phoneText }] : [];
    planted.push([baseIndex, drafts.length]);
    drafts.push({ given, family, emails, phones, organizationName: chance(0.5) ? base.organization : '' });
  }
  return { drafts, planted };
}
