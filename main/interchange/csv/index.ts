/** CSV import and export of contacts: the public face of main/interchange/csv. */
export {
  ColumnMappingSchema,
  ColumnTargetSchema,
  CsvDialectSchema,
  CSV_DIALECTS,
  type ColumnMapping,
  type ColumnMappingInput,
  type ColumnTarget,
  type CsvDialect,
  type DateOrder,
} from '../../../shared/domain/column-mapping';
export { detectCsvLayout, type CsvLayout } from './csv-layout';
export { detectEncoding, type CsvEncoding } from './detect-encoding';
export { detectDelimiter, type CsvDelimiter } from './detect-delimiter';
export { buildMappingFromHeaders } from './build-mapping';
export { applyMapping, mapRow, type MappedRow } from './apply-mapping';
export { inspectCsv, type CsvInspection, type CsvColumnPreview, type InspectCsvOptions } from './inspect-csv';
export { readCsvRecords, type ReadCsvOptions } from './read-csv';
export { neutralizeFormula, restoreNeutralizedFormula } from './formula-guard';
export { encodeWindows1252, decodeWindows1252, type Windows1252Result } from './windows-1252';
export {
  createCsvWriter,
  encodeCsvText,
  writeCsv,
  type CsvExportLayout,
  type CsvOutputEncoding,
  type CsvWriter,
  type EncodedCsv,
} from './write-csv';
export { measureCsvShape, type CsvShape, type ExportContact } from './writers/export-contact';
