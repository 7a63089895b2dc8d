/**
 * What every service receives: the database and the means to write to it. Services own no
 * globals, so the same code runs in Electron, in the CLI, behind the HTTP host and in tests.
 */
import type Database from 'better-sqlite3';
import type { AppEvent, DataEntity } from '../../shared/api/events';
import type { ChangeSet } from '../db/change-set';
import type { DeviceIdentity } from '../db/device';
import { HybridLogicalClock } from '../db/hlc';
import type { OpenedDatabase } from '../db/open';
import { runInChangeSet, type ChangeMeta } from '../db/transaction';

export interface CoreContext {
  db: Database.Database;
  dbPath: string;
  device: DeviceIdentity;
  clock: HybridLogicalClock;
  now(): Date;
  emit(event: AppEvent): void;
}

export interface CoreContextOptions {
  now?: () => Date;
  emit?: (event: AppEvent) => void;
}

export function createCoreContext(opened: OpenedDatabase, options: CoreContextOptions = {}): CoreContext {
  const now = options.now ?? (() => new Date());
  const clock = new HybridLogicalClock(opened.device.id, () => now().getTime());
  // Never hand out a timestamp older than one already stored (the wall clock may have gone back).
  const latest = opened.db.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null } | undefined;
  if (latest?.hlc) clock.observe(latest.hlc);
  return {
    db: opened.db,
    dbPath: opened.path,
    device: opened.device,
    clock,
    now,
    emit: options.emit ?? (() => {}),
  };
}

/** Runs `work` as one transaction and one change set, then tells listeners what changed. */
export function write<T>(
  ctx: CoreContext,
  meta: ChangeMeta & { entities: DataEntity[] },
  work: (changes: ChangeSet) => T,
): { result: T; changeSetId: string | null } {
  const { entities, ...changeMeta } = meta;
  const outcome = runInChangeSet(ctx.db, ctx.clock, ctx.now(), changeMeta, work);
  if (outcome.changeSetId) ctx.emit({ type: 'dataChanged', entities, changeSetId: outcome.changeSetId });
  return outcome;
}
