/**
 * Writes the data set as a vCard 3.0 file and a Google Contacts CSV, streamed, with the
 * product's own writers: the files are what a person exporting from a phone or Google
 * would hand Rapport, and the import benchmark reads them back.
 */
import fs from 'node:fs';
import { ContactDraftSchema } from '../../shared/domain/contact';
import { createCsvWriter } from '../../main/interchange/csv/index';
import { writeVcard } from '../../main/interchange/vcard/index';
import type { CsvShape } from '../../main/interchange/csv/index';
import { generateDataset } from './dataset';

/** The most of each list the generator makes; the CSV needs its column count up front. */
const GENERATED_SHAPE: CsvShape = { emails: 3, phones: 3, addresses: 1, urls: 1, ims: 1, related: 1, customFields: 1 };
const FLUSH_BYTES = 1 << 20;

class BufferedFile {
  private parts: string[] = [];
  private size = 0;
  private readonly fd: number;

  constructor(filePath: string) {
    this.fd = fs.openSync(filePath, 'w');
  }

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    if (this.parts.length > 0) fs.writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

export function writeInterchangeFiles(size: number, seed: number, paths: { vcard: string; csv: string }): void {
  const vcard = new BufferedFile(paths.vcard);
  const csv = new BufferedFile(paths.csv);
  const csvWriter = createCsvWriter('google', GENERATED_SHAPE);
  csv.write(csvWriter.header());
  for (const record of generateDataset(size, seed)) {
    const draft = ContactDraftSchema.parse(record.draft);
    vcard.write(writeVcard(draft, { version: '3.0' }));
    csv.write(csvWriter.row(draft));
  }
  vcard.close();
  csv.close();
}
