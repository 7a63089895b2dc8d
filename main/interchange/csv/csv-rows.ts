/**
 * Text chunks to rows, with papaparse's low-level Parser doing the CSV work. Each chunk is
 * parsed with "ignore the last row", so a row cut by the chunk boundary (even inside a
 * quoted value) waits for the next chunk, the way papaparse's own ChunkStreamer does it.
 * Input line breaks are LF only (decode-text.ts), so a row's line number is one plus the
 * LFs before it, quoted ones included.
 */
import Papa from 'papaparse';
import type { CsvDelimiter } from './detect-delimiter';

export interface CsvRow {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
}

interface PendingRow {
  cells: string[];
  /** Offset just past the row's line break in the text given to parse(). */
  end: number;
}

function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

function toCells(data: unknown): string[] {
  // The raw Parser hands `step` a result whose data holds the one row.
  const row: unknown = Array.isArray(data) && Array.isArray(data[0]) ? data[0] : data;
  return Array.isArray(row) ? row.map((cell) => (typeof cell === 'string' ? cell : String(cell))) : [];
}

export async function* parseCsvRows(chunks: AsyncIterable<string>, delimiter: CsvDelimiter): AsyncGenerator<CsvRow> {
  let pending: PendingRow[] = [];
  const parser = new Papa.Parser({
    delimiter,
    newline: '\n',
    quoteChar: '"',
    step: (result) => {
      pending.push({ cells: toCells(result.data), end: result.meta.cursor });
    },
  });
  let carried = '';
  let line = 1;

  function* drain(text: string): Generator<CsvRow> {
    let previousEnd = 0;
    const rows = pending;
    pending = [];
    for (const row of rows) {
      const startLine = line;
      line += countLineFeeds(text, previousEnd, row.end);
      previousEnd = row.end;
      yield { cells: row.cells, line: startLine };
    }
  }

  for await (const chunk of chunks) {
    const text = carried + chunk;
    const result: { meta: { cursor: number } } = parser.parse(text, 0, true);
    yield* drain(text);
    carried = text.slice(result.meta.cursor);
  }
  if (carried !== '') {
    parser.parse(carried, 0, false);
    yield* drain(carried);
  }
}
