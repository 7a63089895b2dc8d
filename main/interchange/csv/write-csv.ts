/**
 * CSV export. A writer is a header line plus one line per contact, so the export service
 * can stream rows from the database; writeCsv is the convenience that builds one string.
 * The text is encoded separately (encodeCsvText): UTF-8 with a BOM, which Excel needs to
 * see UTF-8, or Windows-1252 for old Outlook.
 */
import { csvLine } from './writers/csv-cell';
import { measureCsvShape, type CsvColumn, type CsvShape, type ExportContact } from './writers/export-contact';
import { googleColumns } from './writers/google-columns';
import { outlookColumns } from './writers/outlook-columns';
import { rapportColumns } from './writers/rapport-columns';
import { encodeWindows1252 } from './windows-1252';

export type CsvExportLayout = 'google' | 'outlook' | 'rapport';

export interface CsvWriter {
  columns: readonly CsvColumn[];
  header(): string;
  row(contact: ExportContact): string;
}

/**
 * `shape` says how many numbered groups (e-mails, phones, …) to write; take it from
 * measureCsvShape or from the database's maximum counts. Entries beyond it are not written.
 */
export function createCsvWriter(layout: CsvExportLayout, shape: CsvShape): CsvWriter {
  const columns = layout === 'google' ? googleColumns(shape) : layout === 'outlook' ? outlookColumns() : rapportColumns(shape);
  return {
    columns,
    header: () => csvLine(columns.map((column) => column.header)),
    row: (contact) => csvLine(columns.map((column) => column.cell(contact))),
  };
}

export function writeCsv(contacts: readonly ExportContact[], options: { layout: CsvExportLayout }): string {
  const writer = createCsvWriter(options.layout, measureCsvShape(contacts));
  return writer.header() + contacts.map((contact) => writer.row(contact)).join('');
}

export type CsvOutputEncoding = 'utf-8' | 'windows-1252';

export interface EncodedCsv {
  bytes: Uint8Array;
  /** Characters written as `?` because Windows-1252 has no byte for them (0 for UTF-8). */
  unmappable: number;
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export function encodeCsvText(text: string, encoding: CsvOutputEncoding = 'utf-8'): EncodedCsv {
  if (encoding === 'windows-1252') return encodeWindows1252(text);
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM);
  bytes.set(body, UTF8_BOM.length);
  return { bytes, unmappable: 0 };
}
