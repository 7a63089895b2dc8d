/**
 * Cards <-> contacts through Rapport's own vCard reader and writer, so a contact that goes
 * to the server and back keeps every field the writer keeps (unknown lines ride along as
 * vCard extras).
 */
import type Database from 'better-sqlite3';
import type { ContactDraft } from '../../../shared/domain/contact';
import { readContact } from '../../core/contacts/read-contact';
import { statement } from '../../db/statements';
import { contactUidFor, readVcardRecords, writeVcard, type VcardWriteVersion } from '../../interchange/vcard/index';

export async function cardToDraft(text: string): Promise<ContactDraft | null> {
  for await (const output of readVcardRecords([Buffer.from(text, 'utf8')])) {
    if (output.kind === 'record') return output.draft;
  }
  return null;
}

export function contactToCard(db: Database.Database, contactId: string, version: VcardWriteVersion): string {
  const relatedUid = (id: string): string | null => {
    const row = statement(db, 'SELECT vcard_uid FROM contacts WHERE id = ? AND deleted_at IS NULL').get(id) as { vcard_uid: string | null } | undefined;
    return row ? contactUidFor(row.vcard_uid, id) : null;
  };
  return writeVcard(readContact(db, contactId), { version, relatedUid });
}

/** The UID a card carries, to find the contact it belongs to. */
export function cardUid(text: string): string | null {
  const match = /^UID[;:](?:[^:\r\n]*:)?(.+)$/im.exec(text);
  return match ? match[1]!.trim() : null;
}
