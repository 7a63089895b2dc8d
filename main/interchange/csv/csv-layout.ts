/**
 * What a CSV file looks like before any row is mapped: encoding, delimiter, header row and
 * dialect, all judged from its first bytes.
 */
import Papa from 'papaparse';
import type { ColumnMapping, CsvDialect } from '../../../shared/domain/column-mapping';
import { buildMappingFromHeaders } from './build-mapping';
import { buildMappingFromContent, firstRowLooksLikeData } from './content-sniffing';
import { createChunkDecoder } from './decode-text';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter';
import { detectEncoding, type CsvEncoding } from './detect-encoding';
import { detectDialect } from './dialects/detect-dialect';

export interface CsvLayout {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  hasHeader: boolean;
  dialect: CsvDialect;
}

/** How much of a file layout detection looks at. */
export const SNIFF_BYTES = 64 * 1024;
const SNIFF_ROWS = 50;

export interface CsvSniff {
  layout: CsvLayout;
  /** Header cells as read ([] when there is none). */
  headers: string[];
  /** The first data rows (a row cut by the end of the sample is left out). */
  sampleRows: string[][];
  mapping: ColumnMapping;
}

export interface LayoutOverrides {
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  hasHeader?: boolean;
}

export function sniffCsv(firstBytes: Uint8Array, complete: boolean, overrides: LayoutOverrides = {}): CsvSniff {
  const encoding = overrides.encoding ?? detectEncoding(firstBytes).encoding;
  const decoder = createChunkDecoder(encoding);
  let text = decoder.decode(firstBytes);
  if (complete) text += decoder.flush();
  text = text.replace(/^\uFEFF/, '');
  const delimiter = overrides.delimiter ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"', preview: SNIFF_ROWS + 1 });
  let rows = parsed.data.filter((row) => !(row.length === 1 && (row[0] ?? '').trim() === ''));
  // Unless the sample is the whole file, its last row may be cut short.
  if (!complete && rows.length > 1 && parsed.data.length <= SNIFF_ROWS) rows = rows.slice(0, -1);
  const firstRow = rows[0] ?? [];
  const hasHeader = overrides.hasHeader ?? !firstRowLooksLikeData(firstRow);
  if (hasHeader) {
    const dialect = detectDialect(firstRow);
    return {
      layout: { encoding, delimiter, hasHeader, dialect },
      headers: firstRow,
      sampleRows: rows.slice(1),
      mapping: buildMappingFromHeaders(firstRow, dialect),
    };
  }
  const mapping = buildMappingFromContent(rows);
  return { layout: { encoding, delimiter, hasHeader, dialect: mapping.dialect }, headers: [], sampleRows: rows, mapping };
}

/** Layout of a file from its first bytes (64 KiB is plenty; less works for small files). */
export function detectCsvLayout(firstBytes: Uint8Array): CsvLayout {
  return sniffCsv(firstBytes, firstBytes.length < SNIFF_BYTES).layout;
}
