/**
 * Raw prepared inserts of floor rows into a fresh database with the real schema, in the
 * import's batch size, with the connection settings the product uses (WAL, synchronous
 * FULL). No change log, no reads back, no validation: the least any import can do.
 */
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { FloorContact } from './floor-rows';

export function insertFloor(db: Database.Database, contacts: readonly FloorContact[], batchSize: number, nowIso: string): void {
  const insertContact = db.prepare(
    `INSERT INTO contacts (id, prefix, given, middle, family, display_name, sort_key, notes, title, birthday, organization_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOrganization = db.prepare('INSERT INTO organizations (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertTag = db.prepare('INSERT INTO tags (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertEmail = db.prepare('INSERT INTO contact_emails (id, contact_id, position, label, address, address_key, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertPhone = db.prepare('INSERT INTO contact_phones (id, contact_id, position, label, number, e164, digits, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertAddress = db.prepare(
    'INSERT INTO contact_addresses (id, contact_id, position, label, street, city, postal_code, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertUrl = db.prepare('INSERT INTO contact_urls (id, contact_id, position, label, url) VALUES (?, ?, ?, ?, ?)');
  const insertLink = db.prepare('INSERT INTO contact_tags (id, contact_id, tag_id) VALUES (?, ?, ?)');
  const insertSearch = db.prepare('INSERT INTO contact_search (rowid, name, organization, emails, phones, notes, tags) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const organizations = new Map<string, string>();
  const tags = new Map<string, string>();

  const writeOne = (row: FloorContact): void => {
    let organizationId: string | null = null;
    if (row.organization) {
      organizationId = organizations.get(row.organization.key) ?? null;
      if (!organizationId) {
        organizationId = uuidv7();
        organizations.set(row.organization.key, organizationId);
        insertOrganization.run(organizationId, row.organization.name, row.organization.key, nowIso, nowIso);
      }
    }
    const id = uuidv7();
    const c = row.contact;
    const seq = insertContact.run(id, c.prefix, c.given, c.middle, c.family, c.display_name, c.sort_key, c.notes, c.title, c.birthday, organizationId, nowIso, nowIso)
      .lastInsertRowid;
    row.emails.forEach((e, i) => insertEmail.run(uuidv7(), id, i, e.label, e.address, e.key, i === 0 ? 1 : 0));
    row.phones.forEach((p, i) => insertPhone.run(uuidv7(), id, i, p.label, p.number, p.e164, p.digits, i === 0 ? 1 : 0));
    row.addresses.forEach((a, i) => insertAddress.run(uuidv7(), id, i, a.label, a.street, a.city, a.postal_code, a.country));
    row.urls.forEach((u, i) => insertUrl.run(uuidv7(), id, i, u.label, u.url));
    for (const tag of row.tags) {
      let tagId = tags.get(tag.key);
      if (!tagId) {
        tagId = uuidv7();
        tags.set(tag.key, tagId);
        insertTag.run(tagId, tag.name, tag.key, nowIso, nowIso);
      }
      insertLink.run(`${id}|${tagId}`, id, tagId);
    }
    const s = row.search;
    insertSearch.run(seq, s.name, s.organization, s.emails, s.phones, s.notes, s.tags);
  };

  const writeBatch = db.transaction((batch: readonly FloorContact[]) => {
    for (const row of batch) writeOne(row);
  });
  for (let start = 0; start < contacts.length; start += batchSize) writeBatch.immediate(contacts.slice(start, start + batchSize));
}
