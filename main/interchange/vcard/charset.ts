/**
 * Turns a value's bytes into text. A declared CHARSET wins when TextDecoder knows it;
 * otherwise the bytes are sniffed: valid UTF-8 first, else Windows-1252 (what Outlook and
 * Windows Contacts write without saying so). Every guess is reported to the caller.
 */
import { TextDecoder } from 'node:util';
import { byteTextToBytes, isAscii } from './byte-text';
import { decodeWindows1252 } from './windows-1252';

export interface DecodedText {
  text: string;
  /** Set when the charset was not declared (or was unusable) and had to be guessed. */
  guessed?: 'utf-8' | 'windows-1252';
  /** A declared charset that TextDecoder does not know (e.g. `CHARSET=Murks`). */
  unknownCharset?: string;
  /** Declared UTF-8 whose bytes were not UTF-8. */
  invalidDeclared?: string;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const decoders = new Map<string, TextDecoder | null>();

function decoderFor(label: string): TextDecoder | null {
  const key = label.trim().toLowerCase();
  if (!decoders.has(key)) {
    try {
      decoders.set(key, new TextDecoder(key));
    } catch {
      decoders.set(key, null);
    }
  }
  return decoders.get(key) ?? null;
}

/** Whether a bare 2.1 parameter such as `;UTF-8` names a charset. */
export function isCharsetLabel(word: string): boolean {
  return /^[a-z][a-z0-9_:.-]*$/i.test(word) && /\d|_|^(ascii|latin1|us-ascii|gbk|euc-jp|euc-kr)$/i.test(word) && decoderFor(word) !== null;
}

const utf8Lenient = new TextDecoder('utf-8');

/**
 * Text that is mostly UTF-8 with a stray bad byte (Android's test card has one) reads
 * better as UTF-8 with a replacement character than as Windows-1252 mojibake.
 */
function mostlyUtf8(bytes: Uint8Array): string | null {
  const text = utf8Lenient.decode(bytes);
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f\uFFFD]/.test(text) ? text : null;
}

function sniff(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8Strict.decode(bytes), guessed: 'utf-8' };
  } catch {
    const lenient = mostlyUtf8(bytes);
    if (lenient !== null) return { text: lenient, guessed: 'utf-8', invalidDeclared: 'UTF-8' };
    return { text: decodeWindows1252(bytes), guessed: 'windows-1252' };
  }
}

/**
 * @param byteText the value as byte text (after QP decoding)
 * @param declared the CHARSET parameter, if any
 * @param utf8Declared the file started with a UTF-8 BOM, which declares undeclared text UTF-8
 * @param fileIsUnicode the file was UTF-16 and has been transcoded to UTF-8, so any
 *   declared charset describes the original file, not these bytes
 */
export function decodeByteText(byteText: string, declared: string | undefined, fileIsUnicode: boolean, utf8Declared = false): DecodedText {
  if (isAscii(byteText)) return { text: byteText };
  const bytes = byteTextToBytes(byteText);
  if (fileIsUnicode) return { text: new TextDecoder('utf-8').decode(bytes) };
  if (declared) {
    const decoder = decoderFor(declared);
    if (!decoder) return { ...sniff(bytes), unknownCharset: declared };
    if (decoder.encoding === 'utf-8') {
      try {
        return { text: utf8Strict.decode(bytes) };
      } catch {
        const lenient = mostlyUtf8(bytes);
        if (lenient !== null) return { text: lenient, invalidDeclared: declared };
        return { text: decodeWindows1252(bytes), guessed: 'windows-1252', invalidDeclared: declared };
      }
    }
    // WHATWG maps ISO-8859-1 and ASCII labels to windows-1252 too.
    return { text: decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes) };
  }
  const sniffed = sniff(bytes);
  return utf8Declared && sniffed.guessed === 'utf-8' && !sniffed.invalidDeclared ? { text: sniffed.text } : sniffed;
}
