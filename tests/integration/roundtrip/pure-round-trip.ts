/**
 * The writer → reader half of a round trip, without a database: the same writers the
 * export uses and the same record readers the import uses, in memory. For the properties'
 * many cheap runs; the database-backed runs cover storage, SQL shaping and links.
 */
import { openRecordStream } from '../../../main/interchange/import/record-source';
import { encodeCsvText, writeCsv } from '../../../main/interchange/csv';
import { writeJcard, writeVcard } from '../../../main/interchange/vcard';
import type { Contact, ContactDraft } from '../../../shared/domain/contact';
import type { ExportFormat } from '../../../shared/domain/exports';
import type { ImportFormat } from '../../../shared/domain/imports';

function written(contacts: readonly Contact[], format: ExportFormat): { bytes: Uint8Array; importFormat: ImportFormat } {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  switch (format) {
    case 'vcard3':
    case 'vcard4':
      return { bytes: utf8(contacts.map((contact) => writeVcard(contact, { version: format === 'vcard4' ? '4.0' : '3.0' })).join('')), importFormat: 'vcard' };
    case 'jcard':
      return { bytes: utf8(`[\n${contacts.map((contact) => writeJcard(contact)).join(',\n')}\n]\n`), importFormat: 'jcard' };
    case 'csv':
    case 'csv-google':
    case 'csv-outlook': {
      const layout = format === 'csv-google' ? 'google' : format === 'csv-outlook' ? 'outlook' : 'rapport';
      // With the BOM, as exports.run writes it.
      return { bytes: encodeCsvText(writeCsv(contacts, { layout })).bytes, importFormat: 'csv' };
    }
  }
}

/** Writes `contacts` as `format` and reads the drafts back, failing on any record that fails. */
export async function writeThenRead(contacts: readonly Contact[], format: ExportFormat): Promise<ContactDraft[]> {
  const { bytes, importFormat } = written(contacts, format);
  const drafts: ContactDraft[] = [];
  for await (const record of openRecordStream(importFormat, [bytes], { fileName: `pure.${format}` })) {
    if (record.kind !== 'record') throw new Error(`line ${record.line}: ${record.issue.reason}`);
    drafts.push(record.draft);
  }
  return drafts;
}
