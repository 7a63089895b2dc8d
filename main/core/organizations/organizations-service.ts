/**
 * Organizations (companies) and the people linked to them.
 */
import { RapportError } from '../../../shared/domain/errors';
import type { Organization, OrganizationDraft } from '../../../shared/domain/records';
import { foldKey } from '../../../shared/text/fold-key';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../context';
import { reindexContactsWhere } from '../search/search-index';

interface OrganizationRow {
  id: string;
  name: string;
  domain: string;
  notes: string;
  contact_count: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const SELECT = `SELECT o.*, (SELECT count(*) FROM contacts c WHERE c.organization_id = o.id AND c.deleted_at IS NULL) AS contact_count
  FROM organizations o`;

function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    notes: row.notes,
    contactCount: row.contact_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function createOrganizationsService(ctx: CoreContext) {
  function get(id: string): Organization {
    const row = statement(ctx.db, `${SELECT} WHERE o.id = ?`).get(id) as OrganizationRow | undefined;
    if (!row) throw new RapportError('NOT_FOUND', `There is no organization with id ${id}.`, { id });
    return toOrganization(row);
  }

  return {
    get,
    list(): Organization[] {
      return (statement(ctx.db, `${SELECT} WHERE o.deleted_at IS NULL ORDER BY o.name_key`).all() as OrganizationRow[]).map(toOrganization);
    },
    create(draft: OrganizationDraft): Organization {
      const id = newId();
      write(ctx, { kind: 'user', label: `Add ${draft.name}`, entities: ['organizations'] }, (changes) =>
        changes.insert('organization', { id, name: draft.name, name_key: foldKey(draft.name), domain: draft.domain, notes: draft.notes }),
      );
      return get(id);
    },
    update(id: string, patch: Partial<OrganizationDraft>): Organization {
      const before = get(id);
      write(ctx, { kind: 'user', label: `Edit ${before.name}`, entities: ['organizations', 'contacts'] }, (changes) => {
        const changed = changes.update('organization', id, {
          ...(patch.name !== undefined ? { name: patch.name, name_key: foldKey(patch.name) } : {}),
          ...(patch.domain !== undefined ? { domain: patch.domain } : {}),
          ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        });
        // The organization's name is in each member's search text.
        if (changed && patch.name !== undefined) reindexContactsWhere(ctx.db, 'SELECT id FROM contacts WHERE organization_id = ?', id);
      });
      return get(id);
    },
    setTrashed(id: string, trashed: boolean): Organization {
      const before = get(id);
      write(ctx, { kind: 'user', label: `${trashed ? 'Delete' : 'Restore'} ${before.name}`, entities: ['organizations', 'contacts'] }, (changes) => {
        if (trashed) changes.trash('organization', id);
        else changes.restore('organization', id);
      });
      return get(id);
    },
  };
}
