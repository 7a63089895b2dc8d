/**
 * The only way rows of tracked entities are written. A ChangeSet belongs to one
 * transaction: every insert, update and delete appends field-level rows to the change log
 * inside that same transaction, so a rolled-back write leaves neither data nor log rows.
 */
import type Database from 'better-sqlite3';
import { ENTITIES, ROW_FIELD, type EntityDefinition, type EntityName } from './entities';
import { encodeLogValue, sameSqlValue, type SqlValue } from './log-values';
import { statement } from './statements';

export type Row = Record<string, SqlValue>;

export interface ChangeSetInfo {
  id: string;
  hlc: string;
  deviceId: string;
}

const PRESENT = 'present';

export class ChangeSet {
  private written = 0;

  constructor(
    /** Open for reads inside the same transaction; writes go through the methods below. */
    readonly db: Database.Database,
    readonly info: ChangeSetInfo,
    /** The wall time written into created_at / updated_at / deleted_at by this change. */
    readonly nowIso: string,
  ) {}

  /** How many log rows this change set has appended so far. */
  get size(): number {
    return this.written;
  }

  private log(
    entity: EntityName,
    entityId: string,
    ownerId: string,
    field: string,
    oldValue: SqlValue | undefined,
    newValue: SqlValue | undefined,
  ): void {
    statement(
      this.db,
      `INSERT INTO change_log (change_set_id, hlc, device_id, entity, entity_id, owner_id, field, old_value, new_value)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(this.info.id, this.info.hlc, this.info.deviceId, entity, entityId, ownerId, field, encodeLogValue(oldValue), encodeLogValue(newValue));
    this.written += 1;
  }

  private ownerOf(entity: EntityName, id: string, row: Row): string {
    const ownerField = (ENTITIES[entity] as EntityDefinition).owner;
    const owner = ownerField ? row[ownerField] : id;
    return typeof owner === 'string' ? owner : id;
  }

  read(entity: EntityName, id: string): Row | undefined {
    return statement(this.db, `SELECT * FROM ${ENTITIES[entity].table} WHERE id = ?`).get(id) as Row | undefined;
  }

  /** Inserts a row; `row` must hold `id`. Fields left out take their column defaults. */
  insert(entity: EntityName, row: Row): void {
    const definition = ENTITIES[entity];
    const id = row.id;
    if (typeof id !== 'string') throw new Error(`insert into ${entity} needs a string id`);
    // Leave undefined fields out so their column defaults apply (binding them would write NULL).
    const values: Row = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
    if ((definition.fields as readonly string[]).includes('created_at')) {
      values.created_at ??= this.nowIso;
      values.updated_at ??= this.nowIso;
    }
    const columns = Object.keys(values);
    statement(
      this.db,
      `INSERT INTO ${definition.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(values);
    const owner = this.ownerOf(entity, id, values);
    this.log(entity, id, owner, ROW_FIELD, null, PRESENT);
    for (const field of definition.fields) {
      const value = values[field];
      if (value !== undefined && value !== null) this.log(entity, id, owner, field, null, value);
    }
  }

  /**
   * Writes only the fields that differ and logs each difference. Returns whether anything
   * changed. Unknown fields are an error: a typo must not be silently dropped.
   */
  update(entity: EntityName, id: string, changes: Row): boolean {
    const definition = ENTITIES[entity];
    const fields = definition.fields as readonly string[];
    const current = this.read(entity, id);
    if (!current) throw new Error(`${entity} ${id} does not exist`);
    const changed = Object.entries(changes).filter(([field, value]) => {
      if (!fields.includes(field)) throw new Error(`${entity} has no tracked field ${field}`);
      return value !== undefined && !sameSqlValue(current[field], value);
    });
    if (changed.length === 0) return false;
    // Any change moves updated_at, unless the caller sets it (an undo restoring the old one).
    if (fields.includes('updated_at') && !('updated_at' in changes) && current.updated_at !== this.nowIso) {
      changed.push(['updated_at', this.nowIso]);
    }
    statement(this.db, `UPDATE ${definition.table} SET ${changed.map(([field]) => `${field} = @${field}`).join(', ')} WHERE id = @id`).run({
      ...Object.fromEntries(changed),
      id,
    });
    const owner = this.ownerOf(entity, id, current);
    for (const [field, value] of changed) this.log(entity, id, owner, field, current[field], value);
    return true;
  }

  /** Marks a record as changed now (its child rows changed, not its own fields). */
  touch(entity: EntityName, id: string): void {
    if ((ENTITIES[entity].fields as readonly string[]).includes('updated_at')) this.update(entity, id, { updated_at: this.nowIso });
  }

  /** Deletes a row for good, keeping every old value in the log so it can be undone. */
  remove(entity: EntityName, id: string): boolean {
    const definition = ENTITIES[entity];
    const current = this.read(entity, id);
    if (!current) return false;
    const owner = this.ownerOf(entity, id, current);
    for (const field of definition.fields) {
      const value = current[field];
      if (value !== undefined && value !== null) this.log(entity, id, owner, field, value, null);
    }
    this.log(entity, id, owner, ROW_FIELD, PRESENT, null);
    statement(this.db, `DELETE FROM ${definition.table} WHERE id = ?`).run(id);
    return true;
  }

  /** Moves a soft entity to the trash. */
  trash(entity: EntityName, id: string): boolean {
    return this.update(entity, id, { deleted_at: this.nowIso });
  }

  restore(entity: EntityName, id: string): boolean {
    return this.update(entity, id, { deleted_at: null });
  }
}
