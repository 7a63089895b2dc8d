/**
 * Tells a jCard (JSON) file from a vCard text file by its first bytes, so the import
 * pipeline can pick the reader. BOMs, UTF-16 and leading whitespace are looked through.
 */
import { Buffer } from 'node:buffer';
import { sniffFileEncoding } from './physical-lines';

export type VcardKind = 'vcard' | 'jcard';

export function detectVcardKind(firstBytes: Uint8Array): VcardKind {
  const { encoding, bomLength } = sniffFileEncoding(firstBytes);
  const body = Buffer.from(firstBytes.subarray(bomLength));
  const text =
    encoding === 'utf-16le' ? body.toString('utf16le') : encoding === 'utf-16be' ? Buffer.from(body.subarray(0, body.length - (body.length % 2))).swap16().toString('utf16le') : body.toString('latin1');
  return /^\s*[[{]/.test(text) ? 'jcard' : 'vcard';
}
