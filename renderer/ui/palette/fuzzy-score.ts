/**
 * A small fuzzy matcher for the palette: every character of the query must appear in order;
 * matches at word starts and in a row score higher. Case and diacritics are ignored.
 * Returns null for no match.
 */
import { foldKey } from '../../../shared/text/fold-key';

export function fuzzyScore(query: string, text: string): number | null {
  const needle = foldKey(query).replace(/\s+/g, '');
  if (!needle) return 0;
  const haystack = foldKey(text);
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of needle) {
    const at = haystack.indexOf(char, from);
    if (at < 0) return null;
    const wordStart = at === 0 || /[\s\-_./]/.test(haystack[at - 1] ?? '');
    score += (wordStart ? 8 : 1) + (at === previous + 1 ? 4 : 0);
    previous = at;
    from = at + 1;
  }
  // Shorter labels first among equals: "Undo" before "Undo import".
  return score - haystack.length * 0.01;
}
