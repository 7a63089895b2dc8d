/**
 * The forms of a person's name that matching works on. Folded (so "Ștefan" is "stefan"),
 * punctuation dropped (so "O'Brien" is "obrien" and "J." is "j"), and split into a given
 * and a family part even when a file put the whole name in one field.
 */
import { foldKey } from '../../../shared/text/fold-key';
import { jaroWinkler } from './jaro-winkler';
import { phoneticCode } from './phonetic-code';

export interface NameParts {
  given: string;
  family: string;
  /** Used only when given and family are both empty (a card with just "FN:"). */
  fallback: string;
}

export interface NameFeatures {
  given: string;
  family: string;
  /** "given family", as written. */
  full: string;
  /** The tokens sorted: "smith john" for both "John Smith" and a swapped "Smith John". */
  sortedKey: string;
  tokenCount: number;
  familyInitialKey: string | null;
  phoneticKey: string | null;
}

const APOSTROPHES_AND_DOTS = /['’`.]/g;
const NOT_A_LETTER = /[^\p{L}\p{N}]+/u;

/**
 * Folding (NFKD and three regular expressions) is most of the cost of reading 100k names,
 * and names repeat a great deal ("Maria", "Popescu"), so each distinct text is folded once.
 * The cache is bounded so that a scan of a huge book cannot grow it without end.
 */
const TOKEN_CACHE_LIMIT = 50_000;
const tokenCache = new Map<string, readonly string[]>();

function tokens(text: string): string[] {
  if (text === '') return [];
  let cached = tokenCache.get(text);
  if (!cached) {
    cached = foldKey(text).replace(APOSTROPHES_AND_DOTS, '').split(NOT_A_LETTER).filter(Boolean);
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(text, cached);
  }
  return [...cached];
}

export function nameFeatures(parts: NameParts): NameFeatures | null {
  let given = tokens(parts.given);
  let family = tokens(parts.family);
  if (given.length === 0 && family.length === 0) given = tokens(parts.fallback);
  // "John Smith" typed whole into one field: read the last word as the family name.
  if (family.length === 0 && given.length > 1) family = given.splice(-1);
  if (given.length === 0 && family.length > 1) given = family.splice(0, 1);
  const all = [...given, ...family];
  if (all.length === 0) return null;
  const givenText = given.join(' ');
  const familyText = family.join(' ');
  const firstGiven = given[0] ?? '';
  const familyCompact = family.join('');
  return {
    given: givenText,
    family: familyText,
    full: all.join(' '),
    sortedKey: [...all].sort().join(' '),
    tokenCount: all.length,
    familyInitialKey: familyCompact && firstGiven ? `${familyCompact}|${firstGiven[0] ?? ''}` : null,
    phoneticKey: familyCompact && firstGiven ? `${phoneticCode(familyCompact)}|${phoneticCode(firstGiven)}` : null,
  };
}

/** "J" against "John": an initial agrees with any name that starts with it. */
function isInitialOf(short: string, long: string): boolean {
  return short.length === 1 && long.startsWith(short);
}

/**
 * How alike two names are, 0..1. Blends the weakest part with the whole: a change in the
 * given name ("Ion"/"Ian") is a different person far more often than a typo, so one
 * badly matching part must pull the score down even when the whole string looks close.
 */
export function nameSimilarity(a: NameFeatures, b: NameFeatures): number {
  if (a.sortedKey === b.sortedKey) return 1;
  if (a.family && a.family === b.family && (isInitialOf(a.given, b.given) || isInitialOf(b.given, a.given))) return 0.9;
  const whole = jaroWinkler(a.full, b.full);
  if (!a.given || !b.given || !a.family || !b.family) return whole;
  const weakest = Math.min(jaroWinkler(a.given, b.given), jaroWinkler(a.family, b.family));
  return (whole + weakest) / 2;
}
