/**
 * Windows-1252 by hand. Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x80-0x9F
 * come out as C1 control characters instead of € ‚ ƒ …), so neither direction can be left to
 * the platform. The table below is the 0x80-0x9F block; every other byte equals its code point.
 */

/** Code points of bytes 0x80-0x9F; undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves, as WHATWG does. */
const HIGH_BLOCK: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

const BYTE_FOR_CODE_POINT = new Map<number, number>();
for (let byte = 0; byte < 256; byte++) {
  const codePoint = byte >= 0x80 && byte <= 0x9f ? (HIGH_BLOCK[byte - 0x80] ?? byte) : byte;
  BYTE_FOR_CODE_POINT.set(codePoint, byte);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // String.fromCharCode over slices keeps this fast without building one huge argument list.
  const SLICE = 8192;
  for (let start = 0; start < bytes.length; start += SLICE) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + SLICE);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] ?? 0;
      codes.push(byte >= 0x80 && byte <= 0x9f ? (HIGH_BLOCK[byte - 0x80] ?? byte) : byte);
    }
    text += String.fromCharCode(...codes);
  }
  return text;
}

export interface Windows1252Result {
  bytes: Uint8Array;
  /** How many characters had no Windows-1252 byte and were written as `?`. */
  unmappable: number;
}

/** For old Outlook, which reads CSV as Windows-1252: what cannot be written becomes `?`, counted. */
export function encodeWindows1252(text: string): Windows1252Result {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  let unmappable = 0;
  for (const character of text) {
    const byte = BYTE_FOR_CODE_POINT.get(character.codePointAt(0) ?? 0x3f);
    if (byte === undefined) {
      unmappable++;
      bytes[length++] = 0x3f;
    } else {
      bytes[length++] = byte;
    }
  }
  return { bytes: bytes.slice(0, length), unmappable };
}
