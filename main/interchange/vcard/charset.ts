/**
 * Turns a value's bytes into text. A declared CHARSET wins when TextDecoder knows it;
 * otherwise the bytes are sniffed: valid UTF-8 first, else Windows-1252 (what Outlook and
 * Windows Contacts write without saying so). Every guess is reported to the caller.
 */
import { byteTextToBytes, isAscii } from './byte-text';

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

function sniff(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8Strict.decode(bytes), guessed: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), guessed: 'windows-1252' };
  }
}

/**
 * @param byteText the value as byte text (after QP decoding)
 * @param declared the CHARSET parameter, if any
 * @param fileIsUnicode the file was UTF-16 and has been transcoded to UTF-8, so any
 *   declared charset describes the original file, not these bytes
 */
export function decodeByteText(byteText: string, declared: string | undefined, fileIsUnicode: boolean): DecodedText {
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
        return { text: new TextDecoder('windows-1252').decode(bytes), guessed: 'windows-1252', invalidDeclared: declared };
      }
    }
    return { text: decoder.decode(bytes) };
  }
  return sniff(bytes);
}
