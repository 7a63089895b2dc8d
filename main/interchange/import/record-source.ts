/**
 * Opens a file as a stream of records with the right reader. The file is read in chunks,
 * so a 100k-contact file is never held whole in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportFormat } from '../../../shared/domain/imports';
import { RapportError } from '../../../shared/domain/errors';
import type { ByteSource, ReaderOutput } from '../record';
import { readCsvRecords, type ColumnMapping, type CsvDialect } from '../csv/index';
import { readJcardRecords, readVcardRecords } from '../vcard/index';
import { detectImportFormat } from './detect-format';

const CHUNK_BYTES = 256 * 1024;

export function readFileHead(filePath: string, bytes = 64 * 1024): Uint8Array {
  let handle: number | undefined;
  try {
    handle = fs.openSync(filePath, 'r');
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(handle, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } catch (error) {
    throw new RapportError('FILE_UNREADABLE', `Cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`, { field: 'path' });
  } finally {
    if (handle !== undefined) fs.closeSync(handle);
  }
}

/** The file's bytes, counted as they are read so progress can say how far along it is. */
export async function* countedFileChunks(filePath: string, onBytes: (total: number) => void): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of fs.createReadStream(filePath, { highWaterMark: CHUNK_BYTES })) {
    total += (chunk as Buffer).length;
    onBytes(total);
    yield chunk as Buffer;
  }
}

export function resolveFormat(requested: 'auto' | ImportFormat, filePath: string): ImportFormat {
  if (requested !== 'auto') return requested;
  const detected = detectImportFormat(readFileHead(filePath), path.basename(filePath));
  if (!detected) {
    throw new RapportError(
      'UNSUPPORTED_FORMAT',
      `${path.basename(filePath)} is neither a vCard nor a CSV file Rapport recognises. Choose the format by hand (--format vcard or csv) if you know it.`,
      { field: 'format' },
    );
  }
  return detected;
}

export function openRecordStream(
  format: ImportFormat,
  source: ByteSource,
  options: { fileName: string; mapping?: ColumnMapping | 'auto' | CsvDialect },
): AsyncGenerator<ReaderOutput> {
  switch (format) {
    case 'vcard':
      return readVcardRecords(source, { fileName: options.fileName });
    case 'jcard':
      return readJcardRecords(source, { fileName: options.fileName });
    case 'csv':
      return readCsvRecords(source, { fileName: options.fileName, mapping: options.mapping ?? 'auto' });
  }
}
