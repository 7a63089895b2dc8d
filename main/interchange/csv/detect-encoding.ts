/**
 * Which character encoding a CSV file uses, judged from its first bytes. Exporters rarely
 * say: Google writes UTF-8 with a BOM, Excel "Unicode text" writes UTF-16LE, old Outlook and
 * Thunderbird write the Windows code page. When nothing else fits, Windows-1252 is the
 * safest guess because every byte sequence decodes.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedEncoding {
  encoding: CsvEncoding;
  /** Bytes of byte-order mark at the start (0 when none). */
  bomLength: number;
}

export function detectEncoding(firstBytes: Uint8Array): DetectedEncoding {
  const [b0, b1, b2] = firstBytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = detectUtf16ByNulPattern(firstBytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: isValidUtf8Prefix(firstBytes) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/**
 * Text in UTF-16 without a BOM still gives itself away: mostly-ASCII content (headers,
 * delimiters, e-mail addresses) has a NUL in every other byte, on the odd side for LE.
 */
function detectUtf16ByNulPattern(bytes: Uint8Array): CsvEncoding | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (sample < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const pairs = sample / 2;
  if (oddNuls >= pairs * 0.3 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls >= pairs * 0.3 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Strict UTF-8 check of a sample. A multi-byte sequence cut off by the end of the sample is
 * accepted, because the sample is usually the first chunk of a longer file.
 */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let continuation: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [continuation, min] = [1, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [continuation, min] = [2, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [continuation, min] = [3, 0x10000];
    else return false;
    let codePoint = lead & (0x3f >> continuation);
    for (let k = 1; k <= continuation; k++) {
      if (i + k >= bytes.length) return true; // cut by the sample's end
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return false;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return false;
    i += continuation + 1;
  }
  return true;
}
