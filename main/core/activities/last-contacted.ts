/**
 * contacts.last_contacted_at is derived: the latest occurred_at of the contact's live
 * activities of the kinds that count as being in touch (TOUCH_KINDS: call, meeting, e-mail),
 * or '' when there is none. Future-dated ones count too: the log records what happened.
 *
 * It is a tracked field, so it is rewritten inside the change set that changed the
 * activities; undo and sync then carry it like any other field. The contact's updated_at
 * is kept: logging a call is not an edit of the person.
 */
import { TOUCH_KINDS } from '../../../shared/domain/activities';
import type { ChangeSet } from '../../db/change-set';
import { statement } from '../../db/statements';

const KIND_LIST = TOUCH_KINDS.map((kind) => `'${kind}'`).join(', ');

export function computeLastContacted(changes: ChangeSet, contactId: string): string {
  const latest = statement(
    changes.db,
    `SELECT max(a.occurred_at) FROM activity_contacts ac JOIN activities a ON a.id = ac.activity_id
      WHERE ac.contact_id = ? AND a.deleted_at IS NULL AND a.kind IN (${KIND_LIST})`,
  )
    .pluck()
    .get(contactId) as string | null;
  return latest ?? '';
}

export function refreshLastContacted(changes: ChangeSet, contactIds: Iterable<string>): void {
  for (const contactId of new Set(contactIds)) {
    const contact = changes.read('contact', contactId);
    if (!contact) continue;
    changes.update('contact', contactId, { last_contacted_at: computeLastContacted(changes, contactId), updated_at: contact.updated_at ?? null });
  }
}

/** The contacts linked to an activity now (before a change: the ones whose date may move). */
export function linkedContactIds(changes: ChangeSet, activityId: string): string[] {
  return statement(changes.db, 'SELECT contact_id FROM activity_contacts WHERE activity_id = ?').pluck().all(activityId) as string[];
}

/**
 * After an undo or redo: the reversed set restored last_contacted_at to what it was before
 * that set, which is wrong when newer activities exist. Recompute it for every contact the
 * set touched through activities.
 */
export function refreshLastContactedAfterReverse(changes: ChangeSet, targetSetId: string): void {
  const contactIds = statement(
    changes.db,
    `SELECT ac.contact_id FROM change_log l JOIN activity_contacts ac ON ac.activity_id = l.entity_id
      WHERE l.change_set_id = ? AND l.entity = 'activity'
     UNION SELECT json_extract(l.old_value, '$') FROM change_log l
      WHERE l.change_set_id = ? AND l.entity = 'activity_contact' AND l.field = 'contact_id' AND l.old_value IS NOT NULL
     UNION SELECT json_extract(l.new_value, '$') FROM change_log l
      WHERE l.change_set_id = ? AND l.entity = 'activity_contact' AND l.field = 'contact_id' AND l.new_value IS NOT NULL`,
  )
    .pluck()
    .all(targetSetId, targetSetId, targetSetId) as string[];
  refreshLastContacted(changes, contactIds);
}
