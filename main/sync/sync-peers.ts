/**
 * The devices this one exchanges bundles with: who they are, how far each side has got,
 * and how many changes here the peer has not acknowledged yet.
 */
import type Database from 'better-sqlite3';
import { RapportError } from '../../shared/domain/errors';
import type { SyncPeer } from '../../shared/domain/sync';
import { statement } from '../db/statements';

interface PeerRow {
  device_id: string;
  name: string;
  last_sent_hlc: string | null;
  last_received_hlc: string | null;
  last_sent_at: string | null;
  last_received_at: string | null;
  acked_seq: number;
  received_seq: number;
}

export function findPeer(db: Database.Database, nameOrId: string): PeerRow {
  const row = statement(db, 'SELECT * FROM sync_peers WHERE device_id = ? OR name = ? ORDER BY device_id = ? DESC LIMIT 1').get(nameOrId, nameOrId, nameOrId) as
    | PeerRow
    | undefined;
  if (!row) {
    const known = statement(db, 'SELECT name FROM sync_peers ORDER BY name').pluck().all() as string[];
    throw new RapportError('NOT_FOUND', `There is no peer “${nameOrId}” (known: ${known.join(', ') || 'none yet; import a bundle from it first'}).`, { field: 'peer' });
  }
  return row;
}

export function listPeers(db: Database.Database): SyncPeer[] {
  const rows = statement(db, 'SELECT * FROM sync_peers ORDER BY name, device_id').all() as PeerRow[];
  return rows.map((row) => ({
    deviceId: row.device_id,
    name: row.name,
    lastSentAt: row.last_sent_at,
    lastReceivedAt: row.last_received_at,
    lastSentHlc: row.last_sent_hlc,
    lastReceivedHlc: row.last_received_hlc,
    pending: statement(db, 'SELECT count(*) FROM change_log WHERE seq > ?').pluck().get(row.acked_seq) as number,
  }));
}

/** How far of each peer's log this device has applied: sent back to them as acknowledgement. */
export function acknowledgements(db: Database.Database): Record<string, number> {
  const rows = statement(db, 'SELECT device_id, received_seq FROM sync_peers WHERE received_seq > 0').all() as { device_id: string; received_seq: number }[];
  return Object.fromEntries(rows.map((row) => [row.device_id, row.received_seq]));
}

export function recordSent(db: Database.Database, deviceId: string, toSeq: number, toHlc: string | null, nowIso: string): void {
  statement(
    db,
    'UPDATE sync_peers SET last_sent_seq = max(last_sent_seq, ?), last_sent_hlc = coalesce(?, last_sent_hlc), last_sent_at = ? WHERE device_id = ?',
  ).run(toSeq, toHlc, nowIso, deviceId);
}

export interface ReceivedBundle {
  deviceId: string;
  name: string;
  fromSeq: number;
  toSeq: number;
  latestHlc: string | null;
  /** What the sender says it has applied of this device's log. */
  ackedSeq: number;
}

/**
 * Remembers a bundle received. The received position only moves when the bundle starts at
 * or before it: after a gap (a bundle missed), the sender must resend from the old point.
 */
export function recordReceived(db: Database.Database, bundle: ReceivedBundle, nowIso: string): void {
  statement(db, 'INSERT OR IGNORE INTO sync_peers (device_id, name) VALUES (?, ?)').run(bundle.deviceId, bundle.name);
  statement(
    db,
    `UPDATE sync_peers SET name = ?,
        received_seq = CASE WHEN ? <= received_seq THEN max(received_seq, ?) ELSE received_seq END,
        acked_seq = max(acked_seq, ?),
        last_received_hlc = CASE WHEN last_received_hlc IS NULL OR ? > last_received_hlc THEN ? ELSE last_received_hlc END,
        last_received_at = ?
      WHERE device_id = ?`,
  ).run(bundle.name, bundle.fromSeq, bundle.toSeq, bundle.ackedSeq, bundle.latestHlc, bundle.latestHlc, nowIso, bundle.deviceId);
}
