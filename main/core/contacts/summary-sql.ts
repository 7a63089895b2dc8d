/**
 * The columns of a list row. Primary e-mail and phone come from correlated subqueries:
 * with the child indexes that is a few microseconds per row, and a page is at most a few
 * hundred rows.
 */
import type { ContactSummary } from '../../../shared/domain/contact';

export const SUMMARY_COLUMNS = `
  c.id, c.display_name, coalesce(o.name, '') AS organization_name, c.title,
  (SELECT e.address FROM contact_emails e WHERE e.contact_id = c.id ORDER BY e.is_primary DESC, e.position LIMIT 1) AS primary_email,
  (SELECT p.number FROM contact_phones p WHERE p.contact_id = c.id ORDER BY p.is_primary DESC, p.position LIMIT 1) AS primary_phone,
  c.favorite, c.photo IS NOT NULL AS has_photo, c.last_contacted_at, c.created_at, c.deleted_at`;

export const SUMMARY_FROM = 'contacts c LEFT JOIN organizations o ON o.id = c.organization_id';

export interface SummaryRow {
  id: string;
  display_name: string;
  organization_name: string;
  title: string;
  primary_email: string | null;
  primary_phone: string | null;
  favorite: number;
  has_photo: number;
  last_contacted_at: string;
  created_at: string;
  deleted_at: string | null;
}

export function toSummary(row: SummaryRow): ContactSummary {
  return {
    id: row.id,
    displayName: row.display_name,
    organizationName: row.organization_name,
    title: row.title,
    primaryEmail: row.primary_email,
    primaryPhone: row.primary_phone,
    favorite: row.favorite === 1,
    hasPhoto: row.has_photo === 1,
    lastContactedAt: row.last_contacted_at || null,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  };
}
