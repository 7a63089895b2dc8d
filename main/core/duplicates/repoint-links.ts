/**
 * Moving what points at the merged contacts to the survivor: activities, deals, reminders,
 * purchases and other contacts' "related person" links. Every step goes through the change
 * set so the merge's undo puts each link back. Link rows have ids made of their two ends,
 * so re-pointing one is removing it and inserting the survivor's (unless that exists).
 */
import type { ChangeSet } from '../../db/change-set';
import { linkId } from '../../db/ids';
import { statement } from '../../db/statements';

export interface MovedCounts {
  activities: number;
  deals: number;
  reminders: number;
  purchases: number;
  related: number;
}

export function repointLinks(changes: ChangeSet, survivorId: string, mergedId: string, groupIds: ReadonlySet<string>): MovedCounts {
  const db = changes.db;
  const activityLinks = statement(db, 'SELECT id, activity_id FROM activity_contacts WHERE contact_id = ?').all(mergedId) as {
    id: string;
    activity_id: string;
  }[];
  for (const link of activityLinks) {
    changes.remove('activity_contact', link.id);
    const id = linkId(link.activity_id, survivorId);
    if (!changes.read('activity_contact', id)) changes.insert('activity_contact', { id, activity_id: link.activity_id, contact_id: survivorId });
  }
  const dealLinks = statement(db, 'SELECT id, deal_id FROM deal_contacts WHERE contact_id = ?').all(mergedId) as { id: string; deal_id: string }[];
  for (const link of dealLinks) {
    changes.remove('deal_contact', link.id);
    const id = linkId(link.deal_id, survivorId);
    if (!changes.read('deal_contact', id)) changes.insert('deal_contact', { id, deal_id: link.deal_id, contact_id: survivorId });
  }
  // Trashed reminders and purchases move too: restoring one later must land on the survivor.
  const reminders = statement(db, 'SELECT id FROM reminders WHERE contact_id = ?').pluck().all(mergedId) as string[];
  for (const id of reminders) changes.update('reminder', id, { contact_id: survivorId });
  const purchases = statement(db, 'SELECT id FROM purchases WHERE contact_id = ?').pluck().all(mergedId) as string[];
  for (const id of purchases) changes.update('purchase', id, { contact_id: survivorId });
  // Relations held by the merged contacts themselves are united into the survivor's list.
  const related = (statement(db, 'SELECT id, contact_id FROM contact_related WHERE related_contact_id = ?').all(mergedId) as {
    id: string;
    contact_id: string;
  }[]).filter((row) => !groupIds.has(row.contact_id));
  for (const row of related) changes.update('contact_related', row.id, { related_contact_id: survivorId });
  return {
    activities: activityLinks.length,
    deals: dealLinks.length,
    reminders: reminders.length,
    purchases: purchases.length,
    related: related.length,
  };
}
