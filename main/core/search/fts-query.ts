/**
 * Turns what someone types into an FTS5 MATCH expression. Every word becomes a prefix
 * term ("ali@exa" → "ali"* "exa"*) and all must match; when the text holds three or more
 * digits, the digits alone may also match the start of a phone number, so "555 12" and
 * "55512" both find +1 (555) 123-4567.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MIN_PHONE_DIGITS = 3;

function quoteTerm(term: string): string {
  return `"${term.replace(/"/g, '""')}"*`;
}

export function buildFtsMatch(text: string): string | null {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return null;
  const allWords = words.map(quoteTerm).join(' ');
  const digits = text.replace(/\D+/g, '');
  const onlyDigitsAndPunctuation = /^[\d\s()+\-./]+$/.test(text.trim());
  if (digits.length >= MIN_PHONE_DIGITS && onlyDigitsAndPunctuation && words.length > 1) {
    return `(${allWords}) OR (phones : ${quoteTerm(digits)})`;
  }
  return allWords;
}
