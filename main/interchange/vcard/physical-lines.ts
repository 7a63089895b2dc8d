/**
 * Splits a stream of bytes into physical lines without ever holding the whole file.
 * Line ends: CRLF, LF, CR, and CR CR LF (written by tools that convert LF to CRLF twice).
 * UTF-16 files (with or without BOM) are transcoded to UTF-8 on the fly, so the rest of
 * the reader only ever deals with 8-bit text; a UTF-8 BOM is dropped.
 */
import { Buffer } from 'node:buffer';
import type { ByteSource } from '../record';
import { bytesToByteText } from './byte-text';

export interface PhysicalLine {
  /** The line as byte text (one char per byte), without its line end. */
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

/** `utf-8-bom`: 8-bit text whose BOM says UTF-8; `bytes`: 8-bit text of unknown charset. */
export type FileEncoding = 'bytes' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** Looks at the first bytes of a file: BOM, or the zero-byte pattern of BOM-less UTF-16. */
export function sniffFileEncoding(head: Uint8Array): { encoding: FileEncoding; bomLength: number } {
  const [a, b, c] = head;
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8-bom', bomLength: 3 };
  if (head.length >= 4) {
    if (a === 0 && b !== 0 && head[2] === 0 && head[3] !== 0) return { encoding: 'utf-16be', bomLength: 0 };
    if (a !== 0 && b === 0 && head[2] !== 0 && head[3] === 0) return { encoding: 'utf-16le', bomLength: 0 };
  }
  return { encoding: 'bytes', bomLength: 0 };
}

async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  for await (const chunk of source as AsyncIterable<Uint8Array>) {
    if (chunk.length > 0) yield chunk;
  }
}

/** Gathers at least 4 bytes (or the whole source if shorter) so the encoding can be sniffed. */
async function* withEncoding(
  source: ByteSource,
  onEncoding: (encoding: FileEncoding) => void,
): AsyncGenerator<Uint8Array> {
  const iterator = chunksOf(source);
  let head = new Uint8Array(0);
  let done = false;
  while (head.length < 4) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head = Buffer.concat([head, next.value]);
  }
  const { encoding, bomLength } = sniffFileEncoding(head);
  onEncoding(encoding);
  const decoder = encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding) : null;
  const convert = (chunk: Uint8Array, stream: boolean): Uint8Array =>
    decoder ? Buffer.from(decoder.decode(chunk, { stream }), 'utf8') : chunk;
  yield convert(head.subarray(bomLength), !done);
  if (!done) {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield convert(next.value, true);
    }
    if (decoder) yield convert(new Uint8Array(0), false);
  }
}

const CR = 0x0d;
const LF = 0x0a;

export async function* readPhysicalLines(
  source: ByteSource,
  onEncoding: (encoding: FileEncoding) => void = () => {},
): AsyncGenerator<PhysicalLine> {
  let pending: Uint8Array = new Uint8Array(0);
  let lineNumber = 0;
  for await (const chunk of withEncoding(source, onEncoding)) {
    const buffer = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    let i = 0;
    while (i < buffer.length) {
      const byte = buffer[i];
      if (byte !== CR && byte !== LF) {
        i++;
        continue;
      }
      let end = i + 1;
      if (byte === CR) {
        // Need to see what follows a CR before deciding how long the line end is.
        if (end >= buffer.length) break;
        if (buffer[end] === LF) end++;
        else if (buffer[end] === CR) {
          if (end + 1 >= buffer.length) break;
          if (buffer[end + 1] === LF) end += 2;
        }
      }
      lineNumber++;
      yield { text: bytesToByteText(buffer.subarray(start, i)), line: lineNumber };
      start = end;
      i = end;
    }
    pending = buffer.subarray(start);
  }
  // What is left has no line end (or ends with a lone CR / CR CR).
  let rest = bytesToByteText(pending);
  const trailingBreaks = /\r\r?$/.exec(rest);
  if (trailingBreaks) {
    rest = rest.slice(0, trailingBreaks.index);
    lineNumber++;
    yield { text: rest, line: lineNumber };
    if (trailingBreaks[0] === '\r\r') {
      lineNumber++;
      yield { text: '', line: lineNumber };
    }
  } else if (rest.length > 0) {
    lineNumber++;
    yield { text: rest, line: lineNumber };
  }
}
