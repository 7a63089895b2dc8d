/**
 * Free text is where last-writer-wins would silently throw away someone's words, so there
 * a losing edit is kept as a conflict for a person to review. Other fields (a birthday, a
 * flag, a position) simply take the later value.
 *
 * Two edits of a field are concurrent, rather than one building on the other, when the
 * winner did not start from the loser's text: `winner.old_value !== loser.new_value`.
 * An edit made after seeing the other starts from it, so it never counts. NULLs are the
 * field rows of a removal, not text anyone typed: they never make a conflict.
 */
import type Database from 'better-sqlite3';
import { newId } from '../db/ids';
import { statement } from '../db/statements';
import type { ChangeRow } from './bundle-format';

export const FREE_TEXT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  contact: ['notes', 'custom_fields'],
  organization: ['notes'],
  deal: ['notes', 'close_reason'],
  activity: ['subject', 'body', 'outcome'],
  reminder: ['notes'],
  purchase: ['notes'],
};

export function isFreeText(entity: string, field: string): boolean {
  return FREE_TEXT_FIELDS[entity]?.includes(field) ?? false;
}

interface Winner {
  hlc: string;
  device_id: string;
  old_value: string | null;
  new_value: string | null;
}

/** Call before `incoming` is added to the log. Returns whether a conflict was recorded. */
export function recordConflictIfAny(db: Database.Database, incoming: ChangeRow, origin: 'bundle' | 'carddav', nowIso: string): boolean {
  if (!isFreeText(incoming.entity, incoming.field) || incoming.newValue === null) return false;
  // The latest *typed* value: a removal's NULL row is not text, so it must not stand between two
  // concurrent edits (a replica that purged first would otherwise never see their conflict,
  // while replicas that saw the edits before the purge would: the found seed -704880573).
  const current = statement(
    db,
    'SELECT hlc, device_id, old_value, new_value FROM change_log WHERE entity = ? AND entity_id = ? AND field = ? AND new_value IS NOT NULL ORDER BY hlc DESC, seq DESC LIMIT 1',
  ).get(incoming.entity, incoming.entityId, incoming.field) as Winner | undefined;
  if (!current || current.new_value === null || current.new_value === incoming.newValue) return false;
  const candidate: Winner = { hlc: incoming.hlc, device_id: incoming.deviceId, old_value: incoming.oldValue, new_value: incoming.newValue };
  const [winner, loser] = incoming.hlc > current.hlc ? [candidate, current] : [current, candidate];
  if (winner.old_value === loser.new_value) return false;
  const result = statement(
    db,
    `INSERT OR IGNORE INTO sync_conflicts (id, entity, entity_id, field, kept_value, lost_value, kept_hlc, lost_hlc, lost_device, origin, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), incoming.entity, incoming.entityId, incoming.field, winner.new_value, loser.new_value, winner.hlc, loser.hlc, loser.device_id, origin, nowIso);
  return result.changes === 1;
}
