import type { ChangeSet } from '../../db/change-set';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { foldKey } from '../../../shared/text/fold-key';

/** "ACME" typed on one card and "Acme" on another are one organization. */
export function findOrCreateOrganization(changes: ChangeSet, name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const nameKey = foldKey(trimmed);
  const existing = statement(changes.db, 'SELECT id FROM organizations WHERE name_key = ? AND deleted_at IS NULL ORDER BY id LIMIT 1').get(
    nameKey,
  ) as { id: string } | undefined;
  if (existing) return existing.id;
  const id = newId();
  changes.insert('organization', { id, name: trimmed, name_key: nameKey });
  return id;
}
