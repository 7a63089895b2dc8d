/**
 * Makes one row of a table agree with the change log. This is the whole merge: the table
 * is a function of the SET of log rows, so replicas holding the same rows hold the same
 * data, whatever order the rows came in.
 *
 *   exists  = the latest `_row` entry (by HLC) says 'present', and every parent it cannot
 *             live without (a NOT NULL or ON DELETE CASCADE foreign key) exists;
 *   field   = the value of the latest entry for that field (by HLC; the last one of a
 *             change set that wrote it twice);
 *   links   = a nullable foreign key to a row that does not exist reads as NULL.
 *
 * Consequences, on purpose:
 * - Deletes are tombstones: a removed row stays removed whatever later edits of its fields
 *   arrive; only a later `_row` 'present' (an undone purge) brings it back, with the latest
 *   value of every field.
 * - Soft deletes (deleted_at) are an ordinary field: last writer wins between trash and restore.
 * - A NULL written by a removal into a NOT NULL column (the removal logs every field as
 *   NULL) reads as the column's default, as a fresh insert that left the field out would.
 * - A row whose parent is missing is remembered in sync_deferred and retried after every
 *   import; removing a parent defers its children too, so they return with it.
 */
import type Database from 'better-sqlite3';
import type { Row } from '../db/change-set';
import { ENTITIES, ROW_FIELD, type EntityName } from '../db/entities';
import { decodeLogValue, sameSqlValue, type SqlValue } from '../db/log-values';
import { statement } from '../db/statements';
import { dropFromIndex } from '../core/search/search-index';
import { referencesTo, tableShape } from './table-shape';

/** Parents before children, so a bundle's rows find their parents when applied in this order. */
export const MATERIALIZE_ORDER: readonly EntityName[] = [
  'organization', 'tag', 'pipeline_stage', 'saved_search', 'csv_mapping', 'contact', 'deal', 'activity', 'purchase', 'reminder',
  ...(Object.keys(ENTITIES) as EntityName[]).filter(
    (name) => !['organization', 'tag', 'pipeline_stage', 'saved_search', 'csv_mapping', 'contact', 'deal', 'activity', 'purchase', 'reminder'].includes(name),
  ),
];

export interface LogState {
  /** undefined: the log has never seen this row come into being. */
  present: boolean | undefined;
  fields: Map<string, string | null>;
}

export function readLogState(db: Database.Database, entity: EntityName, id: string): LogState {
  const rows = statement(db, 'SELECT field, new_value FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY hlc, seq').all(entity, id) as {
    field: string;
    new_value: string | null;
  }[];
  const fields = new Map<string, string | null>();
  let present: boolean | undefined;
  for (const row of rows) {
    if (row.field === ROW_FIELD) present = row.new_value !== null;
    else fields.set(row.field, row.new_value);
  }
  return { present, fields };
}

export interface Materializer {
  /** Contacts whose search entry must be rebuilt (their own row or a child changed). */
  readonly contactIds: Set<string>;
  materialize(entity: EntityName, id: string): void;
  remove(entity: EntityName, id: string): void;
}

export interface MaterializerHooks {
  /**
   * Called before a tag row is written live; may move the other tag of the same name to the
   * trash, or return fields that override this one's (its own trip to the trash).
   */
  beforeLiveTag?(id: string, values: Row): Row | undefined;
}

function rowExists(db: Database.Database, table: string, id: SqlValue): boolean {
  return statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function createMaterializer(db: Database.Database, hooks: MaterializerHooks = {}): Materializer {
  const contactIds = new Set<string>();
  const defer = (entity: EntityName, id: string) => statement(db, 'INSERT OR IGNORE INTO sync_deferred (entity, entity_id) VALUES (?, ?)').run(entity, id);
  const undefer = (entity: EntityName, id: string) => statement(db, 'DELETE FROM sync_deferred WHERE entity = ? AND entity_id = ?').run(entity, id);

  const noteContact = (entity: EntityName, row: Row | undefined, id: string) => {
    if (entity === 'contact') contactIds.add(id);
    else if (row && typeof row.contact_id === 'string' && entity.startsWith('contact_')) contactIds.add(row.contact_id);
  };

  function remove(entity: EntityName, id: string): void {
    const table = ENTITIES[entity].table;
    const current = statement(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
    if (!current) return;
    for (const { from, key } of referencesTo(db, entity)) {
      const column = from.columns.get(key.column);
      const children = statement(db, `SELECT id FROM ${from.table} WHERE ${key.column} = ?`).pluck().all(id) as string[];
      for (const childId of children) {
        if (key.cascade || column?.notNull) {
          remove(from.entity, childId);
        } else {
          statement(db, `UPDATE ${from.table} SET ${key.column} = NULL WHERE id = ?`).run(childId);
          noteContact(from.entity, statement(db, `SELECT * FROM ${from.table} WHERE id = ?`).get(childId) as Row, childId);
        }
        // The log still says the child exists: it comes back (or gets its link back) with its parent.
        defer(from.entity, childId);
      }
    }
    noteContact(entity, current, id);
    if (entity === 'contact') dropFromIndex(db, id);
    statement(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
  }

  function materialize(entity: EntityName, id: string): void {
    const shape = tableShape(db, entity);
    const current = statement(db, `SELECT * FROM ${shape.table} WHERE id = ?`).get(id) as Row | undefined;
    const state = readLogState(db, entity, id);
    if (state.present === undefined) {
      // Edits of a row whose creation has not arrived yet: wait for it.
      if (!current) defer(entity, id);
      return;
    }
    const values: Row = {};
    for (const field of ENTITIES[entity].fields) {
      const column = shape.columns.get(field);
      if (!column || !state.fields.has(field)) continue;
      const value = decodeLogValue(state.fields.get(field) ?? null);
      values[field] = value === null && column.notNull ? column.fallback : value;
    }
    let exists = state.present;
    let waiting = false;
    if (exists) {
      for (const key of shape.foreignKeys) {
        const value = key.column in values ? values[key.column] : current?.[key.column];
        if (value === null || value === undefined || rowExists(db, key.targetTable, value)) continue;
        if (key.target) waiting = true;
        if (key.cascade || shape.columns.get(key.column)?.notNull) exists = false;
        else values[key.column] = null;
      }
    }
    if (waiting) defer(entity, id);
    else undefer(entity, id);
    if (!exists) {
      remove(entity, id);
      return;
    }
    const deletedAt = 'deleted_at' in values ? values.deleted_at : current?.deleted_at;
    if (entity === 'tag' && (deletedAt ?? null) === null) Object.assign(values, hooks.beforeLiveTag?.(id, { ...current, ...values }) ?? {});
    if (current) {
      const changed = Object.entries(values).filter(([field, value]) => !sameSqlValue(current[field], value));
      if (changed.length > 0) {
        statement(db, `UPDATE ${shape.table} SET ${changed.map(([field]) => `${field} = @${field}`).join(', ')} WHERE id = @id`).run({
          ...Object.fromEntries(changed),
          id,
        });
        noteContact(entity, { ...current, ...values }, id);
      }
    } else {
      const row: Row = { id, ...values };
      const columns = Object.keys(row);
      statement(db, `INSERT INTO ${shape.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
      noteContact(entity, row, id);
    }
  }

  return { contactIds, materialize, remove };
}
