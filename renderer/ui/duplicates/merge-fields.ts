/** How each field a merge chooses reads on the side-by-side screen. */
import type { Contact } from '../../../shared/domain/contact';
import type { MergeField } from '../../../shared/domain/duplicates';
import { formatPartialDate } from '../../../shared/domain/partial-date';

/** The value of a choosable field as text; '' when the contact has none. */
export function fieldText(contact: Contact, field: MergeField, yes: string): string {
  switch (field) {
    case 'organization':
      return contact.organizationName;
    case 'birthday':
    case 'anniversary': {
      const date = contact[field];
      return date ? formatPartialDate(date) : '';
    }
    case 'photo':
      return contact.photo ? contact.photo.mediaType : '';
    case 'favorite':
      return contact.favorite ? yes : '';
    case 'vcardUid':
      return contact.vcardUid ?? '';
    default:
      return contact[field];
  }
}

/** The lists a merge keeps whole (united, never chosen), each as lines of text. */
export function keptLists(contacts: Contact[]): { key: 'emails' | 'phones' | 'addresses' | 'urls' | 'tags' | 'customFields'; values: string[] }[] {
  const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
  return [
    { key: 'emails' as const, values: unique(contacts.flatMap((contact) => contact.emails.map((email) => email.address))) },
    { key: 'phones' as const, values: unique(contacts.flatMap((contact) => contact.phones.map((phone) => phone.number))) },
    {
      key: 'addresses' as const,
      values: unique(contacts.flatMap((contact) => contact.addresses.map((address) => [address.street, address.city, address.postalCode, address.country].filter(Boolean).join(', ')))),
    },
    { key: 'urls' as const, values: unique(contacts.flatMap((contact) => contact.urls.map((url) => url.url))) },
    { key: 'tags' as const, values: unique(contacts.flatMap((contact) => contact.tags.map((tag) => tag.name))) },
    { key: 'customFields' as const, values: unique(contacts.flatMap((contact) => contact.customFields.map((field) => `${field.label}: ${field.value}`))) },
  ].filter((list) => list.values.length > 0);
}
