/**
 * Runs a write as one transaction with one change set. Services call this and nothing
 * else to write; it is what makes "a failed transaction leaves neither data nor log rows"
 * true everywhere.
 */
import type Database from 'better-sqlite3';
import { ChangeSet } from './change-set';
import type { HybridLogicalClock } from './hlc';
import { newId } from './ids';
import { statement } from './statements';

export type ChangeKind = 'user' | 'undo' | 'redo' | 'import' | 'sync' | 'system';

export interface ChangeMeta {
  kind: ChangeKind;
  /** Shown in history and on the undo toast: "Edit Ștefan Popescu". */
  label: string;
  targetId?: string | null;
  importId?: string | null;
}

export function runInChangeSet<T>(
  db: Database.Database,
  clock: HybridLogicalClock,
  now: Date,
  meta: ChangeMeta,
  work: (changes: ChangeSet) => T,
): { result: T; changeSetId: string | null } {
  const run = db.transaction(() => {
    const id = newId();
    const hlc = clock.now();
    const nowIso = now.toISOString();
    statement(
      db,
      `INSERT INTO change_sets (id, hlc, device_id, kind, label, target_id, import_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, hlc, clock.deviceId, meta.kind, meta.label, meta.targetId ?? null, meta.importId ?? null, nowIso);
    const changes = new ChangeSet(db, { id, hlc, deviceId: clock.deviceId }, nowIso);
    const result = work(changes);
    if (changes.size === 0) {
      // Nothing was written: leave no empty set behind for undo to trip over, unless the
      // work marked another set as undone by this one (an undo whose effects were moot).
      const removed = statement(db, 'DELETE FROM change_sets WHERE id = ? AND NOT EXISTS (SELECT 1 FROM change_sets WHERE undone_by = ?)').run(id, id);
      if (removed.changes === 1) return { result, changeSetId: null };
    }
    return { result, changeSetId: id };
  });
  return run.immediate();
}
