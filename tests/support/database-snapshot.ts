/**
 * Everything a person could see in a database, as plain data: used to assert that an
 * operation (cancel, undo) left the database exactly as it was. The change log is left out
 * on purpose: it records history, including the cancelled attempt.
 */
import type Database from 'better-sqlite3';

const HISTORY_TABLES = new Set(['change_log', 'change_sets', 'imports', 'meta', 'settings']);

export function snapshotData(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_search%' ORDER BY name")
    .pluck()
    .all() as string[];
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    if (HISTORY_TABLES.has(table)) continue;
    // Order by every column: stable for any table, WITHOUT ROWID ones included.
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name);
    snapshot[table] = db.prepare(`SELECT * FROM ${table} ORDER BY ${columns.join(', ')}`).all();
  }
  snapshot.search = db.prepare('SELECT rowid FROM contact_search ORDER BY rowid').pluck().all();
  return snapshot;
}
