/**
 * Bytes to text, chunk by chunk, so a large file is never held whole. Two things can be cut
 * by a chunk boundary and must be stitched: a multi-byte character (TextDecoder's `stream`
 * mode keeps the partial bytes) and a CRLF pair (a trailing CR is held back one chunk).
 *
 * Line breaks are normalised to LF here, once, so that CRLF, LF and classic-Mac CR files
 * (and files that mix them) parse alike and line numbers count the same way. A side effect:
 * a line break inside a quoted value also becomes LF, which is what Rapport stores anyway.
 */
import type { CsvEncoding } from './detect-encoding';
import { decodeWindows1252 } from './windows-1252';

export interface ChunkDecoder {
  decode(bytes: Uint8Array): string;
  /** Whatever is pending at the end of the input. */
  flush(): string;
}

export function createChunkDecoder(encoding: CsvEncoding): ChunkDecoder {
  const toText = createRawDecoder(encoding);
  let heldCarriageReturn = false;
  const normalise = (text: string, final: boolean): string => {
    let joined = heldCarriageReturn ? `\r${text}` : text;
    heldCarriageReturn = false;
    if (!final && joined.endsWith('\r')) {
      heldCarriageReturn = true;
      joined = joined.slice(0, -1);
    }
    return joined.replace(/\r\n?/g, '\n');
  };
  return {
    decode: (bytes) => normalise(toText.decode(bytes), false),
    flush: () => normalise(toText.flush(), true),
  };
}

function createRawDecoder(encoding: CsvEncoding): ChunkDecoder {
  if (encoding === 'windows-1252') {
    // Single-byte: nothing can be split across chunks.
    return { decode: decodeWindows1252, flush: () => '' };
  }
  // ignoreBOM false (the default) drops a leading BOM of the detected encoding.
  const decoder = new TextDecoder(encoding);
  return {
    decode: (bytes) => decoder.decode(bytes, { stream: true }),
    flush: () => decoder.decode(),
  };
}

export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: CsvEncoding): AsyncGenerator<string> {
  const decoder = createChunkDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk);
    if (text) yield text;
  }
  const rest = decoder.flush();
  if (rest) yield rest;
}
