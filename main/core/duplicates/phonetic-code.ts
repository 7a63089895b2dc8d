/**
 * A small phonetic code for one name word, in the spirit of Metaphone but much simpler:
 * it only has to put "Catherine"/"Katherine"/"Kathryn", "Stephan"/"Ștefan" and
 * "Smyth"/"Smith" into one blocking bucket. It is a blocking key, never evidence by itself:
 * the scorer still compares the real names.
 */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/[^a-z]/g, ''],
  [/ph/g, 'f'],
  [/sch/g, 'sk'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/z/g, 's'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/dt/g, 't'],
];

const VOWELS = /[aeiou]/;

const codeCache = new Map<string, string>();
const CODE_CACHE_LIMIT = 50_000;

/** `word` must already be folded (lower case, no diacritics); other scripts pass through. */
export function phoneticCode(word: string): string {
  let code = codeCache.get(word);
  if (code === undefined) {
    code = computeCode(word);
    if (codeCache.size >= CODE_CACHE_LIMIT) codeCache.clear();
    codeCache.set(word, code);
  }
  return code;
}

function computeCode(word: string): string {
  if (!/^[a-z]/.test(word)) return word;
  let text = word;
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  if (text.length === 0) return '';
  // The first letter stays, vowel or not: "Ion" and "Ana" must not share a bucket.
  let code = text[0] ?? '';
  for (let i = 1; i < text.length; i += 1) {
    const letter = text[i] ?? '';
    // Vowels and a silent-ish h carry most spelling variation; consonants carry identity.
    if (VOWELS.test(letter) || letter === 'h') continue;
    if (code[code.length - 1] !== letter) code += letter;
  }
  return code;
}
