/**
 * Comma, semicolon (Excel in locales with a decimal comma) or tab (Excel "Unicode text",
 * Thunderbird .tsv), judged from the first record, i.e. the header when there is one.
 * Delimiters inside quotes do not count: `"Doe, John";mail` is a semicolon file.
 */
export type CsvDelimiter = ',' | ';' | '\t';

/** In a tie the comma wins: it is what most exporters write. */
const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];

export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const character = text[i] ?? '';
    if (inQuotes) {
      if (character === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (character === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      continue;
    }
    if (character === '\n' || character === '\r') break;
    const count = counts.get(character as CsvDelimiter);
    if (count !== undefined) {
      counts.set(character as CsvDelimiter, count + 1);
      atFieldStart = true;
    } else if (character !== ' ') {
      // `a, "b"`: a space after the delimiter may still precede an opening quote.
      atFieldStart = false;
    }
  }
  let best: CsvDelimiter = ',';
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}
