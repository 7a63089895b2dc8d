/**
 * Each database knows which machine it lives on: the device id goes into every change-log
 * row so that sync can tell whose edit is whose.
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface DeviceIdentity {
  id: string;
  name: string;
}

function readMeta(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function ensureDeviceIdentity(
  db: Database.Database,
  options: { readonly: boolean; deviceName?: string | undefined },
): DeviceIdentity {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return { id: 'readonly', name: options.deviceName ?? os.hostname() };
  const existingId = readMeta(db, 'device_id');
  const existingName = readMeta(db, 'device_name');
  if (existingId && (existingName || options.readonly)) {
    return { id: existingId, name: existingName ?? '' };
  }
  if (options.readonly) return { id: 'readonly', name: options.deviceName ?? os.hostname() };
  // 16 hex characters: short enough to repeat on every log row, wide enough never to collide.
  const id = existingId ?? randomBytes(8).toString('hex');
  const name = options.deviceName ?? os.hostname();
  const upsert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    upsert.run('device_id', id);
    upsert.run('device_name', name);
  })();
  return { id, name };
}
