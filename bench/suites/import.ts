/**
 * 2. Import of the vCard file and the Google CSV through the real pipeline (stream,
 * validate, batched change-set transactions) into an empty database, against the floor:
 * raw prepared inserts of the same rows with search indexing but without the change log,
 * in the same process. Target: ≤ 1.5x the floor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContactDraftSchema, type ContactDraft } from '../../shared/domain/contact';
import { createCoreContext } from '../../main/core/context';
import { openDatabase } from '../../main/db/open';
import { readCsvRecords } from '../../main/interchange/csv/index';
import { importFile, IMPORT_BATCH_SIZE } from '../../main/interchange/import/import-file';
import { readVcardRecords } from '../../main/interchange/vcard/index';
import type { ReaderOutput } from '../../main/interchange/record';
import { floorContact } from '../lib/floor-rows';
import { insertFloor } from '../lib/floor-insert';
import { interleave, summarise, timeAsync } from '../lib/measure';
import { ratioOf } from '../lib/results';
import type { Suite } from '../lib/suite';

async function draftsOf(records: AsyncGenerator<ReaderOutput>): Promise<ContactDraft[]> {
  const drafts: ContactDraft[] = [];
  for await (const output of records) {
    if (output.kind === 'failed') continue;
    const parsed = ContactDraftSchema.safeParse(output.draft);
    if (parsed.success) drafts.push(parsed.data);
  }
  return drafts;
}

function fresh(scratch: string, name: string): string {
  const dir = path.join(scratch, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, 'rapport.sqlite');
}

export const importBenchmark: Suite = async ({ scale, dataSet, scratch, record }) => {
  const set = await dataSet(scale.medium);
  const formats = [
    { format: 'vcard' as const, file: set.vcard, read: () => readVcardRecords(fs.createReadStream(set.vcard)) },
    { format: 'csv' as const, file: set.csv, read: () => readCsvRecords(fs.createReadStream(set.csv), { mapping: 'auto' }) },
  ];
  for (const { format, file, read } of formats) {
    const floorRows = (await draftsOf(read())).map(floorContact);
    let created = 0;
    const samples = await interleave(
      scale.importRepeats,
      async () => {
        const opened = await openDatabase(fresh(scratch, `import-${format}`), { deviceName: 'bench' });
        const ctx = createCoreContext(opened);
        const { ms, value } = await timeAsync(() =>
          importFile(ctx, { filePath: file, fileName: path.basename(file), format, mapping: 'auto', onDuplicate: 'create', dryRun: false, taskId: 'bench' }),
        );
        created = value.counts.created;
        opened.close();
        return ms;
      },
      async () => {
        const opened = await openDatabase(fresh(scratch, `floor-${format}`), { deviceName: 'bench' });
        const started = performance.now();
        insertFloor(opened.db, floorRows, IMPORT_BATCH_SIZE, new Date().toISOString());
        const ms = performance.now() - started;
        opened.close();
        return ms;
      },
    );
    const ours = summarise(samples.ours);
    const baseline = { ...summarise(samples.baseline), name: 'raw inserts + FTS' };
    const ratio = ratioOf(ours, baseline);
    record({
      benchmark: '2 Import',
      case: format === 'vcard' ? 'vCard 3.0 file' : 'Google CSV',
      contacts: created,
      ours,
      baseline,
      ratio,
      figure: { name: 'contacts/s', value: created / (ours.medianMs / 1000) },
      target: '≤ 1.5x the floor',
      met: ratio === null ? null : ratio <= 1.5,
      note: `floor ${(floorRows.length / (baseline.medianMs / 1000)).toFixed(0)} contacts/s; ours parses the file inside the clock, the floor does not`,
    });
  }
};
