/**
 * What "the same contact" means after export and import: every field, with ids and
 * timestamps left out and the documented normalisations applied to the side that was
 * exported. Each normalisation is here with the reason it is one.
 */
import type { Contact } from '../../../shared/domain/contact';
import type { ExportFormat } from '../../../shared/domain/exports';

/** vCard has one escape for a line break and CSV readers turn CR into LF: line ends become LF. */
export const lf = (text: string): string => text.replace(/\r\n?/g, '\n');
/** Single-line values are trimmed by every reader (exporters pad cells and properties). */
export const line = (text: string): string => lf(text).trim();

export type Comparable = ReturnType<typeof comparableContact>;

/**
 * @param exported the contact as stored before export (`true`) or as imported (`false`);
 *   normalisations apply to the exported side only, so the imported side is taken as is.
 * @param order contacts in file order, to compare related links by position, not by id.
 */
export function comparableContact(contact: Contact, order: readonly Contact[], format: ExportFormat, exported: boolean) {
  const vcard = format === 'vcard3' || format === 'vcard4' || format === 'jcard';
  const t = exported ? line : (text: string): string => text;
  const nonEmptyAddress = (address: Contact['addresses'][number]): boolean =>
    [address.street, address.extended, address.poBox, address.city, address.region, address.postalCode, address.country].some((part) => t(part) !== '');
  return {
    prefix: t(contact.prefix),
    given: t(contact.given),
    middle: t(contact.middle),
    family: t(contact.family),
    suffix: t(contact.suffix),
    displayName: t(contact.displayName),
    nickname: t(contact.nickname),
    phoneticGiven: t(contact.phoneticGiven),
    phoneticMiddle: t(contact.phoneticMiddle),
    phoneticFamily: t(contact.phoneticFamily),
    organizationName: t(contact.organizationName),
    title: t(contact.title),
    department: t(contact.department),
    birthday: contact.birthday,
    anniversary: contact.anniversary,
    photo: contact.photo,
    // A vCard NOTE of only spaces is dropped on reading: several exporters write `NOTE: `.
    notes: exported ? (vcard && contact.notes.trim() === '' ? '' : lf(contact.notes)) : contact.notes,
    favorite: contact.favorite,
    // A contact without a UID is exported under urn:uuid:<its id>, which the import keeps.
    vcardUid: exported && vcard ? (contact.vcardUid ?? `urn:uuid:${contact.id}`) : contact.vcardUid,
    customFields: contact.customFields.map((field) => ({ label: t(field.label), value: exported ? lf(field.value) : field.value })),
    emails: contact.emails.map(({ label, address, primary }) => ({ label: t(label), address: t(address), primary })),
    phones: contact.phones.map(({ label, number, e164, primary }) => ({ label: t(label), number: t(number), e164, primary })),
    // An address with nothing in it is not an address; every reader drops it.
    addresses: contact.addresses.filter((address) => !exported || nonEmptyAddress(address)).map(({ id: _id, ...address }) => ({
      ...address,
      label: t(address.label),
      street: t(address.street),
      extended: t(address.extended),
      poBox: t(address.poBox),
      city: t(address.city),
      region: t(address.region),
      postalCode: t(address.postalCode),
      country: t(address.country),
    })),
    urls: contact.urls.map(({ label, url, primary }) => ({ label: t(label), url: t(url), primary })),
    ims: contact.ims.map(({ label, service, handle, primary }) => ({ label: t(label), service, handle: t(handle), primary })),
    related: contact.related.map(({ label, name, contactId }) => ({
      label: t(label),
      name: t(name),
      // Ids differ between databases: a link is compared as the position of its target.
      // Rapport CSV has no column for the link yet (a known gap, see the report), so there
      // the exported side is compared without it.
      linkedTo: contactId === null || (exported && format === 'csv') ? null : order.findIndex((other) => other.id === contactId),
    })),
    // Rapport CSV puts one tag per line of its cell, so a tag holding a line break comes
    // back as several tags (a known limit of the layout, see the report).
    tags: (exported && format === 'csv' ? contact.tags.flatMap((tag) => lf(tag.name).split('\n').map((part) => part.trim()).filter(Boolean)) : contact.tags.map((tag) => tag.name))
      .filter((name, index, all) => all.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index)
      .sort(),
    vcardExtras: contact.vcardExtras.map((extra) => extra.line),
  };
}
