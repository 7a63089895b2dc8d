/**
 * Splits one unfolded content line `[group.]NAME[;params]:value` into its parts. The
 * header (name and params) is decoded as UTF-8 (parameter values such as TYPE="費" occur);
 * the value stays byte text until its encoding and charset are known.
 */
import { byteTextToBytes } from './byte-text';
import { parseParams, splitOutsideQuotes } from './params';
import type { ParamMap } from './params';

export interface ContentLine {
  /** Group as written (`item1`), or '' — compare case-insensitively. */
  group: string;
  /** Upper-cased property name. */
  name: string;
  params: ParamMap;
  /** The header as written (`item1.TEL;TYPE=CELL`), decoded. */
  header: string;
  /** The value as byte text. */
  value: string;
}

const lenientUtf8 = new TextDecoder('utf-8');

function findValueColon(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  // An unbalanced quote must not hide the value: fall back to the first colon.
  return text.indexOf(':');
}

export function parseContentLine(text: string): ContentLine | null {
  const colon = findValueColon(text);
  if (colon < 0) return null;
  const header = lenientUtf8.decode(byteTextToBytes(text.slice(0, colon))).trim();
  const [nameWithGroup = '', ...segments] = splitOutsideQuotes(header, ';');
  const dot = nameWithGroup.lastIndexOf('.');
  const group = dot >= 0 ? nameWithGroup.slice(0, dot).trim() : '';
  const name = (dot >= 0 ? nameWithGroup.slice(dot + 1) : nameWithGroup).trim().toUpperCase();
  if (name === '') return null;
  return { group, name, params: parseParams(segments), header, value: text.slice(colon + 1) };
}
