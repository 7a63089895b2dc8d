/**
 * How each kind of contact method maps between the domain model and its child table.
 */
import type { ContactDraft } from '../../../shared/domain/contact';
import type { Row } from '../../db/change-set';
import { normalizePhone } from '../phones';
import type { ChildListSpec, DesiredChild } from './child-lists';

const bool = (value: boolean): number => (value ? 1 : 0);

/** Only one entry of a kind is primary: the first one marked, or none. */
function singlePrimary<T extends { primary: boolean }>(items: readonly T[]): T[] {
  let seen = false;
  return items.map((item) => {
    const primary = item.primary && !seen;
    if (primary) seen = true;
    return { ...item, primary };
  });
}

export const CHILD_SPECS = {
  emails: { entity: 'contact_email', identity: (v) => String(v.address_key) },
  phones: { entity: 'contact_phone', identity: (v) => `${String(v.digits)}|${String(v.number)}` },
  addresses: {
    entity: 'contact_address',
    identity: (v) => [v.street, v.extended, v.po_box, v.city, v.region, v.postal_code, v.country].join('|'),
  },
  urls: { entity: 'contact_url', identity: (v) => String(v.url) },
  ims: { entity: 'contact_im', identity: (v) => `${String(v.service)}|${String(v.handle)}` },
  related: { entity: 'contact_related', identity: (v) => `${String(v.name)}|${String(v.related_contact_id)}` },
  vcardExtras: { entity: 'contact_vcard_extra', identity: (v) => String(v.line) },
} as const satisfies Record<string, ChildListSpec>;

export type ChildListName = keyof typeof CHILD_SPECS;

export function desiredChildren(
  name: ChildListName,
  draft: Pick<ContactDraft, ChildListName>,
  defaultCountry: string | null,
): DesiredChild[] {
  switch (name) {
    case 'emails':
      return singlePrimary(draft.emails).map((email) => ({
        id: email.id,
        values: { label: email.label, address: email.address, address_key: email.address.toLowerCase(), is_primary: bool(email.primary) },
      }));
    case 'phones':
      return singlePrimary(draft.phones).map((phone) => {
        const normalized = normalizePhone(phone.number, defaultCountry);
        return {
          id: phone.id,
          values: {
            label: phone.label,
            number: phone.number,
            e164: normalized.e164,
            digits: normalized.digits,
            is_primary: bool(phone.primary),
          },
        };
      });
    case 'addresses':
      return singlePrimary(draft.addresses).map((address) => ({
        id: address.id,
        values: {
          label: address.label,
          street: address.street,
          extended: address.extended,
          po_box: address.poBox,
          city: address.city,
          region: address.region,
          postal_code: address.postalCode,
          country: address.country,
          is_primary: bool(address.primary),
        },
      }));
    case 'urls':
      return singlePrimary(draft.urls).map((url) => ({
        id: url.id,
        values: { label: url.label, url: url.url, is_primary: bool(url.primary) },
      }));
    case 'ims':
      return singlePrimary(draft.ims).map((im) => ({
        id: im.id,
        values: { label: im.label, service: im.service, handle: im.handle, is_primary: bool(im.primary) },
      }));
    case 'related':
      return draft.related.map((person) => ({
        id: person.id,
        values: { label: person.label, name: person.name, related_contact_id: person.contactId },
      }));
    case 'vcardExtras':
      return draft.vcardExtras.map((extra) => ({ values: { line: extra.line } }));
  }
}

export const CHILD_LIST_NAMES = Object.keys(CHILD_SPECS) as ChildListName[];

export function rowText(row: Row, column: string): string {
  const value = row[column];
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
