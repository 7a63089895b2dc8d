/**
 * Folded keys for matching and sorting: "Ștefan", "STEFAN" and "stefan" share one key.
 * NFKD splits letters from their marks; the marks are then dropped. Scripts without
 * case or marks (Hebrew, CJK) pass through unchanged.
 */
const COMBINING_MARKS = /\p{M}+/gu;

export function foldKey(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
