/**
 * Pages of contacts in a chosen order. Keyset pagination: the cursor carries the sort key
 * and id of the last row, and the next page starts strictly after it, using the index.
 */
import type Database from 'better-sqlite3';
import type { ContactPage, ContactSort } from '../../../shared/domain/listing';
import { RapportError } from '../../../shared/domain/errors';
import { compileQuery, type SqlCondition } from '../search/compile-query';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './summary-sql';

const SORT_COLUMN: Record<ContactSort, string> = {
  name: 'c.sort_key',
  lastContacted: 'c.last_contacted_at',
  created: 'c.created_at',
};
const DEFAULT_DIRECTION: Record<ContactSort, 'asc' | 'desc'> = { name: 'asc', lastContacted: 'desc', created: 'desc' };

export interface Cursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
  } catch {
    // fall through to the error below
  }
  throw new RapportError('INVALID_INPUT', 'The page cursor is not one Rapport made; start again from the first page.', { field: 'cursor' });
}

export interface ListOptions {
  sort: ContactSort;
  direction?: 'asc' | 'desc' | undefined;
  cursor: string | null;
  limit: number;
  trash?: boolean;
  conditions: SqlCondition[];
}

export function listContactPage(db: Database.Database, options: ListOptions): ContactPage {
  const column = SORT_COLUMN[options.sort];
  const direction = options.direction ?? DEFAULT_DIRECTION[options.sort];
  const where = [options.trash ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL', ...options.conditions.map((c) => c.sql)];
  const params: unknown[] = options.conditions.flatMap((c) => c.params);
  if (options.cursor) {
    const cursor = decodeCursor(options.cursor);
    where.push(`(${column}, c.id) ${direction === 'asc' ? '>' : '<'} (?, ?)`);
    params.push(cursor.key, cursor.id);
  }
  const sql = `SELECT ${SUMMARY_COLUMNS}, ${column} AS sort_value FROM ${SUMMARY_FROM}
    WHERE ${where.join(' AND ')}
    ORDER BY ${column} ${direction}, c.id ${direction}
    LIMIT ?`;
  // One row more than asked tells whether there is a next page without a count.
  const rows = db.prepare(sql).all(...params, options.limit + 1) as (SummaryRow & { sort_value: string })[];
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > options.limit && last ? encodeCursor({ key: last.sort_value, id: last.id }) : null,
  };
}

export function filterConditions(
  filter: { tagId?: string | undefined; organizationId?: string | undefined; favorite?: boolean | undefined; query?: string | undefined },
  now: Date,
): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter.tagId) conditions.push({ sql: 'EXISTS (SELECT 1 FROM contact_tags x WHERE x.contact_id = c.id AND x.tag_id = ?)', params: [filter.tagId] });
  if (filter.organizationId) conditions.push({ sql: 'c.organization_id = ?', params: [filter.organizationId] });
  // A literal, not a parameter: the planner can only use the partial favourites index for a literal.
  if (filter.favorite !== undefined) conditions.push({ sql: filter.favorite ? 'c.favorite = 1' : 'c.favorite = 0', params: [] });
  if (filter.query) conditions.push(...compileQuery(filter.query, now));
  return conditions;
}
