/**
 * Labels: Rapport stores one readable label per e-mail, phone, address, URL, IM and
 * related person. Reading, X-ABLabel (Apple/Google item groups) wins over TYPE words;
 * TYPE words are lower-cased, CELL becomes "mobile", words that carry no label
 * (pref, internet, voice, postal…) are dropped and the rest joined with a space
 * ("work fax"). Writing does the reverse: a label made only of standard words becomes a
 * TYPE list; anything else travels as an X-ABLabel (or a LABEL parameter in 4.0).
 */

/** TYPE words that say something other than a label (or nothing at all). */
const NOT_A_LABEL = new Set([
  'pref', 'internet', 'x400', 'voice', 'msg', 'dom', 'intl', 'postal', 'parcel', 'inline', 'vcard',
  'uri', 'url', 'jpeg', 'jpg', 'png', 'gif', 'bmp', 'x509', 'pgp', 'b', 'base64', 'quoted-printable',
  'x-irmc-n',
]);

const WORD_TO_LABEL: Record<string, string> = { cell: 'mobile', 'x-mobile': 'mobile' };
const LABEL_TO_TYPE: Record<string, string> = { mobile: 'cell' };

/** Labels that a standard TYPE word carries losslessly (case matters: "Mobile" is Apple's). */
export const STANDARD_LABEL_WORDS = new Set([
  'home', 'work', 'other', 'mobile', 'fax', 'pager', 'car', 'isdn', 'video', 'bbs', 'modem', 'pcs', 'text',
  'textphone', 'main',
]);

/** RFC 6350 RELATED types, the only ones written as TYPE on RELATED. */
export const RELATION_TYPES = new Set([
  'contact', 'acquaintance', 'friend', 'met', 'co-worker', 'colleague', 'co-resident', 'neighbor', 'child',
  'parent', 'sibling', 'spouse', 'kin', 'muse', 'crush', 'date', 'sweetheart', 'me', 'agent', 'emergency',
]);

export function labelFromTypeWords(words: readonly string[]): string {
  const labels: string[] = [];
  for (const word of words) {
    if (NOT_A_LABEL.has(word)) continue;
    const label = WORD_TO_LABEL[word] ?? word.replace(/^x-/, '');
    if (label && !labels.includes(label)) labels.push(label);
  }
  return labels.join(' ');
}

/** Apple wraps its built-in labels: `_$!<Mobile>!$_` (some writers drop the underscores). */
export function cleanAppleLabel(raw: string): string {
  const match = /^_?\$!<(.*)>!\$_?$/.exec(raw.trim());
  return (match ? (match[1] ?? '') : raw).trim();
}

/** Apple's built-in labels, written back wrapped so Apple shows them translated. */
const APPLE_BUILT_IN = new Set([
  'Mobile', 'HomePage', 'Home', 'Work', 'Other', 'Main', 'HomeFAX', 'WorkFAX', 'OtherFAX', 'Pager', 'School',
  'Spouse', 'Child', 'Father', 'Mother', 'Parent', 'Brother', 'Sister', 'Friend', 'Assistant', 'Manager',
  'Partner', 'Anniversary',
]);

export function wrapAppleLabel(label: string): string {
  // A label that merely looks wrapped is wrapped once more, so reading unwraps it to itself.
  return APPLE_BUILT_IN.has(label) || /^_?\$!<.*>!\$_?$/.test(label.trim()) ? `_$!<${label}>!$_` : label;
}

/** TYPE words for a label, or null when the label needs to travel as free text. */
export function typeWordsForLabel(label: string, allowed: ReadonlySet<string> = STANDARD_LABEL_WORDS): string[] | null {
  if (label === '') return [];
  const words = label.split(' ');
  // A repeated word would be merged on reading ("home home" → "home"): free text keeps it.
  if (!words.every((w) => allowed.has(w)) || new Set(words).size !== words.length) return null;
  return words.map((w) => LABEL_TO_TYPE[w] ?? w);
}
