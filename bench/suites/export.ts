/**
 * 6. Export of every contact to vCard 3.0 and to Google CSV through the export service's
 * file writer. Target: ≥ 50k contacts/s. The baseline reads the same rows with one
 * scan per table and no per-contact queries: what reading the data costs at least.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createCoreContext } from '../../main/core/context';
import { openDatabase } from '../../main/db/open';
import { exportToFile } from '../../main/interchange/export/export-contacts';
import { interleave, summarise, timeSync } from '../lib/measure';
import { ratioOf } from '../lib/results';
import type { Suite } from '../lib/suite';

const TABLES = ['contacts', 'contact_emails', 'contact_phones', 'contact_addresses', 'contact_urls', 'contact_tags'];

function readEverything(db: Database.Database): number {
  let rows = 0;
  for (const table of TABLES) for (const _row of db.prepare(`SELECT * FROM ${table}`).iterate()) rows += 1;
  return rows;
}

export const exportBenchmark: Suite = async ({ scale, dataSet, scratch, record }) => {
  const set = await dataSet(scale.medium);
  const opened = await openDatabase(set.database, { readonly: true });
  const ctx = createCoreContext(opened);
  for (const format of ['vcard3', 'csv-google'] as const) {
    let count = 0;
    const target = path.join(scratch, `export.${format === 'vcard3' ? 'vcf' : 'csv'}`);
    const samples = await interleave(
      scale.bulkRepeats,
      () => {
        const timed = timeSync(() => exportToFile(ctx, { format, scope: { kind: 'all' }, encoding: 'utf-8', path: target }));
        count = timed.value.count;
        return timed.ms;
      },
      () => timeSync(() => readEverything(opened.db)).ms,
    );
    const ours = summarise(samples.ours);
    const baseline = { ...summarise(samples.baseline), name: 'table scans' };
    const perSecond = count / (ours.medianMs / 1000);
    record({
      benchmark: '6 Export',
      case: format === 'vcard3' ? 'vCard 3.0' : 'Google CSV',
      contacts: count,
      ours,
      baseline,
      ratio: ratioOf(ours, baseline),
      figure: { name: 'contacts/s', value: perSecond },
      target: '≥ 50k contacts/s',
      met: perSecond >= 50_000,
      note: '',
    });
  }
  opened.close();
};
