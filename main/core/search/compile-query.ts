/**
 * Compiles parsed saved-search terms into SQL conditions on `contacts c`. Each term is an
 * indexed EXISTS or a full-text lookup; none scans every row's text.
 */
import { RapportError } from '../../../shared/domain/errors';
import { parseQuery, QuerySyntaxError, type QueryTerm, type RelativeOrAbsoluteDate } from '../../../shared/query/parse-query';
import { minorUnitFactorSql } from '../../../shared/domain/purchases';
import { foldKey } from '../../../shared/text/fold-key';
import { PRIMARY_CURRENCY_SQL, rfmSql } from '../insights/rfm-sql';
import { LAPSED_CADENCE_CONTACT_IDS_SQL } from '../reminders/cadence-sql';
import { phoneDigits } from '../phones';
import { buildFtsMatch } from './fts-query';

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

const DAY_MS = 86_400_000;

function likeContains(value: string): string {
  return `%${foldKey(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function cutoffIso(value: RelativeOrAbsoluteDate, now: Date): string {
  return 'days' in value ? new Date(now.getTime() - value.days * DAY_MS).toISOString() : value.isoDate;
}

const HAS_SQL: Record<string, string> = {
  phone: 'EXISTS (SELECT 1 FROM contact_phones x WHERE x.contact_id = c.id)',
  email: 'EXISTS (SELECT 1 FROM contact_emails x WHERE x.contact_id = c.id)',
  address: 'EXISTS (SELECT 1 FROM contact_addresses x WHERE x.contact_id = c.id)',
  url: 'EXISTS (SELECT 1 FROM contact_urls x WHERE x.contact_id = c.id)',
  tag: 'EXISTS (SELECT 1 FROM contact_tags x JOIN tags t ON t.id = x.tag_id WHERE x.contact_id = c.id AND t.deleted_at IS NULL)',
  photo: 'c.photo IS NOT NULL',
  birthday: 'c.birthday IS NOT NULL',
  notes: "c.notes <> ''",
  org: 'c.organization_id IS NOT NULL',
};

function fieldCondition(term: Extract<QueryTerm, { kind: 'field' }>): SqlCondition {
  const like = likeContains(term.value);
  const address = (column: string): SqlCondition => ({
    sql: `EXISTS (SELECT 1 FROM contact_addresses x WHERE x.contact_id = c.id AND rapport_fold(x.${column}) LIKE ? ESCAPE '\\')`,
    params: [like],
  });
  switch (term.field) {
    case 'tag':
      return {
        sql: 'EXISTS (SELECT 1 FROM contact_tags x JOIN tags t ON t.id = x.tag_id WHERE x.contact_id = c.id AND t.name_key = ? AND t.deleted_at IS NULL)',
        params: [foldKey(term.value)],
      };
    case 'org':
      return {
        sql: "EXISTS (SELECT 1 FROM organizations x WHERE x.id = c.organization_id AND x.name_key LIKE ? ESCAPE '\\')",
        params: [like],
      };
    case 'city':
    case 'region':
    case 'country':
      return address(term.field);
    case 'name':
      return { sql: "rapport_fold(c.display_name) LIKE ? ESCAPE '\\'", params: [like] };
    case 'title':
      return { sql: "rapport_fold(c.title) LIKE ? ESCAPE '\\'", params: [like] };
    case 'notes':
      return { sql: "rapport_fold(c.notes) LIKE ? ESCAPE '\\'", params: [like] };
    case 'email':
      return { sql: "EXISTS (SELECT 1 FROM contact_emails x WHERE x.contact_id = c.id AND x.address_key LIKE ? ESCAPE '\\')", params: [like] };
    case 'phone':
      return { sql: 'EXISTS (SELECT 1 FROM contact_phones x WHERE x.contact_id = c.id AND instr(x.digits, ?) > 0)', params: [phoneDigits(term.value)] };
  }
}

function termCondition(term: QueryTerm, now: Date): SqlCondition {
  switch (term.kind) {
    case 'text': {
      const match = buildFtsMatch(term.value);
      if (!match) return { sql: '1', params: [] };
      return { sql: 'c.seq IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)', params: [match] };
    }
    case 'field':
      return fieldCondition(term);
    case 'has':
      return { sql: HAS_SQL[term.value]!, params: [] };
    case 'is':
      return { sql: 'c.favorite = 1', params: [] };
    case 'date': {
      const column = { created: 'c.created_at', updated: 'c.updated_at', 'last-contacted': 'c.last_contacted_at' }[term.field];
      const cutoff = cutoffIso(term.value, now);
      // Never contacted counts as "longer ago than any cutoff".
      return term.comparison === 'older' ? { sql: `${column} < ?`, params: [cutoff] } : { sql: `${column} >= ?`, params: [cutoff] };
    }
    case 'segment':
      // RFM in the most used currency, as the dashboard shows it.
      return { sql: `c.id IN (SELECT contact_id FROM (${rfmSql(PRIMARY_CURRENCY_SQL)}) WHERE segment = ?)`, params: [term.value] };
    case 'value': {
      // Per currency, never summed across them; the amount is in major units of each.
      const reaches = `EXISTS (SELECT 1 FROM purchases p WHERE p.contact_id = c.id AND p.deleted_at IS NULL
        GROUP BY p.currency HAVING sum(p.total_minor) ${term.comparison === 'above' ? '>' : '>='} ? * ${minorUnitFactorSql('p.currency')})`;
      return term.comparison === 'above' ? { sql: reaches, params: [term.amount] } : { sql: `NOT ${reaches}`, params: [term.amount] };
    }
    case 'due':
      // An open reminder past its (snoozed) time, or a lapsed stay-in-touch cadence.
      return {
        sql: `(EXISTS (SELECT 1 FROM reminders r WHERE r.contact_id = c.id AND r.done_at IS NULL AND r.deleted_at IS NULL
                 AND coalesce(r.snoozed_until, r.due_at) < ?) OR c.id IN (${LAPSED_CADENCE_CONTACT_IDS_SQL}))`,
        params: [now.toISOString(), now.toISOString()],
      };
  }
}

export function compileQuery(query: string, now: Date): SqlCondition[] {
  let terms: QueryTerm[];
  try {
    terms = parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      throw new RapportError('INVALID_INPUT', `Search query: ${error.message}.`, { field: 'query', position: error.position });
    }
    throw error;
  }
  return terms.map((term) => {
    const condition = termCondition(term, now);
    return term.negated ? { sql: `NOT (${condition.sql})`, params: condition.params } : condition;
  });
}
