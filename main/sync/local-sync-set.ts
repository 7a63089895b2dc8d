/**
 * The change set of THIS device that an import sometimes has to write (merging two tags of
 * the same name): created only when first needed, after the clock has seen every remote
 * HLC of the import, so its own HLC is later than all of them and wins.
 */
import type Database from 'better-sqlite3';
import { ChangeSet } from '../db/change-set';
import type { EntityName } from '../db/entities';
import type { HybridLogicalClock } from '../db/hlc';
import { newId } from '../db/ids';
import { statement } from '../db/statements';

export interface LocalSyncSet {
  /** The set, created on first use. */
  changes(): ChangeSet;
  /** Appends a log row for a write already made to the table by the merge itself. */
  logRaw(entity: EntityName, id: string, ownerId: string, field: string, oldValue: string | null, newValue: string | null): void;
  readonly nowIso: string;
}

export function createLocalSyncSet(db: Database.Database, clock: HybridLogicalClock, now: Date, label: string): LocalSyncSet {
  let set: ChangeSet | null = null;
  const nowIso = now.toISOString();
  const changes = (): ChangeSet => {
    if (set) return set;
    const id = newId();
    const hlc = clock.now();
    statement(db, `INSERT INTO change_sets (id, hlc, device_id, kind, label, created_at) VALUES (?, ?, ?, 'sync', ?, ?)`).run(
      id, hlc, clock.deviceId, label, nowIso,
    );
    set = new ChangeSet(db, { id, hlc, deviceId: clock.deviceId }, nowIso);
    return set;
  };
  return {
    changes,
    nowIso,
    logRaw(entity, id, ownerId, field, oldValue, newValue) {
      const { info } = changes();
      statement(
        db,
        `INSERT INTO change_log (change_set_id, hlc, device_id, entity, entity_id, owner_id, field, old_value, new_value)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(info.id, info.hlc, info.deviceId, entity, id, ownerId, field, oldValue, newValue);
    },
  };
}
