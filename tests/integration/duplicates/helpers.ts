/** Shared setup for the duplicates tests: bulk inserts and link rows written through change sets. */
import { ContactDraftSchema, type ContactDraftInput } from '../../../shared/domain/contact';
import { write } from '../../../main/core/context';
import { insertContact } from '../../../main/core/contacts/write-contact';
import { linkId, newId } from '../../../main/db/ids';
import type { TestDatabase } from '../../support/test-database';

/** Many contacts in one change set: one commit instead of one fsync per contact. */
export function insertContacts(t: TestDatabase, drafts: readonly ContactDraftInput[], defaultCountry: string | null = null): string[] {
  return write(t.services.ctx, { kind: 'import', label: 'Test contacts', entities: ['contacts'] }, (changes) =>
    drafts.map((draft) => insertContact(changes, ContactDraftSchema.parse(draft), { defaultCountry })),
  ).result;
}

export function addContact(t: TestDatabase, draft: ContactDraftInput): string {
  return t.services.contacts.create(draft).value.id;
}

/** An activity, a deal and a reminder (and a purchase) tied to a contact, as the services will write them. */
export function addRecordsFor(t: TestDatabase, contactId: string, title: string) {
  // Through the activities service, so the contact's derived last-contacted date is kept as in real use.
  const activityId = t.services.activities.create({ kind: 'call', occurredAt: '2024-05-01T10:00:00.000Z', subject: `Call ${title}`, contactIds: [contactId] }).value.id;
  const dealId = newId();
  const reminderId = newId();
  const purchaseId = newId();
  write(t.services.ctx, { kind: 'user', label: `Records for ${title}`, entities: ['activities', 'deals', 'reminders', 'purchases'] }, (changes) => {
    changes.insert('deal', { id: dealId, title: `Deal ${title}` });
    changes.insert('deal_contact', { id: linkId(dealId, contactId), deal_id: dealId, contact_id: contactId });
    changes.insert('reminder', { id: reminderId, title: `Call back ${title}`, due_at: '2024-06-01T09:00:00.000Z', contact_id: contactId });
    changes.insert('purchase', { id: purchaseId, contact_id: contactId, purchased_on: '2024-04-01' });
  });
  return { activityId, dealId, reminderId, purchaseId };
}

/** Shares an existing activity between two contacts (a meeting with both cards). */
export function linkActivity(t: TestDatabase, activityId: string, contactId: string): void {
  const { contacts } = t.services.activities.get(activityId);
  t.services.activities.update(activityId, { contactIds: [...contacts.map((contact) => contact.id), contactId] });
}
