/**
 * Property parameters in every syntax found in the wild:
 * `TYPE=home,work`, `TYPE=home;TYPE=work`, `TYPE="voice,home"`, 2.1 bare `;HOME;VOICE`,
 * bare `;QUOTED-PRINTABLE` / `;BASE64` (ENCODING), bare `;UTF-8` (CHARSET).
 * Names are upper-cased; values keep their case. RFC 6868 `^n ^' ^^` are decoded.
 */
import { isCharsetLabel } from './charset';

export type ParamMap = Map<string, string[]>;

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);
const BARE_VALUE_TYPES = new Set(['INLINE', 'URL', 'URI', 'CONTENT-ID', 'CID']);
/** Only TYPE lists are split on commas: LABEL="221B Baker Street, London" is one value. */
const LIST_PARAMS = new Set(['TYPE']);

/** Splits on `separator` outside double quotes. */
export function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const inner = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  return inner.replace(/\^(n|N|'|\^)/g, (_, code: string) => (code === '^' ? '^' : code === "'" ? '"' : '\n'));
}

function add(map: ParamMap, name: string, values: string[]): void {
  const list = map.get(name) ?? [];
  list.push(...values);
  map.set(name, list);
}

function classifyBare(word: string): string {
  const upper = word.toUpperCase();
  if (BARE_ENCODINGS.has(upper)) return 'ENCODING';
  if (BARE_VALUE_TYPES.has(upper)) return 'VALUE';
  if (/^[a-z]{2,3}(-[a-z]{2,8})+$/i.test(word) && !/^x-/i.test(word) && /-[A-Z]{2}$/.test(word)) return 'LANGUAGE';
  if (isCharsetLabel(word)) return 'CHARSET';
  return 'TYPE';
}

/** Parses the `;`-separated parameter segments that follow the property name. */
export function parseParams(segments: readonly string[]): ParamMap {
  const map: ParamMap = new Map();
  for (const segment of segments) {
    if (segment.trim() === '') continue;
    const eq = segment.indexOf('=');
    if (eq < 0) {
      const word = unquote(segment);
      if (word) add(map, classifyBare(word), [word]);
      continue;
    }
    const name = segment.slice(0, eq).trim().toUpperCase();
    const raw = segment.slice(eq + 1);
    const values = LIST_PARAMS.has(name) ? splitOutsideQuotes(raw, ',').flatMap((v) => splitOutsideQuotes(unquote(v), ',')) : [raw];
    add(
      map,
      name,
      values.map(unquote).filter((v) => v !== ''),
    );
  }
  return map;
}

export function firstParam(params: ParamMap, name: string): string | undefined {
  return params.get(name)?.[0];
}

/** TYPE words, lower-cased. */
export function typeWords(params: ParamMap): string[] {
  return (params.get('TYPE') ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean);
}

/** Quotes a parameter value for writing when it holds characters that would end it. */
export function formatParamValue(value: string): string {
  // A lone CR counts as a line break too: left raw it would end the physical line.
  const encoded = value.replace(/\^/g, '^^').replace(/\r\n?|\n/g, '^n').replace(/"/g, "^'");
  return /[;:,\s]/.test(encoded) || encoded !== value ? `"${encoded}"` : encoded;
}
