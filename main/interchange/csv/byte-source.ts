/**
 * Layout detection needs the first bytes before parsing starts, but the source is a stream
 * that can be read only once. peekBytes reads just enough, then hands back a stream that
 * replays those chunks before continuing with the rest.
 */
import type { ByteSource } from '../record';

export interface PeekedSource {
  head: Uint8Array;
  /** True when the head is the whole file. */
  complete: boolean;
  chunks: AsyncIterable<Uint8Array>;
}

export async function peekBytes(source: ByteSource, wanted: number): Promise<PeekedSource> {
  const iterator: AsyncIterator<Uint8Array> | Iterator<Uint8Array> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const buffered: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  while (size < wanted) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    buffered.push(next.value);
    size += next.value.length;
  }
  const head = new Uint8Array(size);
  let offset = 0;
  for (const chunk of buffered) {
    head.set(chunk, offset);
    offset += chunk.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    try {
      yield* buffered;
      if (complete) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // Stopping early (a preview) must still close a file stream underneath.
      if (!complete) await iterator.return?.();
    }
  }
  return { head, complete, chunks: replay() };
}
