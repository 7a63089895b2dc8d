/**
 * 7. The duplicate scan over the 100k set, with recall and precision against the planted
 * pairs. Targets: ≤ 10 s, recall ≥ 0.95, precision ≥ 0.9. A pair counts as found when
 * both contacts land in one candidate group; precision counts every pair the groups
 * imply. The baseline is reading the contacts' names, e-mails and phones once (the least
 * any scan must read).
 */
import fs from 'node:fs';
import { createCoreContext } from '../../main/core/context';
import { openDatabase } from '../../main/db/open';
import { interleave, summarise, timeSync } from '../lib/measure';
import type { PairsJson } from '../lib/data-set-files';
import { ratioOf } from '../lib/results';
import type { Suite } from '../lib/suite';

interface DuplicateGroupLike {
  contacts: { id: string }[];
}
interface DuplicatesModule {
  createDuplicatesService(ctx: ReturnType<typeof createCoreContext>): { findCandidates(input: { limit: number }): { groups: DuplicateGroupLike[] } };
}

/** The service is being written alongside this benchmark; until it exists the row says so. */
async function loadDuplicates(): Promise<DuplicatesModule | null> {
  const modulePath = '../../main/core/duplicates/duplicates-service';
  try {
    const loaded = (await import(modulePath)) as Partial<DuplicatesModule>;
    return typeof loaded.createDuplicatesService === 'function' ? (loaded as DuplicatesModule) : null;
  } catch {
    return null;
  }
}

const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

export function scorePairs(groups: readonly DuplicateGroupLike[], planted: readonly { aId: string; bId: string }[]): { recall: number; precision: number; predicted: number } {
  const predicted = new Set<string>();
  for (const group of groups) {
    const ids = group.contacts.map((c) => c.id);
    for (let i = 0; i < ids.length; i += 1) for (let j = i + 1; j < ids.length; j += 1) predicted.add(key(ids[i]!, ids[j]!));
  }
  const truth = new Set(planted.map((pair) => key(pair.aId, pair.bId)));
  let found = 0;
  for (const pair of truth) if (predicted.has(pair)) found += 1;
  return { recall: truth.size ? found / truth.size : 1, precision: predicted.size ? found / predicted.size : 1, predicted: predicted.size };
}

export const duplicatesBenchmark: Suite = async ({ scale, dataSet, record }) => {
  const set = await dataSet(scale.medium);
  const pairs = (JSON.parse(fs.readFileSync(set.pairsFile, 'utf8')) as PairsJson).pairs;
  const duplicates = await loadDuplicates();
  const base = { benchmark: '7 Duplicates', contacts: scale.medium, target: '≤ 10 s; recall ≥ 0.95; precision ≥ 0.9' };
  if (!duplicates) {
    record({ ...base, case: 'scan', ours: null, baseline: null, ratio: null, figure: null, met: null, note: 'main/core/duplicates is not there yet: not measured' });
    return;
  }
  const opened = await openDatabase(set.database, { readonly: true });
  const service = duplicates.createDuplicatesService(createCoreContext(opened));
  let groups: DuplicateGroupLike[] = [];
  const samples = await interleave(
    Math.max(2, scale.bulkRepeats - 1),
    () => {
      const timed = timeSync(() => service.findCandidates({ limit: 10_000 }));
      groups = timed.value.groups;
      return timed.ms;
    },
    () =>
      timeSync(() =>
        opened.db.prepare('SELECT c.id, c.sort_key, e.address_key, p.digits FROM contacts c LEFT JOIN contact_emails e ON e.contact_id = c.id LEFT JOIN contact_phones p ON p.contact_id = c.id').all(),
      ).ms,
  );
  opened.close();
  const ours = summarise(samples.ours);
  const baseline = { ...summarise(samples.baseline), name: 'read names, e-mails, phones' };
  const quality = scorePairs(groups, pairs);
  record({
    ...base,
    case: `scan (${pairs.length} planted pairs, ${quality.predicted} predicted)`,
    ours,
    baseline,
    ratio: ratioOf(ours, baseline),
    figure: { name: 'recall', value: quality.recall },
    met: ours.medianMs <= 10_000 && quality.recall >= 0.95 && quality.precision >= 0.9,
    note: `recall ${quality.recall.toFixed(3)}, precision ${quality.precision.toFixed(3)}`,
  });
};
