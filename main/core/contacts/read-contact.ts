/**
 * Reading a contact back into the domain shape, children and tags included.
 */
import type Database from 'better-sqlite3';
import type { Contact, ContactDraft, TagRef } from '../../../shared/domain/contact';
import { RapportError } from '../../../shared/domain/errors';
import type { Row } from '../../db/change-set';
import { statement } from '../../db/statements';
import { contactFromRows } from './contact-from-rows';

function children(db: Database.Database, table: string, contactId: string): Row[] {
  return statement(db, `SELECT * FROM ${table} WHERE contact_id = ? ORDER BY position`).all(contactId) as Row[];
}

function readTags(db: Database.Database, contactId: string): TagRef[] {
  return statement(
    db,
    `SELECT t.id, t.name, t.color FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
      WHERE ct.contact_id = ? AND t.deleted_at IS NULL ORDER BY t.name_key`,
  ).all(contactId) as TagRef[];
}

function readContactRow(db: Database.Database, id: string): Row & { organization_name: string | null } {
  const row = statement(
    db,
    'SELECT c.*, o.name AS organization_name FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id WHERE c.id = ?',
  ).get(id) as (Row & { organization_name: string | null }) | undefined;
  if (!row) throw new RapportError('NOT_FOUND', `There is no contact with id ${id}.`);
  return row;
}

export function readContact(db: Database.Database, id: string): Contact {
  const row = readContactRow(db, id);
  return contactFromRows(
    row,
    {
      emails: children(db, 'contact_emails', id),
      phones: children(db, 'contact_phones', id),
      addresses: children(db, 'contact_addresses', id),
      urls: children(db, 'contact_urls', id),
      ims: children(db, 'contact_ims', id),
      related: children(db, 'contact_related', id),
      extras: children(db, 'contact_vcard_extras', id),
    },
    readTags(db, id),
  );
}

/** The contact as a draft (tags by name, organization by id): the base a patch applies to. */
export function readContactDraft(db: Database.Database, id: string): ContactDraft {
  const contact = readContact(db, id);
  return {
    ...contact,
    displayName: readContactRow(db, id).display_name_set === 1 ? contact.displayName : '',
    tags: contact.tags.map((tag) => tag.name),
  };
}
