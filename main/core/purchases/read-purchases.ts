import type Database from 'better-sqlite3';
import { RapportError } from '../../../shared/domain/errors';
import { lineTotalMinor, type LifetimeValue, type Purchase } from '../../../shared/domain/purchases';
import { statement } from '../../db/statements';

interface PurchaseRow {
  id: string;
  contact_id: string | null;
  contact_name: string | null;
  organization_id: string | null;
  organization_name: string | null;
  deal_id: string | null;
  purchased_on: string;
  currency: string;
  total_minor: number;
  notes: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const SELECT = `SELECT p.*, c.display_name AS contact_name, o.name AS organization_name
  FROM purchases p LEFT JOIN contacts c ON c.id = p.contact_id LEFT JOIN organizations o ON o.id = p.organization_id`;

function toPurchase(db: Database.Database, row: PurchaseRow): Purchase {
  const items = statement(db, 'SELECT id, description, quantity, unit_price_minor FROM purchase_items WHERE purchase_id = ? ORDER BY position').all(row.id) as {
    id: string;
    description: string;
    quantity: number;
    unit_price_minor: number;
  }[];
  return {
    id: row.id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    dealId: row.deal_id,
    purchasedOn: row.purchased_on,
    currency: row.currency,
    totalMinor: row.total_minor,
    notes: row.notes,
    items: items.map((item) => ({
      id: item.id,
      description: item.description,
      quantity: item.quantity,
      unitPriceMinor: item.unit_price_minor,
      totalMinor: lineTotalMinor(item.quantity, item.unit_price_minor),
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function readPurchase(db: Database.Database, id: string): Purchase {
  const row = statement(db, `${SELECT} WHERE p.id = ?`).get(id) as PurchaseRow | undefined;
  if (!row) throw new RapportError('NOT_FOUND', `There is no purchase with id ${id}.`, { id });
  return toPurchase(db, row);
}

export function listPurchases(db: Database.Database, query: { contactId?: string | undefined; organizationId?: string | undefined; limit: number }): Purchase[] {
  const where = ['p.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (query.contactId) {
    where.push('p.contact_id = ?');
    params.push(query.contactId);
  }
  if (query.organizationId) {
    where.push(ORGANIZATION_PURCHASES);
    params.push(query.organizationId, query.organizationId);
  }
  const rows = db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.purchased_on DESC, p.id DESC LIMIT ?`).all(...params, query.limit) as PurchaseRow[];
  return rows.map((row) => toPurchase(db, row));
}

/**
 * An organization's purchases: those recorded on it and those of its people (counted once
 * even when a purchase names both).
 */
const ORGANIZATION_PURCHASES = '(p.organization_id = ? OR p.contact_id IN (SELECT id FROM contacts WHERE organization_id = ?))';

/** Per currency, never summed across currencies. */
export function lifetimeValue(db: Database.Database, scope: { contactId?: string | undefined; organizationId?: string | undefined }): LifetimeValue {
  const condition = scope.contactId ? 'p.contact_id = ?' : ORGANIZATION_PURCHASES;
  const params = scope.contactId ? [scope.contactId] : [scope.organizationId, scope.organizationId];
  return (
    db
      .prepare(
        `SELECT p.currency, sum(p.total_minor) AS total, count(*) AS purchases, min(p.purchased_on) AS first_on, max(p.purchased_on) AS last_on
           FROM purchases p WHERE p.deleted_at IS NULL AND ${condition} GROUP BY p.currency ORDER BY total DESC, p.currency`,
      )
      .all(...params) as { currency: string; total: number; purchases: number; first_on: string; last_on: string }[]
  ).map((row) => ({ currency: row.currency, totalMinor: row.total, purchases: row.purchases, firstOn: row.first_on, lastOn: row.last_on }));
}
