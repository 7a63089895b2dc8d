/**
 * Search as you type: full-text prefix matching over names, organizations, e-mails, phone
 * digits, notes and tags, ranked with names weighing most.
 */
import type { ContactSummary } from '../../../shared/domain/contact';
import type { CoreContext } from '../context';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../contacts/summary-sql';
import { buildFtsMatch } from './fts-query';

/** bm25 weights per column: name, organization, emails, phones, notes, tags. */
const RANK = 'bm25(contact_search, 10.0, 4.0, 4.0, 3.0, 1.0, 2.0)';
/**
 * At most this many matches are ranked. Ranking every match of a short prefix ("a",
 * "ma") cost 200 ms at 100k contacts and about ten times that at 1M, because bm25 runs on
 * every matching row before the sort (about 10 µs a row). Twice the renderer's 200
 * results is enough to choose from; a query that matches fewer rows ranks exactly as
 * before. Broad prefixes rank their first matches in index order, and the next letter
 * typed narrows them (docs/PERFORMANCE.md).
 */
const RANKED_CANDIDATES = 400;

export function createSearchService(ctx: CoreContext) {
  return {
    query(text: string, limit = 50): ContactSummary[] {
      const match = buildFtsMatch(text);
      if (!match) return [];
      const rows = ctx.db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM (
             SELECT hit, score FROM (
               SELECT rowid AS hit, ${RANK} AS score FROM contact_search WHERE contact_search MATCH ? LIMIT ${RANKED_CANDIDATES}
             ) ORDER BY score LIMIT ?
           ) hits
           JOIN contacts c ON c.seq = hits.hit
           LEFT JOIN organizations o ON o.id = c.organization_id
           WHERE c.deleted_at IS NULL
           ORDER BY hits.score, c.sort_key`,
        )
        .all(match, limit) as SummaryRow[];
      return rows.map(toSummary);
    },
  };
}
