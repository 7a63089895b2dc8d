/**
 * A related person in a file may name another contact of the same file by its UID (vCard
 * `X-RAPPORT-CONTACT`). The ids are this database's own, so the link is made after the
 * last record is in: each UID is looked up among the contacts here (its vcard_uid, or the
 * id inside a `urn:uuid:<id>` Rapport wrote for a contact without a UID).
 */
import type { ChangeSet } from '../../db/change-set';
import { statement } from '../../db/statements';
import { readContactDraft } from '../../core/contacts/read-contact';
import { updateContact } from '../../core/contacts/write-contact';

export interface PendingLink {
  contactId: string;
  relatedUids: ReadonlyArray<string | null>;
}

function findContactByUid(changes: ChangeSet, uid: string): string | null {
  const byUid = statement(changes.db, 'SELECT id FROM contacts WHERE vcard_uid = ? AND deleted_at IS NULL ORDER BY rowid DESC LIMIT 1')
    .pluck()
    .get(uid) as string | undefined;
  if (byUid) return byUid;
  const id = /^urn:uuid:(.+)$/i.exec(uid)?.[1];
  if (!id) return null;
  const byId = statement(changes.db, 'SELECT id FROM contacts WHERE id = ? AND deleted_at IS NULL').pluck().get(id) as string | undefined;
  return byId ?? null;
}

export function linkRelatedContacts(changes: ChangeSet, links: readonly PendingLink[], defaultCountry: string | null): void {
  for (const { contactId, relatedUids } of links) {
    const draft = readContactDraft(changes.db, contactId);
    let changed = false;
    const related = draft.related.map((person, index) => {
      const uid = relatedUids[index];
      const target = uid ? findContactByUid(changes, uid) : null;
      if (!target || person.contactId === target) return person;
      changed = true;
      return { ...person, contactId: target };
    });
    if (changed) updateContact(changes, contactId, { related }, { defaultCountry });
  }
}
