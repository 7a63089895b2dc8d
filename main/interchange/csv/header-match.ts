/**
 * Headers are compared after folding case, accents, spaces and punctuation away, so that
 * `E-mail 1 - Value`, `email1value` and `E-Mail 1 Value` are the same column, and `Prénom`
 * matches `prenom`. `ß` is spelled out so `Straße` and `Strasse` meet.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** `"Field 1-2"` written as `, "Field 1-2"` (space after the delimiter) reaches us with its quotes. */
export function unwrapStrayQuotes(cell: string): string {
  const match = /^\s*"((?:[^"]|"")*)"\s*$/s.exec(cell);
  return match ? (match[1] ?? '').replace(/""/g, '"') : cell;
}
