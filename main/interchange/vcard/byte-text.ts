/**
 * "Byte text": a JS string holding one char per byte (latin1). The reader does its
 * structural work (splitting lines, params, QP) on byte text so that a value's bytes
 * reach the charset decoder untouched, whatever the file's encoding turns out to be.
 */
import { Buffer } from 'node:buffer';

export function bytesToByteText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function byteTextToBytes(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

/** True when every byte is 7-bit, i.e. no charset question arises. */
export function isAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text);
}
