/**
 * Spreadsheet formula injection: a cell beginning with `=`, `+`, `-`, `@`, tab or CR can be
 * run as a formula when the file is opened in Excel or LibreOffice. Exports neutralise such
 * cells with a leading apostrophe, which spreadsheets treat as "text follows".
 *
 * The rule, chosen so that it is exactly reversible:
 *   let n = the number of leading `'` and c = the character after them;
 *   if c is a trigger, export writes one more `'` (n + 1), and import of a Rapport-made file
 *   removes one (when n >= 1). Any other value is written and read unchanged.
 * So `=1` ↔ `'=1`, and a value that genuinely began `'=1` ↔ `''=1`; `'hello` stays `'hello`.
 * LF is a trigger too: readers turn CR into LF (decode-text.ts), so a guarded `'\r…` comes
 * back as `'\n…` and must still be recognised.
 */
const TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

function leadingApostrophes(value: string): number {
  let count = 0;
  while (value[count] === "'") count++;
  return count;
}

function startsWithTriggerAfterApostrophes(value: string): { apostrophes: number; triggered: boolean } {
  const apostrophes = leadingApostrophes(value);
  const next = value[apostrophes];
  return { apostrophes, triggered: next !== undefined && TRIGGERS.has(next) };
}

export function neutralizeFormula(value: string): string {
  return startsWithTriggerAfterApostrophes(value).triggered ? `'${value}` : value;
}

export function restoreNeutralizedFormula(value: string): string {
  const { apostrophes, triggered } = startsWithTriggerAfterApostrophes(value);
  return triggered && apostrophes >= 1 ? value.slice(1) : value;
}

/**
 * Phone numbers never begin with an apostrophe for a reason: it is either our neutralisation
 * (`'+1 555`) or Excel's "keep as text" marker (`'0123`). Either way it goes.
 */
export function stripPhoneApostrophes(value: string): string {
  return value.replace(/^\s*'+/, '');
}
