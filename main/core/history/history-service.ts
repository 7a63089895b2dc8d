/**
 * History of a record, and undo/redo. Undo reverses the latest change set made here that
 * is not yet undone; redo reverses the latest undo, as long as nothing new was done since.
 */
import { RapportError } from '../../../shared/domain/errors';
import type { HistoryEntry, UndoResult } from '../../../shared/domain/records';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../context';
import { refreshLastContactedAfterReverse } from '../activities/last-contacted';
import { reverseChangeSet } from './reverse-change-set';

interface ChangeSetRow {
  id: string;
  label: string;
  kind: string;
  created_at: string;
  device_id: string;
  undone_by: string | null;
}

/** Imports are undone as a whole from the Imports list, never one batch at a time by Ctrl+Z. */
const UNDOABLE_KINDS = "('user', 'redo')";

function parseLogValue(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

export function createHistoryService(ctx: CoreContext) {
  function findSet(id: string): ChangeSetRow {
    const row = statement(ctx.db, 'SELECT id, label, kind, created_at, device_id, undone_by FROM change_sets WHERE id = ?').get(id) as
      | ChangeSetRow
      | undefined;
    if (!row) throw new RapportError('NOT_FOUND', `There is no change with id ${id}.`, { id });
    return row;
  }

  function reverse(target: ChangeSetRow, kind: 'undo' | 'redo'): UndoResult {
    if (target.undone_by) throw new RapportError('CONFLICT', `“${target.label}” has already been undone.`, { id: target.id });
    const label = kind === 'undo' ? `Undo ${target.label}` : target.label.replace(/^Undo /, '');
    const { changeSetId } = write(
      ctx,
      { kind, label, targetId: target.id, entities: ['contacts', 'organizations', 'tags', 'savedSearches', 'activities', 'reminders', 'deals'] },
      (changes) => {
        reverseChangeSet(changes, target.id);
        // Derived dates are recomputed, not restored: undoing an older call must not hide a newer one.
        refreshLastContactedAfterReverse(changes, target.id);
        // Marked in the same transaction, so a crash cannot leave it undone but looking live.
        statement(ctx.db, 'UPDATE change_sets SET undone_by = ? WHERE id = ?').run(changes.info.id, target.id);
      },
    );
    return { changeSetId: changeSetId ?? target.id, label, undoneChangeSetId: target.id };
  }

  return {
    /** Undoes the given change set, or the latest undoable one made on this device. */
    undo(changeSetId?: string): UndoResult {
      const target = changeSetId
        ? findSet(changeSetId)
        : (statement(
            ctx.db,
            `SELECT id, label, kind, created_at, device_id, undone_by FROM change_sets
              WHERE kind IN ${UNDOABLE_KINDS} AND undone_by IS NULL AND device_id = ? ORDER BY hlc DESC LIMIT 1`,
          ).get(ctx.device.id) as ChangeSetRow | undefined);
      if (!target) throw new RapportError('NOTHING_TO_UNDO', 'There is nothing to undo.');
      return reverse(target, 'undo');
    },

    redo(): UndoResult {
      const latestUndo = statement(
        ctx.db,
        `SELECT id, label, kind, created_at, device_id, undone_by, hlc FROM change_sets
          WHERE kind = 'undo' AND undone_by IS NULL AND device_id = ? ORDER BY hlc DESC LIMIT 1`,
      ).get(ctx.device.id) as (ChangeSetRow & { hlc: string }) | undefined;
      const newerWork = latestUndo
        ? statement(ctx.db, "SELECT 1 FROM change_sets WHERE kind IN ('user', 'import') AND hlc > ? AND device_id = ? LIMIT 1").get(
            latestUndo.hlc,
            ctx.device.id,
          )
        : undefined;
      if (!latestUndo || newerWork) throw new RapportError('NOTHING_TO_REDO', 'There is nothing to redo.');
      return reverse(latestUndo, 'redo');
    },

    /** Every change to a record (a contact with its e-mails, phones, tags…), newest first. */
    forRecord(id: string, limit = 200): HistoryEntry[] {
      const sets = statement(
        ctx.db,
        `SELECT s.id, s.label, s.kind, s.created_at, s.device_id, s.undone_by FROM change_sets s
          WHERE s.id IN (SELECT change_set_id FROM change_log WHERE owner_id = ?)
          ORDER BY s.hlc DESC LIMIT ?`,
      ).all(id, limit) as ChangeSetRow[];
      const rowsOf = statement(
        ctx.db,
        // updated_at is bookkeeping: logged so undo can restore it, not shown as a change.
        "SELECT entity, entity_id, field, old_value, new_value FROM change_log WHERE change_set_id = ? AND owner_id = ? AND field <> 'updated_at' ORDER BY seq",
      );
      return sets.map((set) => ({
        changeSetId: set.id,
        label: set.label,
        kind: set.kind,
        at: set.created_at,
        deviceId: set.device_id,
        undone: set.undone_by !== null,
        changes: (rowsOf.all(set.id, id) as { entity: string; entity_id: string; field: string; old_value: string | null; new_value: string | null }[]).map(
          (row) => ({
            entity: row.entity,
            entityId: row.entity_id,
            field: row.field,
            oldValue: parseLogValue(row.old_value),
            newValue: parseLogValue(row.new_value),
          }),
        ),
      }));
    },
  };
}
