/**
 * Applies change-log rows that came from another device. The caller holds the transaction.
 *
 * 1. Each row not seen before (key: hlc, device, entity, id, field — the HLC text holds the
 *    device) is appended to the log with its ORIGINAL hlc and device, under its original
 *    change set recorded here as kind 'sync': history shows it, and it is forwarded to the
 *    next peer. Rows already present are skipped, so a bundle imported twice, or bundles
 *    out of order or overlapping, change nothing more.
 * 2. Free-text fields edited on both sides keep the losing text as a conflict.
 * 3. The clock observes the latest remote HLC, so edits made here afterwards sort after.
 * 4. Every row touched (and every row waiting in sync_deferred) is made to agree with the
 *    log, parents first: see materialize-row.ts for the rules.
 * 5. Contacts whose data changed are re-indexed for search.
 */
import type Database from 'better-sqlite3';
import { isEntityName, type EntityName } from '../db/entities';
import type { HybridLogicalClock } from '../db/hlc';
import { statement } from '../db/statements';
import { reindexContact } from '../core/search/search-index';
import type { ChangeRow } from './bundle-format';
import { recordConflictIfAny } from './free-text-conflicts';
import { createLocalSyncSet } from './local-sync-set';
import { MATERIALIZE_ORDER, createMaterializer } from './materialize-row';
import { moveTagLinks, resolveTagClash, type TagMerge } from './merge-duplicate-tags';

export interface RemoteChangeSet {
  id: string;
  hlc: string;
  deviceId: string;
  label: string;
  createdAt: string;
}

export interface ApplyOutcome {
  applied: number;
  conflicts: number;
  deferred: number;
  contactIds: Set<string>;
  /** The HLC of the latest row received (applied or already known). */
  latestHlc: string | null;
}

export interface ApplyOptions {
  db: Database.Database;
  clock: HybridLogicalClock;
  now: Date;
  origin: 'bundle' | 'carddav';
}

function alreadySeen(db: Database.Database, row: ChangeRow): boolean {
  return statement(db, 'SELECT 1 FROM change_log WHERE entity = ? AND entity_id = ? AND field = ? AND hlc = ? AND device_id = ? LIMIT 1').get(
    row.entity, row.entityId, row.field, row.hlc, row.deviceId,
  ) !== undefined;
}

export function applyRemoteChanges(options: ApplyOptions, sets: ReadonlyMap<string, RemoteChangeSet>, rows: readonly ChangeRow[]): ApplyOutcome {
  const { db, clock, now, origin } = options;
  const nowIso = now.toISOString();
  // In HLC order, so each free-text edit is compared with the winner of the edits before it.
  const ordered = rows.map((row, index) => ({ row, index })).sort((a, b) => (a.row.hlc < b.row.hlc ? -1 : a.row.hlc > b.row.hlc ? 1 : a.index - b.index));
  const touched = new Map<EntityName, Set<string>>();
  const setsWritten = new Set<string>();
  let applied = 0;
  let conflicts = 0;
  let latestHlc: string | null = null;

  for (const { row } of ordered) {
    if (latestHlc === null || row.hlc > latestHlc) latestHlc = row.hlc;
    // A newer schema is refused before this point, so an unknown entity is a damaged row.
    if (!isEntityName(row.entity) || alreadySeen(db, row)) continue;
    if (recordConflictIfAny(db, row, origin, nowIso)) conflicts += 1;
    if (!setsWritten.has(row.setId)) {
      const set = sets.get(row.setId);
      statement(db, `INSERT OR IGNORE INTO change_sets (id, hlc, device_id, kind, label, created_at) VALUES (?, ?, ?, 'sync', ?, ?)`).run(
        row.setId, set?.hlc ?? row.hlc, set?.deviceId ?? row.deviceId, set?.label ?? '', set?.createdAt ?? nowIso,
      );
      setsWritten.add(row.setId);
    }
    statement(
      db,
      `INSERT INTO change_log (change_set_id, hlc, device_id, entity, entity_id, owner_id, field, old_value, new_value)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(row.setId, row.hlc, row.deviceId, row.entity, row.entityId, row.ownerId, row.field, row.oldValue, row.newValue);
    applied += 1;
    let ids = touched.get(row.entity);
    if (!ids) touched.set(row.entity, (ids = new Set()));
    ids.add(row.entityId);
  }
  if (latestHlc) clock.observe(latestHlc);

  const waiting = statement(db, 'SELECT entity, entity_id FROM sync_deferred').all() as { entity: string; entity_id: string }[];
  for (const { entity, entity_id } of waiting) {
    if (!isEntityName(entity)) continue;
    let ids = touched.get(entity);
    if (!ids) touched.set(entity, (ids = new Set()));
    ids.add(entity_id);
  }

  const local = createLocalSyncSet(db, clock, now, 'Merge tags of the same name');
  const merges: TagMerge[] = [];
  const materializer = createMaterializer(db, { beforeLiveTag: (id, values) => resolveTagClash(db, local, id, values, merges) });
  for (const entity of MATERIALIZE_ORDER) {
    for (const id of touched.get(entity) ?? []) materializer.materialize(entity, id);
  }
  const contactIds = new Set(materializer.contactIds);
  for (const id of moveTagLinks(local, merges)) contactIds.add(id);
  // A renamed tag or organization changes what its contacts are found by.
  for (const id of touched.get('tag') ?? []) {
    for (const contactId of statement(db, 'SELECT contact_id FROM contact_tags WHERE tag_id = ?').pluck().all(id) as string[]) contactIds.add(contactId);
  }
  for (const id of touched.get('organization') ?? []) {
    for (const contactId of statement(db, 'SELECT id FROM contacts WHERE organization_id = ?').pluck().all(id) as string[]) contactIds.add(contactId);
  }
  for (const id of contactIds) reindexContact(db, id);
  const deferred = statement(db, 'SELECT count(*) FROM sync_deferred').pluck().get() as number;
  return { applied, conflicts, deferred, contactIds, latestHlc };
}
