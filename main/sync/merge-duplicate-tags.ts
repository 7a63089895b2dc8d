/**
 * Two devices that each create the tag "VIP" make two rows with different ids, but only one
 * live tag may hold a name (the tags_by_name unique index). The rule, the same on every
 * device so all of them reach the same result without talking:
 *
 *   the tag with the smaller id (the older UUIDv7) survives; the other goes to the trash
 *   and every contact carrying it carries the survivor instead.
 *
 * Both steps are written as a change set of this device (kind 'sync'), so they travel on
 * to peers like any edit; two devices making the same merge write the same values.
 * Known limit: a link to the trashed tag that arrives in a LATER import stays on it (the
 * tag is in the trash, so the contact simply does not show it).
 */
import type Database from 'better-sqlite3';
import type { Row } from '../db/change-set';
import { linkId } from '../db/ids';
import { encodeLogValue } from '../db/log-values';
import { statement } from '../db/statements';
import type { LocalSyncSet } from './local-sync-set';

export interface TagMerge {
  loserId: string;
  survivorId: string;
}

/**
 * Decides a clash before tag `id` is written live. The trashing is logged at once, so a
 * later step of the same import that re-reads the log sees the tag as trashed.
 * Returns fields that keep `id` itself out of the unique index when it is the loser.
 */
export function resolveTagClash(db: Database.Database, local: LocalSyncSet, id: string, values: Row, merges: TagMerge[]): Row | undefined {
  const other = statement(db, 'SELECT id FROM tags WHERE name_key = ? AND deleted_at IS NULL AND id <> ?').pluck().get(values.name_key, id) as
    | string
    | undefined;
  if (other === undefined) return undefined;
  const loserId = other < id ? id : other;
  const survivorId = other < id ? other : id;
  merges.push({ loserId, survivorId });
  local.logRaw('tag', loserId, loserId, 'deleted_at', null, encodeLogValue(local.nowIso));
  if (loserId === id) return { deleted_at: local.nowIso };
  statement(db, 'UPDATE tags SET deleted_at = ? WHERE id = ?').run(local.nowIso, other);
  return undefined;
}

/** Moves the contacts of each trashed duplicate to its survivor; returns the contacts moved. */
export function moveTagLinks(local: LocalSyncSet, merges: readonly TagMerge[]): Set<string> {
  const contactIds = new Set<string>();
  if (merges.length === 0) return contactIds;
  const changes = local.changes();
  for (const { loserId, survivorId } of merges) {
    const links = statement(changes.db, 'SELECT id, contact_id FROM contact_tags WHERE tag_id = ?').all(loserId) as { id: string; contact_id: string }[];
    for (const link of links) {
      changes.remove('contact_tag', link.id);
      const moved = linkId(link.contact_id, survivorId);
      if (!changes.read('contact_tag', moved)) changes.insert('contact_tag', { id: moved, contact_id: link.contact_id, tag_id: survivorId });
      contactIds.add(link.contact_id);
    }
  }
  return contactIds;
}
