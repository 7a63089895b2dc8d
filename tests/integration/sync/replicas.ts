/**
 * Real replicas for sync tests: each one a SQLite file with the real services, its own
 * device id and, when asked, a wall clock that is wrong by days.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createCoreContext } from '../../../main/core/context';
import { createServices, type Services } from '../../../main/core/services';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open';
import { createConflictsService } from '../../../main/sync/conflicts';
import { createSyncService } from '../../../main/sync/sync-service';

export interface Replica {
  name: string;
  dir: string;
  opened: OpenedDatabase;
  db: Database.Database;
  services: Services;
  sync: ReturnType<typeof createSyncService>;
  conflicts: ReturnType<typeof createConflictsService>;
  /** Writes a bundle of everything (or what `peer` has not acknowledged) and returns its path. */
  exportTo(peer?: string, passphrase?: string): string;
  close(): void;
}

let bundleCounter = 0;

export async function openReplica(dir: string, name: string, skewMs = 0): Promise<Replica> {
  fs.mkdirSync(dir, { recursive: true });
  const opened = await openDatabase(path.join(dir, `${name}.sqlite`), { deviceName: name });
  const ctx = createCoreContext(opened, { now: () => new Date(Date.now() + skewMs) });
  const services = createServices(ctx);
  const sync = createSyncService(ctx, (file) => path.join(dir, 'staging', file));
  return {
    name,
    dir,
    opened,
    db: opened.db,
    services,
    sync,
    conflicts: createConflictsService(ctx),
    exportTo(peer, passphrase) {
      bundleCounter += 1;
      const target = path.join(dir, 'bundles', `${name}-${bundleCounter}.rapport-changes`);
      sync.exportBundle({ path: target, ...(peer ? { peer } : {}), ...(passphrase ? { passphrase } : {}) });
      return target;
    },
    close: () => opened.close(),
  };
}

/** The tables a person's data lives in, without local-only columns (seq, import provenance). */
const USER_TABLES = [
  'organizations', 'contacts', 'contact_emails', 'contact_phones', 'contact_addresses', 'contact_urls', 'contact_ims', 'contact_related',
  'contact_vcard_extras', 'tags', 'contact_tags', 'saved_searches', 'pipeline_stages', 'deals', 'deal_contacts', 'activities',
  'activity_contacts', 'reminders', 'purchases', 'purchase_items',
];
const LOCAL_COLUMNS = new Set(['seq', 'import_id']);

export function canonicalDump(db: Database.Database): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of USER_TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
    dump[table] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !LOCAL_COLUMNS.has(column))));
  }
  return dump;
}
