/**
 * What the merge needs to know about a table, read from SQLite itself (PRAGMA table_info,
 * foreign_key_list) so a new column or foreign key is handled without touching sync.
 */
import type Database from 'better-sqlite3';
import { ENTITIES, type EntityName } from '../db/entities';
import type { SqlValue } from '../db/log-values';

export interface ColumnShape {
  name: string;
  notNull: boolean;
  /** The column default as a value (parsed from its SQL literal); null when it has none. */
  fallback: SqlValue;
}

export interface ForeignKeyShape {
  column: string;
  /** The entity the column points at; null for a table sync does not carry (imports). */
  target: EntityName | null;
  targetTable: string;
  /** CASCADE: the row cannot live without its parent. Anything else: the link becomes NULL. */
  cascade: boolean;
}

export interface TableShape {
  entity: EntityName;
  table: string;
  columns: Map<string, ColumnShape>;
  foreignKeys: ForeignKeyShape[];
}

const ENTITY_BY_TABLE = new Map<string, EntityName>(
  (Object.keys(ENTITIES) as EntityName[]).map((entity) => [ENTITIES[entity].table, entity]),
);

export function entityForTable(table: string): EntityName | undefined {
  return ENTITY_BY_TABLE.get(table);
}

function parseDefault(literal: string | null, type: string): SqlValue {
  if (literal === null) return /INT|REAL/i.test(type) ? 0 : '';
  if (/^'.*'$/s.test(literal)) return literal.slice(1, -1).replace(/''/g, "'");
  const number = Number(literal);
  if (!Number.isNaN(number)) return number;
  return literal.toUpperCase() === 'NULL' ? null : literal;
}

const cache = new WeakMap<Database.Database, Map<EntityName, TableShape>>();

export function tableShape(db: Database.Database, entity: EntityName): TableShape {
  let shapes = cache.get(db);
  if (!shapes) {
    shapes = new Map();
    cache.set(db, shapes);
  }
  const known = shapes.get(entity);
  if (known) return known;
  const table = ENTITIES[entity].table;
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; notnull: number; dflt_value: string | null }[];
  const keys = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string; on_delete: string }[];
  const shape: TableShape = {
    entity,
    table,
    columns: new Map(
      columns.map((column) => [
        column.name,
        { name: column.name, notNull: column.notnull === 1, fallback: column.notnull === 1 ? parseDefault(column.dflt_value, column.type) : null },
      ]),
    ),
    foreignKeys: keys.map((key) => ({
      column: key.from,
      target: entityForTable(key.table) ?? null,
      targetTable: key.table,
      cascade: key.on_delete.toUpperCase() === 'CASCADE',
    })),
  };
  shapes.set(entity, shape);
  return shape;
}

/** Rows of other tracked tables that point at `entity` (what removing one of its rows touches). */
export function referencesTo(db: Database.Database, entity: EntityName): { from: TableShape; key: ForeignKeyShape }[] {
  return (Object.keys(ENTITIES) as EntityName[]).flatMap((other) => {
    const shape = tableShape(db, other);
    return shape.foreignKeys.filter((key) => key.target === entity).map((key) => ({ from: shape, key }));
  });
}
