/**
 * Finds the stored contact an incoming card is "the same person" as, in order of
 * certainty: vCard UID, e-mail address, phone number (E.164 or all digits), and for cards
 * that have neither e-mail nor phone, the exact folded display name. Each step is one
 * indexed lookup.
 */
import type Database from 'better-sqlite3';
import type { ContactDraft } from '../../../shared/domain/contact';
import { foldKey } from '../../../shared/text/fold-key';
import { statement } from '../../db/statements';
import { normalizePhone } from '../../core/phones';
import { deriveDisplayName } from '../../core/contacts/display-name';

/** Shorter numbers (extensions, short codes) are not evidence of the same person. */
const MIN_MATCH_DIGITS = 6;

export interface ExistingMatch {
  contactId: string;
  rule: 'uid' | 'email' | 'phone' | 'name';
}

export function matchExistingContact(db: Database.Database, draft: ContactDraft, defaultCountry: string | null): ExistingMatch | null {
  if (draft.vcardUid) {
    const id = statement(db, 'SELECT id FROM contacts WHERE vcard_uid = ? AND deleted_at IS NULL LIMIT 1').pluck().get(draft.vcardUid) as string | undefined;
    if (id) return { contactId: id, rule: 'uid' };
  }
  for (const email of draft.emails) {
    const id = statement(
      db,
      'SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id WHERE e.address_key = ? AND c.deleted_at IS NULL LIMIT 1',
    ).pluck().get(email.address.toLowerCase()) as string | undefined;
    if (id) return { contactId: id, rule: 'email' };
  }
  for (const phone of draft.phones) {
    const { e164, digits } = normalizePhone(phone.number, defaultCountry);
    // Without a country the number cannot be made E.164; the same digits are still the same phone.
    const id = e164
      ? (statement(db, 'SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id WHERE p.e164 = ? AND c.deleted_at IS NULL LIMIT 1').pluck().get(e164) as string | undefined)
      : digits.length >= MIN_MATCH_DIGITS
        ? (statement(db, 'SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id WHERE p.digits = ? AND c.deleted_at IS NULL LIMIT 1').pluck().get(digits) as string | undefined)
        : undefined;
    if (id) return { contactId: id, rule: 'phone' };
  }
  if (draft.emails.length === 0 && draft.phones.length === 0) {
    const name = draft.displayName.trim() || deriveDisplayName(draft, draft.organizationName);
    if (name) {
      const id = statement(db, 'SELECT id FROM contacts WHERE sort_key = ? AND deleted_at IS NULL LIMIT 1').pluck().get(foldKey(name)) as string | undefined;
      if (id) return { contactId: id, rule: 'name' };
    }
  }
  return null;
}
