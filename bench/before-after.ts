/**
 * The changes made to reach the figures in docs/PERFORMANCE.md, each measured against
 * the code it replaced, in one process on the same database, interleaved.
 *
 *   npx tsx bench/before-after.ts [--db bench/data/100k/rapport.sqlite]
 */
import { parseArgs } from 'node:util';
import { createCoreContext } from '../main/core/context';
import { readContact } from '../main/core/contacts/read-contact';
import { SUMMARY_COLUMNS } from '../main/core/contacts/summary-sql';
import { buildFtsMatch } from '../main/core/search/fts-query';
import { createSearchService } from '../main/core/search/search-service';
import { openDatabase } from '../main/db/open';
import { readContactsBatch } from '../main/interchange/export/read-contacts-batch';
import { interleave, summarise, timeSync } from './lib/measure';

const { values } = parseArgs({ options: { db: { type: 'string', default: 'bench/data/100k/rapport.sqlite' } } });
const opened = await openDatabase(values.db ?? '', { readonly: true });
const db = opened.db;
const search = createSearchService(createCoreContext(opened));

/** The search query before: bm25 over every match, then the 200 best. */
const rankEverything = db.prepare(
  `SELECT ${SUMMARY_COLUMNS} FROM (
     SELECT rowid, bm25(contact_search, 10.0, 4.0, 4.0, 3.0, 1.0, 2.0) AS score FROM contact_search WHERE contact_search MATCH ? ORDER BY score LIMIT ?
   ) hits
   JOIN contacts c ON c.seq = hits.rowid
   LEFT JOIN organizations o ON o.id = c.organization_id
   WHERE c.deleted_at IS NULL
   ORDER BY hits.score, c.sort_key`,
);

const line = (name: string, before: number[], after: number[]): void => {
  const b = summarise(before);
  const a = summarise(after);
  console.log(
    `${name.padEnd(34)} before median ${b.medianMs.toFixed(1)} ms p95 ${b.p95Ms.toFixed(1)} ms | after median ${a.medianMs.toFixed(1)} ms p95 ${a.p95Ms.toFixed(1)} ms | ${(b.medianMs / a.medianMs).toFixed(1)}x`,
  );
};

for (const text of ['a', 'm', 'ma', 'mar', 'иван', 'Maria Nowak']) {
  const match = buildFtsMatch(text);
  const samples = await interleave(
    10,
    () => timeSync(() => search.query(text, 200)).ms,
    () => timeSync(() => rankEverything.all(match, 200)).ms,
  );
  line(`search "${text}" (200 results)`, samples.baseline, samples.ours);
}

const ids = db.prepare('SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 10000').pluck().all() as string[];
const pages = Array.from({ length: Math.ceil(ids.length / 1_000) }, (_, i) => ids.slice(i * 1_000, (i + 1) * 1_000));
const reads = await interleave(
  3,
  () => timeSync(() => pages.forEach((page) => readContactsBatch(db, page))).ms,
  () => timeSync(() => ids.forEach((id) => readContact(db, id))).ms,
);
line(`export read of ${ids.length} contacts`, reads.baseline, reads.ours);
opened.close();
