/** Between a stored contact, the form's values and what the API takes. */
import type { Contact, ContactPatch } from '../../../shared/domain/contact';
import type { PartialDate } from '../../../shared/domain/partial-date';
import type { ContactFormField, ContactFormOutput, ContactFormValues, DateInput } from './contact-form-schema';

export const blankRows = {
  emails: () => ({ label: '', address: '', primary: false }),
  phones: () => ({ label: '', number: '', primary: false }),
  addresses: () => ({ label: '', street: '', extended: '', poBox: '', city: '', region: '', postalCode: '', country: '', primary: false }),
  urls: () => ({ label: '', url: '', primary: false }),
  ims: () => ({ label: '', service: '', handle: '', primary: false }),
  related: () => ({ label: '', name: '', contactId: null }),
  customFields: () => ({ label: '', value: '' }),
};

function dateInput(date: PartialDate | null): DateInput {
  return date ? { day: String(date.day), month: String(date.month), year: date.year === null ? '' : String(date.year) } : { day: '', month: '', year: '' };
}

/** A new contact starts with one empty email and phone row: most people add both. */
export function formValuesFor(contact: Contact | null): ContactFormValues {
  if (!contact) {
    return {
      prefix: '', given: '', middle: '', family: '', suffix: '', displayName: '', nickname: '',
      phoneticGiven: '', phoneticMiddle: '', phoneticFamily: '', organizationName: '', title: '', department: '', favorite: false,
      emails: [blankRows.emails()], phones: [blankRows.phones()], addresses: [], urls: [], ims: [], related: [], customFields: [],
      birthday: dateInput(null), anniversary: dateInput(null), photo: null, notes: '', tags: '',
    };
  }
  return {
    prefix: contact.prefix,
    given: contact.given,
    middle: contact.middle,
    family: contact.family,
    suffix: contact.suffix,
    // A derived display name stays derived: the field shows empty, as when it was created.
    displayName: contact.displayName,
    nickname: contact.nickname,
    phoneticGiven: contact.phoneticGiven,
    phoneticMiddle: contact.phoneticMiddle,
    phoneticFamily: contact.phoneticFamily,
    organizationName: contact.organizationName,
    title: contact.title,
    department: contact.department,
    favorite: contact.favorite,
    emails: contact.emails.length > 0 ? contact.emails.map(({ id, label, address, primary }) => ({ id, label, address, primary })) : [blankRows.emails()],
    phones: contact.phones.length > 0 ? contact.phones.map(({ id, label, number, primary }) => ({ id, label, number, primary })) : [blankRows.phones()],
    addresses: contact.addresses.map((address) => ({ ...address })),
    urls: contact.urls.map(({ id, label, url, primary }) => ({ id, label, url, primary })),
    ims: contact.ims.map(({ id, label, service, handle, primary }) => ({ id, label, service, handle, primary })),
    related: contact.related.map(({ id, label, name, contactId }) => ({ id, label, name, contactId })),
    customFields: contact.customFields.map((field) => ({ ...field })),
    birthday: dateInput(contact.birthday),
    anniversary: dateInput(contact.anniversary),
    photo: contact.photo,
    notes: contact.notes,
    tags: contact.tags.map((tag) => tag.name).join(', '),
  };
}

/**
 * Only the fields the person changed go into an update. That keeps a derived display
 * name derived (the server re-derives it when the name changes) and never overwrites a
 * field someone else changed meanwhile with the value this form happened to load.
 */
export function patchOfChangedFields(output: ContactFormOutput, changed: ReadonlySet<ContactFormField>): ContactPatch {
  const patch: ContactPatch = {};
  for (const field of changed) {
    (patch as Record<ContactFormField, unknown>)[field] = output[field];
  }
  return patch;
}
