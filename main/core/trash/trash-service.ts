/**
 * The trash: contacts, organizations, tags and saved searches that were deleted, until
 * someone restores or purges them. Purging deletes rows for good; their values stay in the
 * change log, so even a purge can be undone.
 */
import { RapportError } from '../../../shared/domain/errors';
import type { TrashableEntity, TrashItem } from '../../../shared/domain/records';
import type { ChangeSet } from '../../db/change-set';
import { ENTITIES, type EntityName } from '../../db/entities';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../context';
import { dropFromIndex, reindexContact } from '../search/search-index';

const NAME_COLUMN: Record<TrashableEntity, string> = {
  contact: 'display_name',
  organization: 'name',
  tag: 'name',
  saved_search: 'name',
};

/** Child tables purged with their owner, each row logged so the purge can be undone. */
const CONTACT_CHILDREN: EntityName[] = [
  'contact_email', 'contact_phone', 'contact_address', 'contact_url', 'contact_im', 'contact_related', 'contact_vcard_extra', 'contact_tag',
];

function purgeContact(changes: ChangeSet, id: string): void {
  for (const child of CONTACT_CHILDREN) {
    const ids = statement(changes.db, `SELECT id FROM ${ENTITIES[child].table} WHERE contact_id = ?`).pluck().all(id) as string[];
    for (const childId of ids) changes.remove(child, childId);
  }
  // Links from elsewhere lose their target but keep their text.
  const relatedIds = statement(changes.db, 'SELECT id FROM contact_related WHERE related_contact_id = ?').pluck().all(id) as string[];
  for (const relatedId of relatedIds) changes.update('contact_related', relatedId, { related_contact_id: null });
  dropFromIndex(changes.db, id);
  changes.remove('contact', id);
}

function purgeLinks(changes: ChangeSet, entity: TrashableEntity, id: string): void {
  if (entity === 'tag') {
    const links = statement(changes.db, 'SELECT id, contact_id FROM contact_tags WHERE tag_id = ?').all(id) as { id: string; contact_id: string }[];
    for (const link of links) changes.remove('contact_tag', link.id);
  }
  if (entity === 'organization') {
    const members = statement(changes.db, 'SELECT id FROM contacts WHERE organization_id = ?').pluck().all(id) as string[];
    for (const member of members) {
      changes.update('contact', member, { organization_id: null });
      reindexContact(changes.db, member);
    }
  }
}

export function createTrashService(ctx: CoreContext) {
  return {
    list(): TrashItem[] {
      return (Object.keys(NAME_COLUMN) as TrashableEntity[]).flatMap((entity) => {
        const rows = statement(
          ctx.db,
          `SELECT id, ${NAME_COLUMN[entity]} AS name, deleted_at FROM ${ENTITIES[entity].table} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
        ).all() as { id: string; name: string; deleted_at: string }[];
        return rows.map((row) => ({ entity, id: row.id, name: row.name, deletedAt: row.deleted_at }));
      }).sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },

    /** Deletes for good: only what is already in the trash. */
    purge(items: readonly { entity: TrashableEntity; id: string }[]): { count: number; changeSetId: string | null } {
      const { result, changeSetId } = write(
        ctx,
        { kind: 'user', label: `Empty ${items.length} from the trash`, entities: ['contacts', 'organizations', 'tags', 'savedSearches'] },
        (changes) => {
          let count = 0;
          for (const { entity, id } of items) {
            const row = changes.read(entity, id);
            if (!row) continue;
            if (row.deleted_at === null) {
              throw new RapportError('CONFLICT', `${row[NAME_COLUMN[entity]] as string} is not in the trash; delete it first.`, { entity, id });
            }
            if (entity === 'contact') purgeContact(changes, id);
            else {
              purgeLinks(changes, entity, id);
              changes.remove(entity, id);
            }
            count += 1;
          }
          return count;
        },
      );
      return { count: result, changeSetId };
    },
  };
}
