/**
 * Tags with their counts, for the sidebar and bulk tagging.
 */
import { RapportError } from '../../../shared/domain/errors';
import type { Tag } from '../../../shared/domain/records';
import { foldKey } from '../../../shared/text/fold-key';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../context';
import { reindexContactsWhere } from '../search/search-index';
import { findOrCreateTag } from './find-or-create';

interface TagRow {
  id: string;
  name: string;
  color: string | null;
  contact_count: number;
}

const SELECT = `SELECT t.id, t.name, t.color,
  (SELECT count(*) FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) AS contact_count
  FROM tags t`;

const CONTACTS_WITH_TAG = 'SELECT contact_id FROM contact_tags WHERE tag_id = ?';

export function createTagsService(ctx: CoreContext) {
  function get(id: string): Tag {
    const row = statement(ctx.db, `${SELECT} WHERE t.id = ?`).get(id) as TagRow | undefined;
    if (!row) throw new RapportError('NOT_FOUND', `There is no tag with id ${id}.`, { id });
    return { id: row.id, name: row.name, color: row.color, contactCount: row.contact_count };
  }

  return {
    get,
    list(): Tag[] {
      const rows = statement(ctx.db, `${SELECT} WHERE t.deleted_at IS NULL ORDER BY t.name_key`).all() as TagRow[];
      return rows.map((row) => ({ id: row.id, name: row.name, color: row.color, contactCount: row.contact_count }));
    },
    create(name: string, color: string | null = null): Tag {
      const { result: id } = write(ctx, { kind: 'user', label: `Add tag ${name}`, entities: ['tags'] }, (changes) => {
        const tagId = findOrCreateTag(changes, name);
        if (color) changes.update('tag', tagId, { color });
        return tagId;
      });
      return get(id);
    },
    update(id: string, patch: { name?: string | undefined; color?: string | null | undefined }): Tag {
      const before = get(id);
      write(ctx, { kind: 'user', label: `Edit tag ${before.name}`, entities: ['tags', 'contacts'] }, (changes) => {
        if (patch.name !== undefined) {
          const clash = statement(ctx.db, 'SELECT id FROM tags WHERE name_key = ? AND deleted_at IS NULL AND id <> ?').get(foldKey(patch.name), id);
          if (clash) throw new RapportError('CONFLICT', `A tag named “${patch.name}” already exists.`, { field: 'name' });
        }
        const changed = changes.update('tag', id, {
          ...(patch.name !== undefined ? { name: patch.name.trim(), name_key: foldKey(patch.name) } : {}),
          ...(patch.color !== undefined ? { color: patch.color } : {}),
        });
        if (changed && patch.name !== undefined) reindexContactsWhere(ctx.db, CONTACTS_WITH_TAG, id);
      });
      return get(id);
    },
    setTrashed(id: string, trashed: boolean): Tag {
      const before = get(id);
      write(ctx, { kind: 'user', label: `${trashed ? 'Delete' : 'Restore'} tag ${before.name}`, entities: ['tags', 'contacts'] }, (changes) => {
        if (!trashed) {
          const clash = statement(ctx.db, 'SELECT id FROM tags WHERE name_key = ? AND deleted_at IS NULL AND id <> ?').get(foldKey(before.name), id);
          if (clash) throw new RapportError('CONFLICT', `A tag named “${before.name}” exists again; rename it before restoring this one.`);
        }
        if (trashed ? changes.trash('tag', id) : changes.restore('tag', id)) reindexContactsWhere(ctx.db, CONTACTS_WITH_TAG, id);
      });
      return get(id);
    },
  };
}
