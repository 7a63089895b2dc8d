/**
 * Keeps the full-text table in step with the contact tables. Services call
 * `reindexContact` inside the same transaction as the write, so the index never shows a
 * contact that is not there or misses one that is.
 */
import type Database from 'better-sqlite3';
import { statement } from '../../db/statements';
import { normalizePhone } from '../phones';

interface IndexedContact {
  seq: number;
  deleted_at: string | null;
  display_name: string;
  prefix: string;
  given: string;
  middle: string;
  family: string;
  suffix: string;
  nickname: string;
  phonetic_given: string;
  phonetic_middle: string;
  phonetic_family: string;
  notes: string;
  title: string;
  department: string;
  organization_name: string | null;
}

/** Every way a phone might be typed into the search box: as written, all digits, national digits. */
function phoneSearchText(db: Database.Database, contactId: string): string {
  const phones = statement(db, 'SELECT number, digits, e164 FROM contact_phones WHERE contact_id = ?').all(contactId) as {
    number: string;
    digits: string;
    e164: string | null;
  }[];
  return phones
    .flatMap((phone) => {
      const national = phone.e164 ? normalizePhone(phone.e164, null).nationalDigits : null;
      return [phone.number, phone.digits, national ?? ''];
    })
    .join(' ');
}

export function reindexContact(db: Database.Database, contactId: string): void {
  const contact = statement(
    db,
    `SELECT c.seq, c.deleted_at, c.display_name, c.prefix, c.given, c.middle, c.family, c.suffix, c.nickname,
            c.phonetic_given, c.phonetic_middle, c.phonetic_family, c.notes, c.title, c.department,
            o.name AS organization_name
       FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id
      WHERE c.id = ?`,
  ).get(contactId) as IndexedContact | undefined;
  if (!contact) return;
  statement(db, 'DELETE FROM contact_search WHERE rowid = ?').run(contact.seq);
  if (contact.deleted_at !== null) return;

  const emails = statement(db, 'SELECT address FROM contact_emails WHERE contact_id = ?').all(contactId) as { address: string }[];
  const tags = statement(
    db,
    'SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? AND t.deleted_at IS NULL',
  ).all(contactId) as { name: string }[];
  const name = [
    contact.display_name, contact.prefix, contact.given, contact.middle, contact.family, contact.suffix, contact.nickname,
    contact.phonetic_given, contact.phonetic_middle, contact.phonetic_family,
  ].join(' ');
  statement(
    db,
    'INSERT INTO contact_search (rowid, name, organization, emails, phones, notes, tags) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    contact.seq,
    name,
    [contact.organization_name ?? '', contact.title, contact.department].join(' '),
    emails.map((e) => e.address).join(' '),
    phoneSearchText(db, contactId),
    contact.notes,
    tags.map((t) => t.name).join(' '),
  );
}

/** After a tag or organization is renamed or deleted, the contacts that carry it. */
export function reindexContactsWhere(db: Database.Database, sql: string, ...params: unknown[]): void {
  const ids = db.prepare(sql).pluck().all(...params) as string[];
  for (const id of ids) reindexContact(db, id);
}

/** Takes a contact out of the index; call it before the contact row itself is deleted. */
export function dropFromIndex(db: Database.Database, contactId: string): void {
  const seq = statement(db, 'SELECT seq FROM contacts WHERE id = ?').pluck().get(contactId) as number | undefined;
  if (seq !== undefined) statement(db, 'DELETE FROM contact_search WHERE rowid = ?').run(seq);
}
