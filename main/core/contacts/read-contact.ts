/**
 * Reading a contact back into the domain shape, children and tags included.
 */
import type Database from 'better-sqlite3';
import type { Contact, ContactDraft, TagRef } from '../../../shared/domain/contact';
import { parseIsoPartialDate } from '../../../shared/domain/partial-date';
import { RapportError } from '../../../shared/domain/errors';
import type { Row } from '../../db/change-set';
import { statement } from '../../db/statements';
import { rowText } from './child-specs';

const text = rowText;
const flag = (row: Row, column: string): boolean => row[column] === 1 || row[column] === 1n;

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
  const photo = row.photo;
  const birthday = typeof row.birthday === 'string' ? parseIsoPartialDate(row.birthday) : null;
  const anniversary = typeof row.anniversary === 'string' ? parseIsoPartialDate(row.anniversary) : null;
  return {
    id,
    prefix: text(row, 'prefix'),
    given: text(row, 'given'),
    middle: text(row, 'middle'),
    family: text(row, 'family'),
    suffix: text(row, 'suffix'),
    displayName: text(row, 'display_name'),
    nickname: text(row, 'nickname'),
    phoneticGiven: text(row, 'phonetic_given'),
    phoneticMiddle: text(row, 'phonetic_middle'),
    phoneticFamily: text(row, 'phonetic_family'),
    birthday,
    anniversary,
    photo: Buffer.isBuffer(photo) ? { mediaType: text(row, 'photo_type') || 'image/jpeg', base64: photo.toString('base64') } : null,
    notes: text(row, 'notes'),
    organizationId: row.organization_id === null ? null : text(row, 'organization_id'),
    organizationName: row.organization_name ?? '',
    title: text(row, 'title'),
    department: text(row, 'department'),
    customFields: JSON.parse(text(row, 'custom_fields') || '[]') as Contact['customFields'],
    favorite: flag(row, 'favorite'),
    vcardUid: row.vcard_uid === null ? null : text(row, 'vcard_uid'),
    emails: children(db, 'contact_emails', id).map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), address: text(r, 'address'), primary: flag(r, 'is_primary'),
    })),
    phones: children(db, 'contact_phones', id).map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), number: text(r, 'number'),
      e164: r.e164 === null ? null : text(r, 'e164'), primary: flag(r, 'is_primary'),
    })),
    addresses: children(db, 'contact_addresses', id).map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), street: text(r, 'street'), extended: text(r, 'extended'),
      poBox: text(r, 'po_box'), city: text(r, 'city'), region: text(r, 'region'), postalCode: text(r, 'postal_code'),
      country: text(r, 'country'), primary: flag(r, 'is_primary'),
    })),
    urls: children(db, 'contact_urls', id).map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), url: text(r, 'url'), primary: flag(r, 'is_primary'),
    })),
    ims: children(db, 'contact_ims', id).map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), service: text(r, 'service'), handle: text(r, 'handle'), primary: flag(r, 'is_primary'),
    })),
    related: children(db, 'contact_related', id).map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), name: text(r, 'name'),
      contactId: r.related_contact_id === null ? null : text(r, 'related_contact_id'),
    })),
    vcardExtras: children(db, 'contact_vcard_extras', id).map((r) => ({ line: text(r, 'line') })),
    tags: readTags(db, id),
    lastContactedAt: text(row, 'last_contacted_at') || null,
    importId: row.import_id === null ? null : text(row, 'import_id'),
    createdAt: text(row, 'created_at'),
    updatedAt: text(row, 'updated_at'),
    deletedAt: row.deleted_at === null ? null : text(row, 'deleted_at'),
  };
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
