/**
 * 3. Search latency at 100k and 1M contacts: the search service as the renderer calls it
 * (200 results), per kind of query, against a LIKE scan over names and e-mails in the same
 * process. Target: p95 ≤ 10 ms at 1M.
 */
import type Database from 'better-sqlite3';
import { createCoreContext } from '../../main/core/context';
import { createSearchService } from '../../main/core/search/search-service';
import { openDatabase } from '../../main/db/open';
import { foldKey } from '../../shared/text/fold-key';
import { summarise, timeSync } from '../lib/measure';
import { ratioOf } from '../lib/results';
import { searchQueries, type QueryKind } from '../lib/search-queries';
import type { Suite } from '../lib/suite';

/** What the renderer asks for (renderer/state/search-store.ts). */
const RESULT_LIMIT = 200;
const BASELINE_REPEATS = 3;

function likeScan(db: Database.Database): (text: string) => unknown[] {
  const query = db.prepare(
    `SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL
       AND (c.sort_key LIKE @q ESCAPE '\\' OR c.id IN (SELECT contact_id FROM contact_emails WHERE address_key LIKE @q ESCAPE '\\'))
     ORDER BY c.sort_key LIMIT ${RESULT_LIMIT}`,
  );
  return (text) => query.all({ q: `%${foldKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
}

export const searchBenchmark: Suite = async ({ scale, dataSet, record }) => {
  const sizes = [...new Set([scale.medium, scale.large])];
  for (const size of sizes) {
    const set = await dataSet(size, { files: false });
    const opened = await openDatabase(set.database, { readonly: true });
    const search = createSearchService(createCoreContext(opened));
    const like = likeScan(opened.db);
    const queries = searchQueries(Math.min(size, scale.medium));
    for (const kind of Object.keys(queries) as QueryKind[]) {
      const ours: number[] = [];
      const baseline: number[] = [];
      let hits = 0;
      for (const text of queries[kind]) {
        search.query(text, RESULT_LIMIT); // the first run of a statement pays for preparing it
        for (let run = 0; run < scale.quickRepeats; run += 1) {
          const timed = timeSync(() => search.query(text, RESULT_LIMIT));
          ours.push(timed.ms);
          hits = Math.max(hits, timed.value.length);
        }
        for (let run = 0; run < BASELINE_REPEATS; run += 1) baseline.push(timeSync(() => like(text)).ms);
      }
      const summary = summarise(ours);
      const base = { ...summarise(baseline), name: 'LIKE scan' };
      const atTargetScale = size >= 1_000_000;
      record({
        benchmark: '3 Search',
        case: `${kind} (${queries[kind].join(', ')})`,
        contacts: size,
        ours: summary,
        baseline: base,
        ratio: ratioOf(summary, base),
        figure: { name: 'max hits', value: hits },
        target: 'p95 ≤ 10 ms at 1M',
        met: atTargetScale ? summary.p95Ms <= 10 : null,
        note: '',
      });
    }
    opened.close();
  }
};
