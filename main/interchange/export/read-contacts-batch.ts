/**
 * Reads many contacts at once for export: one query per table for a page of ids instead
 * of readContact's ten queries per contact. Measured on the 100k set: export went from
 * ~10 queries × 100k round trips to 10 queries per 1,000 contacts (docs/PERFORMANCE.md).
 * Rows become contacts through contactFromRows, the same mapping readContact uses;
 * tests/integration/export-batch-read.test.ts still compares the two end to end.
 */
import type Database from 'better-sqlite3';
import type { Contact, TagRef } from '../../../shared/domain/contact';
import type { Row } from '../../db/change-set';
import { contactFromRows } from '../../core/contacts/contact-from-rows';

function groupByContact(db: Database.Database, table: string, idsJson: string): Map<string, Row[]> {
  // json_each drives the join (CROSS JOIN fixes the order): with "contact_id IN (…) ORDER BY
  // contact_id" the planner walked the whole child index and filtered, 300 µs a contact.
  const rows = db
    .prepare(`SELECT t.* FROM json_each(?) j CROSS JOIN ${table} t ON t.contact_id = j.value ORDER BY j.key, t.position`)
    .all(idsJson) as Row[];
  const byContact = new Map<string, Row[]>();
  for (const row of rows) {
    const id = row.contact_id as string;
    const list = byContact.get(id);
    if (list) list.push(row);
    else byContact.set(id, [row]);
  }
  return byContact;
}

function tagsByContact(db: Database.Database, idsJson: string): Map<string, TagRef[]> {
  const rows = db
    .prepare(
      `SELECT ct.contact_id, t.id, t.name, t.color FROM json_each(?) j CROSS JOIN contact_tags ct ON ct.contact_id = j.value
         JOIN tags t ON t.id = ct.tag_id
        WHERE t.deleted_at IS NULL ORDER BY j.key, t.name_key`,
    )
    .all(idsJson) as (TagRef & { contact_id: string })[];
  const byContact = new Map<string, TagRef[]>();
  for (const { contact_id, ...tag } of rows) {
    const list = byContact.get(contact_id);
    if (list) list.push(tag);
    else byContact.set(contact_id, [tag]);
  }
  return byContact;
}

/** The contacts with these ids, in the order given; ids that do not exist are skipped. */
export function readContactsBatch(db: Database.Database, ids: readonly string[]): Contact[] {
  if (ids.length === 0) return [];
  const idsJson = JSON.stringify(ids);
  const rows = db
    .prepare(
      `SELECT c.*, o.name AS organization_name FROM json_each(?) j CROSS JOIN contacts c ON c.id = j.value
         LEFT JOIN organizations o ON o.id = c.organization_id`,
    )
    .all(idsJson) as (Row & { organization_name: string | null })[];
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  const children = {
    emails: groupByContact(db, 'contact_emails', idsJson),
    phones: groupByContact(db, 'contact_phones', idsJson),
    addresses: groupByContact(db, 'contact_addresses', idsJson),
    urls: groupByContact(db, 'contact_urls', idsJson),
    ims: groupByContact(db, 'contact_ims', idsJson),
    related: groupByContact(db, 'contact_related', idsJson),
    extras: groupByContact(db, 'contact_vcard_extras', idsJson),
  };
  const tags = tagsByContact(db, idsJson);
  const contacts: Contact[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const of = (list: Map<string, Row[]>): Row[] => list.get(id) ?? [];
    contacts.push(
      contactFromRows(
        row,
        {
          emails: of(children.emails),
          phones: of(children.phones),
          addresses: of(children.addresses),
          urls: of(children.urls),
          ims: of(children.ims),
          related: of(children.related),
          extras: of(children.extras),
        },
        tags.get(id) ?? [],
      ),
    );
  }
  return contacts;
}
