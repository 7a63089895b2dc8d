/** Between a stored contact, the form's values and what the API takes. */
import type { Contact, ContactPatch } from '../../../shared/domain/contact';
import type { ContactFormField, ContactFormOutput, ContactFormValues, EmailRow, PhoneRow } from './contact-form-schema';

export function blankEmailRow(): EmailRow {
  return { label: '', address: '', primary: false };
}

export function blankPhoneRow(): PhoneRow {
  return { label: '', number: '', primary: false };
}

/** A new contact starts with one empty email and phone row: most people add both. */
export function formValuesFor(contact: Contact | null): ContactFormValues {
  if (!contact) {
    return { given: '', family: '', displayName: '', organizationName: '', title: '', emails: [blankEmailRow()], phones: [blankPhoneRow()], notes: '', tags: '' };
  }
  return {
    given: contact.given,
    family: contact.family,
    displayName: contact.displayName,
    organizationName: contact.organizationName,
    title: contact.title,
    emails: contact.emails.length > 0 ? contact.emails.map(({ id, label, address, primary }) => ({ id, label, address, primary })) : [blankEmailRow()],
    phones: contact.phones.length > 0 ? contact.phones.map(({ id, label, number, primary }) => ({ id, label, number, primary })) : [blankPhoneRow()],
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
