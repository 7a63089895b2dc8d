/**
 * A contact row, its child rows and its tags, as the domain's Contact. The one mapping used
 * by readContact (one contact) and by the export's batched reader (a page at a time), so
 * the two can never disagree about a field.
 */
import type { Contact, TagRef } from '../../../shared/domain/contact';
import { parseIsoPartialDate } from '../../../shared/domain/partial-date';
import type { Row } from '../../db/change-set';
import { rowText as text } from './child-specs';

const flag = (row: Row, column: string): boolean => row[column] === 1 || row[column] === 1n;

export interface ContactChildRows {
  emails: Row[];
  phones: Row[];
  addresses: Row[];
  urls: Row[];
  ims: Row[];
  related: Row[];
  extras: Row[];
}

export function contactFromRows(row: Row & { organization_name: string | null }, children: ContactChildRows, tags: TagRef[]): Contact {
  const photo = row.photo;
  return {
    id: text(row, 'id'),
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
    birthday: typeof row.birthday === 'string' ? parseIsoPartialDate(row.birthday) : null,
    anniversary: typeof row.anniversary === 'string' ? parseIsoPartialDate(row.anniversary) : null,
    photo: Buffer.isBuffer(photo) ? { mediaType: text(row, 'photo_type') || 'image/jpeg', base64: photo.toString('base64') } : null,
    notes: text(row, 'notes'),
    organizationId: row.organization_id === null ? null : text(row, 'organization_id'),
    organizationName: row.organization_name ?? '',
    title: text(row, 'title'),
    department: text(row, 'department'),
    customFields: JSON.parse(text(row, 'custom_fields') || '[]') as Contact['customFields'],
    favorite: flag(row, 'favorite'),
    vcardUid: row.vcard_uid === null ? null : text(row, 'vcard_uid'),
    emails: children.emails.map((r) => ({ id: text(r, 'id'), label: text(r, 'label'), address: text(r, 'address'), primary: flag(r, 'is_primary') })),
    phones: children.phones.map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), number: text(r, 'number'),
      e164: r.e164 === null ? null : text(r, 'e164'), primary: flag(r, 'is_primary'),
    })),
    addresses: children.addresses.map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), street: text(r, 'street'), extended: text(r, 'extended'),
      poBox: text(r, 'po_box'), city: text(r, 'city'), region: text(r, 'region'), postalCode: text(r, 'postal_code'),
      country: text(r, 'country'), primary: flag(r, 'is_primary'),
    })),
    urls: children.urls.map((r) => ({ id: text(r, 'id'), label: text(r, 'label'), url: text(r, 'url'), primary: flag(r, 'is_primary') })),
    ims: children.ims.map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), service: text(r, 'service'), handle: text(r, 'handle'), primary: flag(r, 'is_primary'),
    })),
    related: children.related.map((r) => ({
      id: text(r, 'id'), label: text(r, 'label'), name: text(r, 'name'),
      contactId: r.related_contact_id === null ? null : text(r, 'related_contact_id'),
    })),
    vcardExtras: children.extras.map((r) => ({ line: text(r, 'line') })),
    tags,
    lastContactedAt: text(row, 'last_contacted_at') || null,
    importId: row.import_id === null ? null : text(row, 'import_id'),
    createdAt: text(row, 'created_at'),
    updatedAt: text(row, 'updated_at'),
    deletedAt: row.deleted_at === null ? null : text(row, 'deleted_at'),
  };
}
