/**
 * A contact's e-mails, phones, addresses, URLs, IM handles, related people and kept vCard
 * lines are child rows. Saving a list keeps the ids of rows that survive (so history and
 * sync see "label changed", not "row deleted and another added"), inserts the new ones and
 * removes the rest, each step logged.
 */
import type { ChangeSet, Row } from '../../db/change-set';
import { ENTITIES, type EntityName } from '../../db/entities';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';

export interface DesiredChild {
  /** The id the caller knows, if any. */
  id?: string | undefined;
  /** Column values without id, contact_id and position. */
  values: Row;
}

export interface ChildListSpec {
  entity: EntityName;
  /** What makes two rows "the same entry" when no id is given (the address, the number…). */
  identity: (values: Row) => string;
}

export function readChildRows(changes: ChangeSet, entity: EntityName, contactId: string): Row[] {
  return statement(changes.db, `SELECT * FROM ${ENTITIES[entity].table} WHERE contact_id = ? ORDER BY position`).all(contactId) as Row[];
}

export function saveChildList(changes: ChangeSet, spec: ChildListSpec, contactId: string, desired: DesiredChild[]): void {
  const existing = readChildRows(changes, spec.entity, contactId);
  const unclaimed = new Map(existing.map((row) => [row.id as string, row]));

  const claim = (child: DesiredChild): Row | undefined => {
    if (child.id && unclaimed.has(child.id)) {
      const row = unclaimed.get(child.id);
      unclaimed.delete(child.id);
      return row;
    }
    const identity = spec.identity(child.values);
    for (const [id, row] of unclaimed) {
      if (spec.identity(row) === identity) {
        unclaimed.delete(id);
        return row;
      }
    }
    return undefined;
  };

  // Claim first, write after: a row removed from the list must not be matched by position.
  const plan = desired.map((child, position) => ({ child, position, row: claim(child) }));
  for (const id of unclaimed.keys()) changes.remove(spec.entity, id);
  for (const { child, position, row } of plan) {
    if (row) {
      changes.update(spec.entity, row.id as string, { ...child.values, position });
    } else {
      changes.insert(spec.entity, { id: newId(), contact_id: contactId, position, ...child.values });
    }
  }
}
