/**
 * Labels ("home", "work", "mobile", …) are stored in one lower-case spelling for the common
 * ones, whatever capitalisation an exporter used, so that filters and the vCard writer see
 * one vocabulary. Unknown labels are kept as written.
 */
const CANONICAL: ReadonlyMap<string, string> = new Map([
  ['home', 'home'],
  ['work', 'work'],
  ['business', 'work'],
  ['other', 'other'],
  ['mobile', 'mobile'],
  ['cell', 'mobile'],
  ['main', 'main'],
  ['pager', 'pager'],
  ['fax', 'fax'],
  ['home fax', 'home fax'],
  ['work fax', 'work fax'],
  ['other fax', 'other fax'],
  ['home page', 'homepage'],
  ['homepage', 'homepage'],
  ['blog', 'blog'],
  ['profile', 'profile'],
  ['spouse', 'spouse'],
  ['child', 'child'],
  ['assistant', 'assistant'],
  ['manager', 'manager'],
]);

/** Parses an exporter's label cell: a leading `* ` (Google) marks the primary entry. */
export function parseLabelCell(cell: string): { label: string; primary: boolean } {
  const trimmed = cell.trim();
  const primary = trimmed.startsWith('*');
  const text = primary ? trimmed.slice(1).trim() : trimmed;
  return { label: canonicalLabel(text), primary };
}

export function canonicalLabel(label: string): string {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  return CANONICAL.get(trimmed.toLowerCase()) ?? trimmed;
}

/** Google writes its own labels capitalised (`Home`, `Work Fax`); custom ones as typed. */
export function googleLabel(label: string): string {
  if (!CANONICAL.has(label)) return label;
  if (label === 'homepage') return 'Home Page';
  return label.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
}
