/**
 * Undoing an import as a whole: every batch it wrote is reversed, newest first, in one
 * transaction. Contacts it created are removed (not trashed: the file still has them),
 * contacts it merged into get their earlier values back.
 */
import { RapportError } from '../../../shared/domain/errors';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../../core/context';
import { reverseChangeSet } from '../../core/history/reverse-change-set';

export function reverseImport(ctx: CoreContext, importId: string, label: string): string | null {
  const sets = statement(
    ctx.db,
    "SELECT id FROM change_sets WHERE import_id = ? AND kind = 'import' AND undone_by IS NULL ORDER BY hlc DESC",
  ).pluck().all(importId) as string[];
  if (sets.length === 0) return null;
  const { changeSetId } = write(ctx, { kind: 'undo', label, entities: ['contacts', 'tags', 'organizations', 'imports'] }, (changes) => {
    const mark = statement(ctx.db, 'UPDATE change_sets SET undone_by = ? WHERE id = ?');
    for (const setId of sets) {
      reverseChangeSet(changes, setId, { createdRows: 'remove' });
      // Marked in the same transaction: a crash cannot leave a reversed set looking live.
      mark.run(changes.info.id, setId);
    }
  });
  return changeSetId;
}

export function undoImport(ctx: CoreContext, importId: string): { changeSetId: string | null } {
  const row = statement(ctx.db, 'SELECT file_name, status, undone_at FROM imports WHERE id = ?').get(importId) as
    | { file_name: string; status: string; undone_at: string | null }
    | undefined;
  if (!row) throw new RapportError('NOT_FOUND', `There is no import with id ${importId}.`, { id: importId });
  if (row.undone_at) throw new RapportError('CONFLICT', `The import of ${row.file_name} was already undone.`, { id: importId });
  if (row.status === 'running') throw new RapportError('CONFLICT', `The import of ${row.file_name} is still running; cancel it instead.`, { id: importId });
  const changeSetId = reverseImport(ctx, importId, `Undo import of ${row.file_name}`);
  statement(ctx.db, 'UPDATE imports SET undone_at = ? WHERE id = ?').run(ctx.now().toISOString(), importId);
  return { changeSetId };
}
