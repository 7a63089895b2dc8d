/**
 * Saved searches (smart groups): a name and a query in the saved-search syntax. The query
 * is checked when saved, so a typo is caught then rather than when the sidebar counts it.
 */
import { RapportError } from '../../../shared/domain/errors';
import type { SavedSearch } from '../../../shared/domain/records';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../context';
import { compileQuery } from '../search/compile-query';

interface SavedSearchRow {
  id: string;
  name: string;
  query: string;
  position: number;
}

export function createSavedSearchesService(ctx: CoreContext, countContacts: (query: string) => number) {
  function toSavedSearch(row: SavedSearchRow): SavedSearch {
    return { id: row.id, name: row.name, query: row.query, position: row.position, contactCount: countContacts(row.query) };
  }

  function get(id: string): SavedSearch {
    const row = statement(ctx.db, 'SELECT id, name, query, position FROM saved_searches WHERE id = ?').get(id) as SavedSearchRow | undefined;
    if (!row) throw new RapportError('NOT_FOUND', `There is no saved search with id ${id}.`, { id });
    return toSavedSearch(row);
  }

  return {
    get,
    list(): SavedSearch[] {
      const rows = statement(ctx.db, 'SELECT id, name, query, position FROM saved_searches WHERE deleted_at IS NULL ORDER BY position, name').all() as SavedSearchRow[];
      return rows.map(toSavedSearch);
    },
    create(draft: { name: string; query: string }): SavedSearch {
      compileQuery(draft.query, ctx.now());
      const id = newId();
      const position = (statement(ctx.db, 'SELECT coalesce(max(position), -1) + 1 FROM saved_searches').pluck().get() as number) ?? 0;
      write(ctx, { kind: 'user', label: `Save search ${draft.name}`, entities: ['savedSearches'] }, (changes) =>
        changes.insert('saved_search', { id, name: draft.name, query: draft.query, position }),
      );
      return get(id);
    },
    update(id: string, patch: { name?: string | undefined; query?: string | undefined }): SavedSearch {
      if (patch.query !== undefined) compileQuery(patch.query, ctx.now());
      const before = get(id);
      write(ctx, { kind: 'user', label: `Edit search ${before.name}`, entities: ['savedSearches'] }, (changes) =>
        changes.update('saved_search', id, {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.query !== undefined ? { query: patch.query } : {}),
        }),
      );
      return get(id);
    },
    setTrashed(id: string, trashed: boolean): SavedSearch {
      const before = get(id);
      write(ctx, { kind: 'user', label: `${trashed ? 'Delete' : 'Restore'} search ${before.name}`, entities: ['savedSearches'] }, (changes) =>
        trashed ? changes.trash('saved_search', id) : changes.restore('saved_search', id),
      );
      return get(id);
    },
  };
}
