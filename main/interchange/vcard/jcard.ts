/**
 * jCard (RFC 7095): `["vcard", [[name, params, type, value…], …]]`, or an array of those.
 * Reading turns each property back into a vCard 4.0 content line and maps the card exactly
 * as a .vcf card is mapped, so both formats give the same drafts. jCard files are small,
 * so the whole JSON is read at once.
 */
import { Buffer } from 'node:buffer';
import type { ByteSource, ReaderOutput } from '../record';
import { bytesToByteText } from './byte-text';
import { parseContentLine } from './content-line';
import { splitList, splitStructured, unescapeText } from './escape';
import { formatParamValue } from './params';
import { sniffFileEncoding } from './physical-lines';
import { mapCardSafely, toReaderOutput } from './read-vcard';
import type { LogicalLine } from './unfold';
import { writeVcard } from './write-vcard';
import type { WritableContact, WriteVcardOptions } from './write-vcard';

export type JcardValue = string | number | boolean | null | JcardValue[];
export type JcardProperty = [string, Record<string, string | string[]>, string, ...JcardValue[]];
export type Jcard = ['vcard', JcardProperty[]];

/** The value type each property has when VALUE is not given (RFC 6350). */
const DEFAULT_VALUE_TYPES: Record<string, string> = {
  BDAY: 'date-and-or-time', ANNIVERSARY: 'date-and-or-time', REV: 'timestamp', URL: 'uri', PHOTO: 'uri', LOGO: 'uri',
  SOUND: 'uri', KEY: 'uri', UID: 'uri', GEO: 'uri', IMPP: 'uri', RELATED: 'uri', MEMBER: 'uri', SOURCE: 'uri',
  CALURI: 'uri', CALADRURI: 'uri', FBURL: 'uri', TZ: 'text', LANG: 'language-tag', TEL: 'text',
};
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'GENDER', 'CLIENTPIDMAP']);
const LISTS = new Set(['CATEGORIES', 'NICKNAME']);

const escapeValue = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/\r\n?|\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');

function valueToText(value: JcardValue): string {
  if (Array.isArray(value)) {
    return value.map((component) => (Array.isArray(component) ? component.map(valueToText).join(',') : valueToText(component))).join(';');
  }
  return value === null ? '' : escapeValue(String(value));
}

function isProperty(value: unknown): value is JcardProperty {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'object' && value[1] !== null && typeof value[2] === 'string';
}

/** One jCard property as a vCard 4.0 content line (text, not yet byte text). */
export function jcardPropertyToLine(property: JcardProperty): string {
  const [rawName, rawParams, type, ...values] = property;
  const name = rawName.toUpperCase();
  const params: string[] = [];
  let group = '';
  for (const [key, raw] of Object.entries(rawParams)) {
    if (key.toLowerCase() === 'group') {
      group = String(raw);
      continue;
    }
    const list = (Array.isArray(raw) ? raw : [raw]).map(String);
    params.push(`${key.toUpperCase()}=${list.map(formatParamValue).join(',')}`);
  }
  const defaultType = DEFAULT_VALUE_TYPES[name] ?? 'text';
  if (type !== 'unknown' && type.toLowerCase() !== defaultType) params.push(`VALUE=${type}`);
  const value = values.map(valueToText).join(',');
  return `${group ? `${group}.` : ''}${name}${params.map((p) => `;${p}`).join('')}:${value}`;
}

function cardsOf(json: unknown): unknown[] {
  if (Array.isArray(json) && json[0] === 'vcard') return [json];
  if (Array.isArray(json)) return json;
  return [json];
}

async function readAll(source: ByteSource): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function decodeJson(bytes: Buffer): string {
  const { encoding, bomLength } = sniffFileEncoding(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding === 'utf-16le') return body.toString('utf16le');
  if (encoding === 'utf-16be') return Buffer.from(body.subarray(0, body.length - (body.length % 2))).swap16().toString('utf16le');
  return body.toString('utf8');
}

export async function* readJcardRecords(source: ByteSource, options: { fileName?: string } = {}): AsyncGenerator<ReaderOutput> {
  const file = options.fileName ? { file: options.fileName } : {};
  let json: unknown;
  try {
    json = JSON.parse(decodeJson(await readAll(source)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    yield { kind: 'failed', index: 0, line: 1, issue: { ...file, line: 1, reason: `The file is not valid jCard JSON (${message}).`, severity: 'error' } };
    return;
  }
  let index = 0;
  for (const card of cardsOf(json)) {
    if (!Array.isArray(card) || card[0] !== 'vcard' || !Array.isArray(card[1])) {
      yield { kind: 'failed', index, line: 1, issue: { ...file, line: 1, reason: 'This entry is not a jCard (["vcard", [...]]).', severity: 'error' } };
      index++;
      continue;
    }
    const lines: LogicalLine[] = (card[1] as unknown[])
      .filter(isProperty)
      .map((property) => ({ text: bytesToByteText(Buffer.from(jcardPropertyToLine(property), 'utf8')), line: 1 }));
    // The text is UTF-8 we made ourselves: treat it like a UTF-16 file (charsets ignored).
    const result = mapCardSafely(lines, 1, 'utf-16le');
    yield toReaderOutput(result, index++, 1, [], options.fileName);
  }
}

function jcardValue(name: string, text: string): JcardValue[] {
  if (STRUCTURED.has(name)) {
    const components = splitStructured(text, '4.0').map((items) => (items.length === 1 ? (items[0] ?? '') : items));
    return [components];
  }
  if (LISTS.has(name)) return splitList(text, '4.0');
  return [unescapeText(text, '4.0')];
}

/** Writes a contact as jCard JSON, from the same lines the vCard 4.0 writer makes. */
export function writeJcard(contact: WritableContact, options: Pick<WriteVcardOptions, 'relatedUid'> = {}): string {
  const text = writeVcard(contact, { ...options, version: '4.0' }).replace(/\r\n[ \t]/g, '');
  const properties: JcardProperty[] = [];
  for (const line of text.split('\r\n')) {
    const parsed = line ? parseContentLine(bytesToByteText(Buffer.from(line, 'utf8'))) : null;
    if (!parsed || parsed.name === 'BEGIN' || parsed.name === 'END') continue;
    const params: Record<string, string | string[]> = {};
    let type = DEFAULT_VALUE_TYPES[parsed.name] ?? (parsed.name.startsWith('X-') ? 'unknown' : 'text');
    for (const [key, values] of parsed.params) {
      if (key === 'VALUE') type = (values[0] ?? type).toLowerCase();
      else params[key.toLowerCase()] = values.length === 1 ? (values[0] ?? '') : values;
    }
    if (parsed.group) params.group = parsed.group;
    const value = Buffer.from(parsed.value, 'latin1').toString('utf8');
    properties.push([parsed.name.toLowerCase(), params, type, ...jcardValue(parsed.name, value)]);
  }
  const jcard: Jcard = ['vcard', properties];
  return JSON.stringify(jcard);
}
