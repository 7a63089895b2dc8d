/**
 * The Conflicts view: losing free text kept by a merge, and how a person settles it —
 * keep the winner, bring the losing text back, or write a text of their own (usually both
 * put together). Bringing text back is an ordinary edit made here, so it syncs onwards.
 */
import { RapportError } from '../../shared/domain/errors';
import type { Conflict, ResolveConflictInput } from '../../shared/domain/sync';
import { ENTITIES, isEntityName } from '../db/entities';
import { decodeLogValue } from '../db/log-values';
import { statement } from '../db/statements';
import { write, type CoreContext } from '../core/context';
import { reindexContact } from '../core/search/search-index';

interface ConflictRow {
  id: string;
  entity: string;
  entity_id: string;
  field: string;
  kept_value: string | null;
  lost_value: string | null;
  kept_hlc: string;
  lost_hlc: string;
  lost_device: string;
  origin: string;
  created_at: string;
  resolved_at: string | null;
}

/** The column a person knows a record by. */
const LABEL_COLUMN: Readonly<Record<string, string>> = {
  contact: 'display_name',
  organization: 'name',
  deal: 'title',
  activity: 'subject',
  reminder: 'title',
  purchase: 'purchased_on',
};

function text(value: string | null): string | null {
  if (value === null) return null;
  const decoded = decodeLogValue(value);
  return typeof decoded === 'string' ? decoded : decoded === null ? null : String(decoded);
}

export function createConflictsService(ctx: CoreContext) {
  function recordLabel(entity: string, id: string): string {
    const column = LABEL_COLUMN[entity];
    if (!column || !isEntityName(entity)) return id;
    const label = statement(ctx.db, `SELECT ${column} FROM ${ENTITIES[entity].table} WHERE id = ?`).pluck().get(id) as string | undefined;
    return label ?? '(removed)';
  }

  function toConflict(row: ConflictRow): Conflict {
    return {
      id: row.id,
      entity: row.entity,
      entityId: row.entity_id,
      recordLabel: recordLabel(row.entity, row.entity_id),
      field: row.field,
      keptValue: text(row.kept_value),
      lostValue: text(row.lost_value),
      keptHlc: row.kept_hlc,
      lostHlc: row.lost_hlc,
      lostDevice: row.lost_device,
      origin: row.origin === 'carddav' ? 'carddav' : 'bundle',
      createdAt: row.created_at,
      resolvedAt: row.resolved_at,
    };
  }

  function get(id: string): ConflictRow {
    const row = statement(ctx.db, 'SELECT * FROM sync_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
    if (!row) throw new RapportError('NOT_FOUND', `There is no conflict with id ${id}.`, { id });
    return row;
  }

  return {
    list(options: { includeResolved?: boolean } = {}): Conflict[] {
      const rows = statement(
        ctx.db,
        `SELECT * FROM sync_conflicts ${options.includeResolved ? '' : 'WHERE resolved_at IS NULL'} ORDER BY created_at DESC, lost_hlc DESC`,
      ).all() as ConflictRow[];
      return rows.map(toConflict);
    },

    resolve(input: ResolveConflictInput): Conflict {
      const row = get(input.id);
      if (row.resolved_at) throw new RapportError('CONFLICT', 'This conflict has already been resolved.', { id: input.id });
      const entity = row.entity;
      const replacement = input.keep === 'kept' ? undefined : input.keep === 'lost' ? text(row.lost_value) ?? '' : input.keep.text;
      if (entity === 'contact' && row.field === 'custom_fields' && replacement !== undefined) {
        try {
          if (!Array.isArray(JSON.parse(replacement))) throw new Error('not a list');
        } catch {
          throw new RapportError('INVALID_INPUT', 'Custom fields must stay a JSON list of {label, value}.', { field: 'keep' });
        }
      }
      write(ctx, { kind: 'user', label: `Resolve conflict in ${row.field}`, entities: ['contacts', 'sync'] }, (changes) => {
        if (replacement !== undefined && isEntityName(entity) && changes.read(entity, row.entity_id)) {
          changes.update(entity, row.entity_id, { [row.field]: replacement });
          if (entity === 'contact') reindexContact(ctx.db, row.entity_id);
        }
        statement(ctx.db, 'UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?').run(changes.nowIso, row.id);
      });
      return toConflict(get(input.id));
    },
  };
}
