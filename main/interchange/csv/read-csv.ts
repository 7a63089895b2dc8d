/**
 * The streaming CSV reader: bytes in, one ReaderOutput per data row out, never the whole
 * file in memory. Layout (encoding, delimiter, header, dialect) is judged from the first
 * 64 KiB; the rows are then parsed chunk by chunk.
 */
import type { ContactDraft } from '../../../shared/domain/contact';
import type { ByteSource, ImportIssue, ReaderOutput } from '../record';
import { mapRow } from './apply-mapping';
import { buildMappingFromHeaders, columnLabel } from './build-mapping';
import { peekBytes } from './byte-source';
import { ColumnMappingSchema, CsvDialectSchema, type ColumnMapping, type ColumnMappingInput, type CsvDialect } from '../../../shared/domain/column-mapping';
import { SNIFF_BYTES, sniffCsv, type CsvLayout, type CsvSniff, type LayoutOverrides } from './csv-layout';
import { parseCsvRows, type CsvRow } from './csv-rows';
import { decodeChunks } from './decode-text';

export interface ReadCsvOptions extends LayoutOverrides {
  /** Basename shown in issues. */
  fileName?: string;
  /** `auto` (default) detects; a dialect name forces that dialect's header names; a mapping is used as is. */
  mapping?: ColumnMappingInput | ColumnMapping | 'auto' | CsvDialect;
}

export interface OpenedCsv {
  layout: CsvLayout;
  headers: string[];
  mapping: ColumnMapping;
  sniff: CsvSniff;
  /** Data rows only (the header row, if any, is consumed). */
  rows: AsyncGenerator<CsvRow>;
}

function resolveMapping(sniff: CsvSniff, requested: ReadCsvOptions['mapping']): ColumnMapping {
  if (requested === undefined || requested === 'auto') return sniff.mapping;
  if (typeof requested === 'string') {
    const dialect = CsvDialectSchema.parse(requested);
    return sniff.layout.hasHeader ? buildMappingFromHeaders(sniff.headers, dialect) : { ...sniff.mapping, dialect };
  }
  return ColumnMappingSchema.parse(requested);
}

/** Detects the layout and prepares the row stream; shared by the reader and the preview. */
export async function openCsv(source: ByteSource, options: ReadCsvOptions = {}): Promise<OpenedCsv> {
  const peeked = await peekBytes(source, SNIFF_BYTES);
  const sniff = sniffCsv(peeked.head, peeked.complete, options);
  const mapping = resolveMapping(sniff, options.mapping);
  const layout: CsvLayout = { ...sniff.layout, dialect: mapping.dialect };
  const allRows = parseCsvRows(decodeChunks(peeked.chunks, layout.encoding), layout.delimiter);
  async function* dataRows(): AsyncGenerator<CsvRow> {
    let headerPending = layout.hasHeader;
    for await (const row of allRows) {
      if (isBlankLine(row.cells)) continue;
      if (headerPending) {
        headerPending = false;
        continue;
      }
      yield splitMixedTabRow(row, layout.delimiter, mapping.columns.length);
    }
  }
  return { layout, headers: sniff.headers, mapping, sniff, rows: dataRows() };
}

/**
 * Some files mix delimiters (Thunderbird's tests have comma rows and tab rows in one file):
 * a lone cell full of tabs in a file of several columns is a tab-separated row.
 */
function splitMixedTabRow(row: CsvRow, delimiter: string, width: number): CsvRow {
  const [only] = row.cells;
  if (delimiter === '\t' || width < 2 || row.cells.length !== 1 || only === undefined || !only.includes('\t')) return row;
  return { ...row, cells: only.split('\t') };
}

/** An empty line (often the last one) is not a record at all. */
function isBlankLine(cells: readonly string[]): boolean {
  return cells.length <= 1 && (cells[0] ?? '').trim() === '';
}

function hasContent(draft: ContactDraft): boolean {
  const texts = [
    draft.prefix, draft.given, draft.middle, draft.family, draft.suffix, draft.displayName, draft.nickname,
    draft.phoneticGiven, draft.phoneticMiddle, draft.phoneticFamily, draft.notes, draft.organizationName, draft.title,
    draft.department,
  ];
  // Kept vCard lines and a UID count: a card whose only content Rapport could not model
  // (an unreadable BDAY) is still that contact when its Rapport CSV export is read back.
  const lists = [draft.emails, draft.phones, draft.addresses, draft.urls, draft.ims, draft.related, draft.customFields, draft.tags, draft.vcardExtras];
  return (
    draft.vcardUid !== null ||
    texts.some((text) => text.trim() !== '') ||
    lists.some((list) => list.length > 0) ||
    draft.birthday !== null ||
    draft.anniversary !== null ||
    draft.photo !== null ||
    draft.favorite
  );
}

function isIdentifiable(draft: ContactDraft): boolean {
  return (
    [draft.given, draft.family, draft.middle, draft.displayName, draft.nickname, draft.organizationName].some((text) => text.trim() !== '') ||
    draft.emails.length > 0 ||
    draft.phones.length > 0
  );
}

/** Turns one data row into a record; exported for the preview, which maps rows the same way. */
export function rowToRecord(row: CsvRow, index: number, mapping: ColumnMapping, fileName: string | undefined): ReaderOutput {
  const issue = (reason: string, severity: ImportIssue['severity'], field?: string): ImportIssue => ({
    ...(fileName !== undefined ? { file: fileName } : {}),
    line: row.line,
    ...(field !== undefined ? { field } : {}),
    reason,
    severity,
  });
  if (row.cells.every((cell) => cell.trim() === '')) {
    return { kind: 'failed', index, line: row.line, issue: issue('the row has no values', 'error') };
  }
  let mapped;
  try {
    mapped = mapRow(row.cells, mapping);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', index, line: row.line, issue: issue(`the row could not be read as a contact: ${message}`, 'error') };
  }
  if (!hasContent(mapped.draft)) {
    return { kind: 'failed', index, line: row.line, issue: issue('nothing usable in this row: every mapped column is empty or ignored', 'error') };
  }
  const warnings = mapped.warnings.map((warning) => issue(warning.reason, 'warning', warning.field));
  const expected = mapping.headers.length || mapping.columns.length;
  if (expected > 0 && row.cells.length !== expected) {
    const extra = row.cells.slice(expected).filter((cell) => cell.trim() !== '').length;
    const reason =
      row.cells.length < expected
        ? `the row has ${row.cells.length} cells where the header has ${expected}; the missing ones were read as empty`
        : `the row has ${row.cells.length} cells where the header has ${expected}` +
          (extra > 0 ? `; the extra ones were kept as custom fields (${columnLabel([], expected)} onwards)` : '');
    if (row.cells.length < expected || extra > 0) warnings.push(issue(reason, 'warning'));
  }
  if (!isIdentifiable(mapped.draft)) {
    warnings.push(issue('the row has no name, organization, e-mail or phone', 'warning'));
  }
  return { kind: 'record', index, line: row.line, draft: mapped.draft, warnings };
}

export async function* readCsvRecords(source: ByteSource, options: ReadCsvOptions = {}): AsyncGenerator<ReaderOutput> {
  const opened = await openCsv(source, options);
  let index = 0;
  for await (const row of opened.rows) {
    yield rowToRecord(row, index++, opened.mapping, options.fileName);
  }
}
