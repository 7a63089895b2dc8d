import type Database from 'better-sqlite3';
import type { Deal, DealStatus } from '../../../shared/domain/deals';
import { RapportError } from '../../../shared/domain/errors';
import { statement } from '../../db/statements';

interface DealRow {
  id: string;
  title: string;
  amount_minor: number;
  currency: string;
  stage_id: string | null;
  stage_name: string | null;
  status: DealStatus;
  close_reason: string;
  expected_close_on: string | null;
  closed_on: string | null;
  organization_id: string | null;
  organization_name: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const SELECT = `SELECT d.*, s.name AS stage_name, o.name AS organization_name
  FROM deals d LEFT JOIN pipeline_stages s ON s.id = d.stage_id LEFT JOIN organizations o ON o.id = d.organization_id`;

function toDeals(db: Database.Database, rows: DealRow[]): Deal[] {
  if (rows.length === 0) return [];
  const links = db
    .prepare(
      `SELECT dc.deal_id, c.id, c.display_name FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id
        WHERE dc.deal_id IN (${rows.map(() => '?').join(', ')}) ORDER BY c.sort_key, c.id`,
    )
    .all(...rows.map((row) => row.id)) as { deal_id: string; id: string; display_name: string }[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    amountMinor: row.amount_minor,
    currency: row.currency,
    stageId: row.stage_id,
    stageName: row.stage_name,
    status: row.status,
    closeReason: row.close_reason,
    expectedCloseOn: row.expected_close_on,
    closedOn: row.closed_on,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    contacts: links.filter((link) => link.deal_id === row.id).map((link) => ({ id: link.id, displayName: link.display_name })),
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }));
}

export function readDeal(db: Database.Database, id: string): Deal {
  const row = statement(db, `${SELECT} WHERE d.id = ?`).get(id) as DealRow | undefined;
  if (!row) throw new RapportError('NOT_FOUND', `There is no deal with id ${id}.`, { id });
  return toDeals(db, [row])[0]!;
}

export interface DealQuery {
  stageId?: string | undefined;
  status?: DealStatus | undefined;
  contactId?: string | undefined;
  organizationId?: string | undefined;
  limit: number;
}

/** Board order: by stage position, then newest first within a stage. */
export function listDeals(db: Database.Database, query: DealQuery): Deal[] {
  const where = ['d.deleted_at IS NULL'];
  const params: unknown[] = [];
  const filters: [string, string | undefined][] = [
    ['d.stage_id = ?', query.stageId],
    ['d.status = ?', query.status],
    ['d.id IN (SELECT deal_id FROM deal_contacts WHERE contact_id = ?)', query.contactId],
    ['d.organization_id = ?', query.organizationId],
  ];
  for (const [sql, value] of filters) {
    if (value === undefined) continue;
    where.push(sql);
    params.push(value);
  }
  const rows = db
    .prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY s.position, d.created_at DESC, d.id LIMIT ?`)
    .all(...params, query.limit) as DealRow[];
  return toDeals(db, rows);
}
