/**
 * Text escapes differ by version. 3.0/4.0: `\\` `\n` `\N` `\,` `\;` (and `\:`, which Google
 * writes in URLs). 2.1 only knows `\;`; commas are literal, but `\n` and `\\` are common
 * enough in 2.1 exports to be honoured. Unknown escapes keep their backslash.
 */
import type { VcardVersion } from './version';

function unescapeOne(ch: string, version: VcardVersion): string | null {
  switch (ch) {
    case 'n':
    case 'N':
      return '\n';
    case '\\':
    case ';':
    case ',':
      return ch;
    case ':':
    case '"':
    case "'":
      // Google writes `http\://`, Gmail `\"`, DAVx5 `\'`: escapes of characters that need none.
      return version === '2.1' ? null : ch;
    default:
      return null;
  }
}

/**
 * Splits a raw value on unescaped `separator`s and unescapes each part. With no separator,
 * returns the whole value unescaped as a single part.
 */
export function splitAndUnescape(raw: string, version: VcardVersion, separator?: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (ch === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1] ?? '';
      const replaced = unescapeOne(next, version);
      if (replaced !== null) {
        current += replaced;
        i++;
        continue;
      }
      current += ch;
      continue;
    }
    if (separator && ch === separator) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

export function unescapeText(raw: string, version: VcardVersion): string {
  return splitAndUnescape(raw, version)[0] ?? '';
}

/**
 * A structured value (N, ADR, ORG): components on `;`, each a list on `,` (not in 2.1,
 * where a comma is just a comma).
 */
export function splitStructured(raw: string, version: VcardVersion): string[][] {
  const components = splitRaw(raw, ';');
  return components.map((component) =>
    version === '2.1' ? [unescapeText(component, version)] : splitAndUnescape(component, version, ','),
  );
}

/** A list value (CATEGORIES, NICKNAME): items on `,` (in 2.1 too: it is the only separator there). */
export function splitList(raw: string, version: VcardVersion): string[] {
  return splitAndUnescape(raw, version, ',');
}

/** Splits on a separator that is not escaped, leaving escapes in place for the next step. */
function splitRaw(raw: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\') {
      i++;
      continue;
    }
    if (raw[i] === separator) {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return parts;
}

/** Escapes text for writing (3.0 and 4.0 rules are the same for what we write). */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}
