/**
 * Reverses one change set by writing the old values back, as a new change set (so an undo
 * is itself history, and redo is the undo of an undo). Rows the set created are removed
 * (or trashed, for records that have a trash); rows it removed come back; fields it
 * changed get their earlier values.
 */
import type { ChangeSet, Row } from '../../db/change-set';
import { ENTITIES, ROW_FIELD, isEntityName, type EntityName } from '../../db/entities';
import { decodeLogValue } from '../../db/log-values';
import { statement } from '../../db/statements';
import { dropFromIndex, reindexContact } from '../search/search-index';

interface LogRow {
  entity: string;
  entity_id: string;
  owner_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

interface TouchedRow {
  entity: EntityName;
  id: string;
  created: boolean;
  removed: boolean;
  /** The value each field had before the set ran (its first old value in the set). */
  before: Map<string, string | null>;
}

/** Parents before children when rows come back; children before parents when they go. */
const ENTITY_RANK = new Map(Object.keys(ENTITIES).map((name, index) => [name, index]));
const TOP_LEVEL_FIRST = ['organization', 'tag', 'pipeline_stage', 'contact', 'deal', 'activity', 'purchase'];
function rank(entity: string): number {
  const top = TOP_LEVEL_FIRST.indexOf(entity);
  return top >= 0 ? top : TOP_LEVEL_FIRST.length + (ENTITY_RANK.get(entity) ?? 0);
}

function collectTouchedRows(logRows: LogRow[]): TouchedRow[] {
  const touched = new Map<string, TouchedRow>();
  for (const row of logRows) {
    if (!isEntityName(row.entity)) continue;
    const key = `${row.entity}\u0000${row.entity_id}`;
    let entry = touched.get(key);
    if (!entry) {
      entry = { entity: row.entity, id: row.entity_id, created: false, removed: false, before: new Map() };
      touched.set(key, entry);
    }
    if (row.field === ROW_FIELD) {
      if (row.old_value === null) entry.created = true;
      else entry.removed = true;
    } else if (!entry.before.has(row.field)) {
      entry.before.set(row.field, row.old_value);
    }
  }
  return [...touched.values()];
}

export interface ReverseOptions {
  /**
   * What happens to rows the set created: a person's undo sends records to the trash (so
   * "undo add" is itself recoverable); cancelling or undoing an import removes them, so the
   * database is as it was before the import.
   */
  createdRows: 'trash' | 'remove';
}

export function reverseChangeSet(changes: ChangeSet, targetSetId: string, options: ReverseOptions = { createdRows: 'trash' }): { contactIds: Set<string> } {
  const logRows = statement(
    changes.db,
    'SELECT entity, entity_id, owner_id, field, old_value, new_value FROM change_log WHERE change_set_id = ? ORDER BY seq',
  ).all(targetSetId) as LogRow[];
  const contactIds = new Set(logRows.filter((row) => row.entity.startsWith('contact')).map((row) => row.owner_id));
  const touched = collectTouchedRows(logRows);

  const restoreValues = (entry: TouchedRow): Row =>
    Object.fromEntries([...entry.before].map(([field, value]) => [field, decodeLogValue(value)]));

  // 1. Rows the set removed come back, parents first.
  for (const entry of touched.filter((t) => t.removed && !t.created).sort((a, b) => rank(a.entity) - rank(b.entity))) {
    if (!changes.read(entry.entity, entry.id)) changes.insert(entry.entity, { id: entry.id, ...restoreValues(entry) });
  }
  // 2. Fields the set changed get their earlier values.
  for (const entry of touched.filter((t) => !t.removed && !t.created)) {
    if (changes.read(entry.entity, entry.id)) changes.update(entry.entity, entry.id, restoreValues(entry));
  }
  // 3. Rows the set created go away, children first; records with a trash go there.
  for (const entry of touched.filter((t) => t.created && !t.removed).sort((a, b) => rank(b.entity) - rank(a.entity))) {
    const current = changes.read(entry.entity, entry.id);
    if (!current) continue;
    if (ENTITIES[entry.entity].soft && options.createdRows === 'trash') {
      changes.trash(entry.entity, entry.id);
    } else {
      if (entry.entity === 'contact') dropFromIndex(changes.db, entry.id);
      changes.remove(entry.entity, entry.id);
    }
  }
  for (const id of contactIds) reindexContact(changes.db, id);
  return { contactIds };
}
