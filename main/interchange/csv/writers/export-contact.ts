/**
 * What the writers accept: a stored Contact (tags as {id, name, color}) or a ContactDraft
 * (tags as names), so the same code exports from the database and round-trips in tests.
 */
import type { ContactDraft } from '../../../../shared/domain/contact';

export type ExportContact = Omit<ContactDraft, 'tags'> & {
  tags: ReadonlyArray<string | { name: string }>;
};

export function tagNames(contact: ExportContact): string[] {
  return contact.tags.map((tag) => (typeof tag === 'string' ? tag : tag.name));
}

/** How many numbered column groups a file needs; measured over the contacts to export. */
export interface CsvShape {
  emails: number;
  phones: number;
  addresses: number;
  urls: number;
  ims: number;
  related: number;
  customFields: number;
}

export const MINIMAL_SHAPE: CsvShape = { emails: 1, phones: 1, addresses: 1, urls: 1, ims: 1, related: 1, customFields: 1 };

export function measureCsvShape(contacts: Iterable<ExportContact>): CsvShape {
  const shape = { ...MINIMAL_SHAPE };
  for (const contact of contacts) {
    shape.emails = Math.max(shape.emails, contact.emails.length);
    shape.phones = Math.max(shape.phones, contact.phones.length);
    shape.addresses = Math.max(shape.addresses, contact.addresses.length);
    shape.urls = Math.max(shape.urls, contact.urls.length);
    shape.ims = Math.max(shape.ims, contact.ims.length);
    shape.related = Math.max(shape.related, contact.related.length);
    shape.customFields = Math.max(shape.customFields, contact.customFields.length);
  }
  return shape;
}

/** A column of an export layout: its header and how to fill it from a contact. */
export interface CsvColumn {
  header: string;
  cell(contact: ExportContact): string;
}
