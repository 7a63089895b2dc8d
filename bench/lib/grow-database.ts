/**
 * The fast path to a 1M-contact database. Writing a million contacts through the services
 * takes about an hour here (every contact appends ~67 change-log rows), so the large set
 * is grown from the 100k set, which was written through the real services: the 100k
 * contacts, their child rows, tag links, change sets and change-log rows are copied nine
 * more times under new ids in plain SQL, and each copy is put into the search index by
 * the product's own reindexContact. The rows are the rows the services write (same
 * tables, same change-log rows per contact, same full-text rows); what differs is that
 * names, e-mails and phones repeat ten times, and activities and deals exist for the
 * first 100k only (last_contacted_at is copied with the contact).
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../main/db/open';
import { reindexContact } from '../../main/core/search/search-index';

/** Copy k replaces the UUIDv7 version digit ('7') with another digit, so ids stay unique. */
const COPY_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '8', '9'];
const CHILD_TABLES = ['contact_emails', 'contact_phones', 'contact_addresses', 'contact_urls', 'contact_ims', 'contact_related', 'contact_vcard_extras'];
const ID_COLUMNS = new Set(['id', 'contact_id', 'related_contact_id', 'change_set_id']);

const renamed = (column: string, digit: string): string =>
  `CASE WHEN ${column} IS NULL THEN NULL ELSE substr(${column}, 1, 14) || '${digit}' || substr(${column}, 16) END`;

function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((name) => name !== 'seq');
}

function copyTable(db: Database.Database, table: string, digit: string, where = ''): void {
  const columns = columnsOf(db, table);
  const values = columns.map((column) => (ID_COLUMNS.has(column) ? renamed(column, digit) : column));
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${table} ${where}`).run();
}

function copyOnce(db: Database.Database, digit: string): void {
  const original = "substr(id, 15, 1) = '7'";
  db.transaction(() => {
    copyTable(db, 'contacts', digit, `WHERE ${original} ORDER BY seq`);
    for (const table of CHILD_TABLES) copyTable(db, table, digit, `WHERE substr(contact_id, 15, 1) = '7'`);
    db.prepare(
      `INSERT INTO contact_tags (id, contact_id, tag_id)
       SELECT ${renamed('contact_id', digit)} || '|' || tag_id, ${renamed('contact_id', digit)}, tag_id FROM contact_tags WHERE substr(contact_id, 15, 1) = '7'`,
    ).run();
    const sets = "kind = 'import' AND label = 'Benchmark data set' AND substr(id, 15, 1) = '7'";
    copyTable(db, 'change_sets', digit, `WHERE ${sets}`);
    // A tag link's id starts with its contact's id, so the same renaming serves it too.
    const entityId = renamed('entity_id', digit);
    const newValue = `CASE WHEN field = 'contact_id' THEN json_quote(${renamed("json_extract(new_value, '$')", digit)}) ELSE new_value END`;
    db.prepare(
      `INSERT INTO change_log (change_set_id, hlc, device_id, entity, entity_id, owner_id, field, old_value, new_value)
       SELECT ${renamed('change_set_id', digit)}, hlc, device_id, entity, ${entityId}, ${renamed('owner_id', digit)}, field, old_value, ${newValue}
         FROM change_log WHERE entity LIKE 'contact%' AND change_set_id IN (SELECT id FROM change_sets WHERE ${sets}) ORDER BY seq`,
    ).run();
    const ids = db.prepare(`SELECT id FROM contacts WHERE substr(id, 15, 1) = '${digit}'`).pluck().all() as string[];
    for (const id of ids) reindexContact(db, id);
  })();
}

/** Grows a copy of `source` (written by the services) `times` times its size into `target`. */
export async function growDatabase(source: string, target: string, times: number, log: (line: string) => void): Promise<void> {
  if (times - 1 > COPY_DIGITS.length) throw new Error(`can grow at most ${COPY_DIGITS.length + 1} times`);
  const from = await openDatabase(source, { readonly: true });
  from.db.prepare('VACUUM INTO ?').run(target);
  from.close();
  const opened = await openDatabase(target, { deviceName: 'bench' });
  const db = opened.db;
  // Growing is a one-off bulk load: no journal, and the change-log indexes are dropped and
  // rebuilt once at the end (a sort) instead of being updated 60 million times. The index
  // definitions are read back from the schema, so they are exactly the migration's.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change_log' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
  for (const digit of COPY_DIGITS.slice(0, times - 1)) {
    const started = performance.now();
    copyOnce(db, digit);
    log(`grown: copy ${digit} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const started = performance.now();
  for (const index of indexes) db.exec(index.sql);
  log(`change-log indexes rebuilt in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  db.pragma('journal_mode = WAL');
  db.exec('ANALYZE');
  opened.close();
  if (!fs.existsSync(target)) throw new Error(`growing ${target} failed`);
}
