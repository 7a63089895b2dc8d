/**
 * What the mapping screen shows before an import: the detected layout, each column with a
 * few sample values, the detected mapping, and the first rows as they would be stored.
 */
import type { ByteSource, ReaderOutput } from '../record';
import type { ColumnMapping } from '../../../shared/domain/column-mapping';
import type { CsvLayout } from './csv-layout';
import { openCsv, rowToRecord, type ReadCsvOptions } from './read-csv';

export interface CsvColumnPreview {
  index: number;
  /** The header cell, or '' in a file without a header row. */
  header: string;
  /** The first 5 non-empty values of the column. */
  samples: string[];
}

export interface CsvInspection {
  layout: CsvLayout;
  columns: CsvColumnPreview[];
  mapping: ColumnMapping;
  /** The first rows mapped (records and failures, with their issues). */
  preview: ReaderOutput[];
}

export interface InspectCsvOptions extends ReadCsvOptions {
  /** How many rows to map for the preview (default 20). */
  previewRows?: number;
  /** How many rows to look through for column samples (default 200). */
  sampleRows?: number;
}

const SAMPLES_PER_COLUMN = 5;

export async function inspectCsv(source: ByteSource, options: InspectCsvOptions = {}): Promise<CsvInspection> {
  const opened = await openCsv(source, options);
  const previewRows = options.previewRows ?? 20;
  const sampleRows = Math.max(options.sampleRows ?? 200, previewRows);
  const samples: string[][] = opened.headers.map(() => []);
  const preview: ReaderOutput[] = [];
  let index = 0;
  for await (const row of opened.rows) {
    row.cells.forEach((cell, column) => {
      const list = (samples[column] ??= []);
      if (list.length < SAMPLES_PER_COLUMN && cell.trim() !== '') list.push(cell);
    });
    if (index < previewRows) preview.push(rowToRecord(row, index, opened.mapping, options.fileName));
    index++;
    if (index >= sampleRows) break;
  }
  const width = Math.max(samples.length, opened.mapping.columns.length);
  const columns = Array.from({ length: width }, (_, column) => ({
    index: column,
    header: opened.headers[column] ?? '',
    samples: samples[column] ?? [],
  }));
  return { layout: opened.layout, columns, mapping: opened.mapping, preview };
}
