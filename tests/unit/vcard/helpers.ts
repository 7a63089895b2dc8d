import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import type { ParsedRecord, ReaderOutput } from '../../../main/interchange/record';
import { readJcardRecords, readVcardRecords } from '../../../main/interchange/vcard';
import { corpusDir } from '../../support/paths';

export const vcardCorpusDir = path.join(corpusDir, 'vcard');

export async function collect(generator: AsyncGenerator<ReaderOutput>): Promise<ReaderOutput[]> {
  const out: ReaderOutput[] = [];
  for await (const record of generator) out.push(record);
  return out;
}

/** Reads vCard text (or raw bytes), optionally split into small chunks to exercise streaming. */
export async function readText(input: string | Uint8Array, chunkSize?: number): Promise<ReaderOutput[]> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const chunks: Uint8Array[] = [];
  const size = chunkSize ?? Math.max(bytes.length, 1);
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return collect(readVcardRecords(chunks, { fileName: 'test.vcf' }));
}

export function records(outputs: ReaderOutput[]): ParsedRecord[] {
  return outputs.filter((o): o is ParsedRecord => o.kind === 'record');
}

export async function readOne(input: string | Uint8Array): Promise<ParsedRecord> {
  const [first] = records(await readText(input));
  if (!first) throw new Error('no record');
  return first;
}

export async function readCorpusFile(name: string): Promise<ReaderOutput[]> {
  const bytes = readFileSync(path.join(vcardCorpusDir, name));
  return name.endsWith('.json')
    ? collect(readJcardRecords([bytes], { fileName: name }))
    : collect(readVcardRecords([bytes], { fileName: name }));
}

export const crlf = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;
