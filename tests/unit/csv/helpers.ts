import { ContactDraftSchema, type ContactDraft, type ContactDraftInput } from '../../../shared/domain/contact';
import { readCsvRecords, type ReadCsvOptions } from '../../../main/interchange/csv';
import type { ParsedRecord, ReaderOutput } from '../../../main/interchange/record';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export async function readAll(bytes: Uint8Array | Uint8Array[], options: ReadCsvOptions = {}): Promise<ReaderOutput[]> {
  const chunks = Array.isArray(bytes) ? bytes : [bytes];
  const out: ReaderOutput[] = [];
  for await (const record of readCsvRecords(chunks, options)) out.push(record);
  return out;
}

export async function readDrafts(text: string | Uint8Array, options: ReadCsvOptions = {}): Promise<ContactDraft[]> {
  const records = await readAll(typeof text === 'string' ? utf8(text) : text, options);
  return records.filter((record): record is ParsedRecord => record.kind === 'record').map((record) => record.draft);
}

export function draft(input: ContactDraftInput): ContactDraft {
  return ContactDraftSchema.parse(input);
}

/** Splits bytes into chunks of `size` to exercise chunk boundaries. */
export function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) chunks.push(bytes.slice(offset, offset + size));
  return chunks;
}
