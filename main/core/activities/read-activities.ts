/**
 * Reading activities: one by id, and timelines newest first with keyset pagination on
 * (occurred_at, id), so a page deep into years of history costs what the first one does.
 */
import type Database from 'better-sqlite3';
import type { Activity, ActivityKind, TimelinePage } from '../../../shared/domain/activities';
import { RapportError } from '../../../shared/domain/errors';
import { statement } from '../../db/statements';

interface ActivityRow {
  id: string;
  kind: ActivityKind;
  occurred_at: string;
  duration_minutes: number | null;
  outcome: string;
  subject: string;
  body: string;
  organization_id: string | null;
  organization_name: string | null;
  deal_id: string | null;
  deal_title: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const SELECT = `SELECT a.id, a.kind, a.occurred_at, a.duration_minutes, a.outcome, a.subject, a.body,
  a.organization_id, o.name AS organization_name, a.deal_id, d.title AS deal_title, a.created_at, a.updated_at, a.deleted_at
  FROM activities a LEFT JOIN organizations o ON o.id = a.organization_id LEFT JOIN deals d ON d.id = a.deal_id`;

function toActivities(db: Database.Database, rows: ActivityRow[]): Activity[] {
  if (rows.length === 0) return [];
  const links = db
    .prepare(
      `SELECT ac.activity_id, c.id, c.display_name FROM activity_contacts ac JOIN contacts c ON c.id = ac.contact_id
        WHERE ac.activity_id IN (${rows.map(() => '?').join(', ')}) ORDER BY c.sort_key, c.id`,
    )
    .all(...rows.map((row) => row.id)) as { activity_id: string; id: string; display_name: string }[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    occurredAt: row.occurred_at,
    durationMinutes: row.duration_minutes,
    outcome: row.outcome,
    subject: row.subject,
    body: row.body,
    contacts: links.filter((link) => link.activity_id === row.id).map((link) => ({ id: link.id, displayName: link.display_name })),
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    dealId: row.deal_id,
    dealTitle: row.deal_title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }));
}

export function readActivity(db: Database.Database, id: string): Activity {
  const row = statement(db, `${SELECT} WHERE a.id = ?`).get(id) as ActivityRow | undefined;
  if (!row) throw new RapportError('NOT_FOUND', `There is no activity with id ${id}.`, { id });
  return toActivities(db, [row])[0]!;
}

export interface TimelineQuery {
  contactId?: string | undefined;
  organizationId?: string | undefined;
  dealId?: string | undefined;
  kinds?: readonly ActivityKind[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor: string | null;
}

function decodeCursor(cursor: string): { occurredAt: string; id: string } {
  const separator = cursor.indexOf('|');
  if (separator <= 0) throw new RapportError('INVALID_INPUT', 'That timeline cursor is not one this service gave out.', { field: 'cursor' });
  return { occurredAt: cursor.slice(0, separator), id: cursor.slice(separator + 1) };
}

export function readTimeline(db: Database.Database, query: TimelineQuery): TimelinePage {
  const where: string[] = ['a.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (query.contactId) {
    where.push('a.id IN (SELECT activity_id FROM activity_contacts WHERE contact_id = ?)');
    params.push(query.contactId);
  }
  if (query.organizationId) {
    // The organization's own activities and those of its people.
    where.push(`(a.organization_id = ? OR a.id IN (SELECT ac.activity_id FROM activity_contacts ac
      JOIN contacts c ON c.id = ac.contact_id WHERE c.organization_id = ?))`);
    params.push(query.organizationId, query.organizationId);
  }
  if (query.dealId) {
    where.push('a.deal_id = ?');
    params.push(query.dealId);
  }
  if (query.kinds && query.kinds.length > 0) {
    where.push(`a.kind IN (${query.kinds.map(() => '?').join(', ')})`);
    params.push(...query.kinds);
  }
  if (query.from) {
    where.push('a.occurred_at >= ?');
    params.push(new Date(query.from).toISOString());
  }
  if (query.to) {
    where.push('a.occurred_at < ?');
    params.push(new Date(query.to).toISOString());
  }
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    where.push('(a.occurred_at < ? OR (a.occurred_at = ? AND a.id < ?))');
    params.push(after.occurredAt, after.occurredAt, after.id);
  }
  const rows = db
    .prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?`)
    .all(...params, query.limit + 1) as ActivityRow[];
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: toActivities(db, page),
    nextCursor: rows.length > query.limit && last ? `${last.occurred_at}|${last.id}` : null,
  };
}
