/**
 * Writes the data set into a Rapport database through the real services: insertContact in
 * a ChangeSet, so the rows, the change log and the search index are exactly what the
 * product writes. Only the transaction size differs from an import (thousands of contacts
 * per transaction instead of 500) and durability is relaxed while generating, which
 * changes how fast the file is written, not what is in it.
 */
import { ContactDraftSchema } from '../../shared/domain/contact';
import { write, createCoreContext, type CoreContext } from '../../main/core/context';
import { insertContact } from '../../main/core/contacts/write-contact';
import { openDatabase } from '../../main/db/open';
import { generateDataset, type PlantedPair } from './dataset';
import { writeActivitiesAndDeals } from './write-activities';

const CONTACTS_PER_TRANSACTION = 5_000;

export interface WrittenDatabase {
  /** Contact id by data-set index. */
  ids: string[];
  pairs: PlantedPair[];
}

function insertBatch(ctx: CoreContext, drafts: readonly { index: number; draft: unknown }[], ids: string[]): void {
  write(ctx, { kind: 'import', label: 'Benchmark data set', entities: ['contacts'] }, (changes) => {
    for (const { index, draft } of drafts) ids[index] = insertContact(changes, ContactDraftSchema.parse(draft), { defaultCountry: null });
  });
}

export async function writeDatabase(
  filePath: string,
  size: number,
  seed: number,
  onProgress: (done: number) => void = () => {},
): Promise<WrittenDatabase> {
  const opened = await openDatabase(filePath, { deviceName: 'bench' });
  opened.db.pragma('synchronous = OFF');
  opened.db.pragma('cache_size = -262144'); // 256 MiB while bulk writing
  const ctx = createCoreContext(opened, { now: () => new Date('2026-11-24T09:00:00.000Z') });
  const ids: string[] = [];
  const pairs: PlantedPair[] = [];
  let batch: { index: number; draft: unknown }[] = [];
  for (const record of generateDataset(size, seed)) {
    if (record.duplicateOf) pairs.push({ a: record.duplicateOf.index, b: record.index, kind: record.duplicateOf.kind });
    batch.push(record);
    if (batch.length >= CONTACTS_PER_TRANSACTION) {
      insertBatch(ctx, batch, ids);
      batch = [];
      onProgress(ids.length);
    }
  }
  insertBatch(ctx, batch, ids);
  writeActivitiesAndDeals(ctx, ids, seed);
  opened.db.pragma('wal_checkpoint(TRUNCATE)');
  opened.db.exec('ANALYZE');
  opened.close();
  return { ids, pairs };
}
