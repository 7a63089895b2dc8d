/**
 * Link rows (activity↔contact, deal↔contact) are replaced as a set: links that stay keep
 * their rows (and history), missing ones are added, dropped ones removed, each logged.
 */
import { RapportError } from '../../../shared/domain/errors';
import type { ChangeSet } from '../../db/change-set';
import { ENTITIES } from '../../db/entities';
import { linkId } from '../../db/ids';
import { statement } from '../../db/statements';

export interface LinkSpec {
  entity: 'activity_contact' | 'deal_contact';
  ownerField: 'activity_id' | 'deal_id';
}

/** Returns every contact whose link changed (added or removed). */
export function replaceContactLinks(changes: ChangeSet, spec: LinkSpec, ownerId: string, contactIds: readonly string[]): string[] {
  const table = ENTITIES[spec.entity].table;
  const current = statement(changes.db, `SELECT contact_id FROM ${table} WHERE ${spec.ownerField} = ?`).pluck().all(ownerId) as string[];
  const wanted = [...new Set(contactIds)];
  const touched: string[] = [];
  for (const contactId of wanted) {
    if (current.includes(contactId)) continue;
    assertLiveRecord(changes, 'contact', contactId);
    changes.insert(spec.entity, { id: linkId(ownerId, contactId), [spec.ownerField]: ownerId, contact_id: contactId });
    touched.push(contactId);
  }
  for (const contactId of current) {
    if (wanted.includes(contactId)) continue;
    changes.remove(spec.entity, linkId(ownerId, contactId));
    touched.push(contactId);
  }
  return touched;
}

const NOUNS = { contact: 'contact', organization: 'organization', deal: 'deal', activity: 'activity', reminder: 'reminder', purchase: 'purchase', pipeline_stage: 'stage', tag: 'tag' } as const;

/** Links may only point at records that exist and are not in the trash. */
export function assertLiveRecord(changes: ChangeSet, entity: keyof typeof NOUNS, id: string): void {
  const row = changes.read(entity, id);
  if (!row || row.deleted_at !== null) {
    throw new RapportError('NOT_FOUND', `There is no ${NOUNS[entity]} with id ${id}.`, { entity, id });
  }
}
