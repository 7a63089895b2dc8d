/**
 * Reading the change log for a bundle: every row after a position in THIS database's log,
 * whoever made it, so changes received from a third device are forwarded too (A -> B -> C).
 */
import type Database from 'better-sqlite3';
import type { BundleBody } from './bundle-format';

interface LogRow {
  seq: number;
  change_set_id: string;
  hlc: string;
  device_id: string;
  entity: string;
  entity_id: string;
  owner_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  kind: string;
  label: string;
  created_at: string;
}

export interface ChangeLogSlice {
  body: BundleBody;
  fromSeq: number;
  toSeq: number;
  fromHlc: string | null;
  toHlc: string | null;
}

/**
 * One change set may write the same field twice (insert, then a touch); rows are collapsed
 * to one per (hlc, device, entity, id, field) with the first old and the last new value, the
 * key receivers deduplicate on.
 */
export function readChangeLogSince(db: Database.Database, afterSeq: number): ChangeLogSlice {
  const rows = db
    .prepare(
      `SELECT l.seq, l.change_set_id, l.hlc, l.device_id, l.entity, l.entity_id, l.owner_id, l.field, l.old_value, l.new_value,
              s.kind, s.label, s.created_at
         FROM change_log l JOIN change_sets s ON s.id = l.change_set_id
        WHERE l.seq > ? ORDER BY l.seq`,
    )
    .all(afterSeq) as LogRow[];
  const sets = new Map<string, number>();
  const body: BundleBody = { sets: [], rows: [] };
  const byKey = new Map<string, number>();
  let fromHlc: string | null = null;
  let toHlc: string | null = null;
  for (const row of rows) {
    let setIndex = sets.get(row.change_set_id);
    if (setIndex === undefined) {
      setIndex = body.sets.length;
      sets.set(row.change_set_id, setIndex);
      body.sets.push([row.change_set_id, row.hlc, row.device_id, row.kind, row.label, row.created_at]);
    }
    const key = `${row.hlc}\u0000${row.entity}\u0000${row.entity_id}\u0000${row.field}`;
    const existing = byKey.get(key);
    if (existing !== undefined) {
      body.rows[existing]![6] = row.new_value;
      continue;
    }
    byKey.set(key, body.rows.length);
    body.rows.push([setIndex, row.entity, row.entity_id, row.owner_id, row.field, row.old_value, row.new_value]);
    if (fromHlc === null || row.hlc < fromHlc) fromHlc = row.hlc;
    if (toHlc === null || row.hlc > toHlc) toHlc = row.hlc;
  }
  const last = rows.at(-1);
  return { body, fromSeq: afterSeq, toSeq: last ? last.seq : afterSeq, fromHlc, toHlc };
}
