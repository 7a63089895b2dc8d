/**
 * What Outlook's 92-column desktop layout carries, as a projection of the exported contact.
 * The slots are written out here from Outlook's own column list (FORMATS.md), not taken
 * from the writer, so the test checks the writer against the layout. Each rule says why.
 *
 * Carried: prefix (Title), given, middle, family, suffix, company, department, job title,
 * notes, birthday and anniversary (M/D/YYYY), categories (tags), three e-mails, one phone
 * per phone column, the Business/Home/Other addresses, one web page, the four relation
 * columns and the free-text columns Outlook has (Hobby, User 1, …). Not carried:
 * nickname, phonetic names, display name (Outlook has no "File As" column here), labels
 * and primary flags of e-mails and web pages, IMs, photo, favourite, UID, vCard extras.
 */
import { deriveDisplayName } from '../../../main/core/contacts/display-name';
import { canonicalLabel } from '../../../main/interchange/csv/labels';
import type { Contact } from '../../../shared/domain/contact';
import { lf, line, type Comparable } from './comparable-contact';
import { blankIsEmpty, phoneWithNumber, splitCell, tagsWithoutCase, withoutLeadingApostrophes, type ComparablePhone } from './layout-projection-helpers';

/** Outlook's phone columns in its column order, each with the label it stands for. */
const PHONE_SLOTS: ReadonlyArray<readonly [column: string, label: string]> = [
  ["Assistant's Phone", 'assistant'], ['Business Fax', 'work fax'], ['Business Phone', 'work'], ['Business Phone 2', 'work'],
  ['Callback', 'callback'], ['Car Phone', 'car'], ['Company Main Phone', 'company main'], ['Home Fax', 'home fax'],
  ['Home Phone', 'home'], ['Home Phone 2', 'home'], ['ISDN', 'isdn'], ['Mobile Phone', 'mobile'], ['Other Fax', 'other fax'],
  ['Other Phone', 'other'], ['Pager', 'pager'], ['Primary Phone', 'main'], ['Radio Phone', 'radio'], ['TTY/TDD Phone', 'tty'],
  ['Telex', 'telex'],
];
const OTHER_PHONE = 'Other Phone';
/** The three address blocks, in column order. */
const ADDRESS_BLOCKS = ['work', 'home', 'other'] as const;
/** Name-only columns for related people, in column order. */
const RELATED_COLUMNS = ['assistant', 'manager', 'spouse', 'child'] as const;
/**
 * Outlook's free-text columns, in column order: a custom field of exactly that name rides
 * in it. Gender, Priority, Private and Sensitivity hold Outlook's default on every contact,
 * so those defaults are not worth keeping and are not read back.
 */
const CUSTOM_COLUMNS: ReadonlyArray<readonly [column: string, defaultValue?: string]> = [
  ['Account'], ['Billing Information'], ['Directory Server'], ['Gender', 'Unspecified'], ['Government ID Number'], ['Hobby'],
  ['Initials'], ['Internet Free Busy'], ['Keywords'], ['Language'], ['Location'], ['Mileage'], ['Office Location'],
  ['Organizational ID Number'], ['Priority', 'Normal'], ['Private', 'False'], ['Profession'], ['Referred By'],
  ['Sensitivity', 'Normal'], ['User 1'], ['User 2'], ['User 3'], ['User 4'],
];
export const OUTLOOK_CUSTOM_FIELD_NAMES: readonly string[] = CUSTOM_COLUMNS.map(([column]) => column);
export const OUTLOOK_SLOT_LABELS: readonly string[] = [...new Set([...PHONE_SLOTS.map(([, label]) => label), ...ADDRESS_BLOCKS, ...RELATED_COLUMNS])];

/**
 * A phone takes the first free column of its label (`Mobile`, `cell` → Mobile Phone), else
 * Other Phone while that is free; the rest have no column. Read back in column order, with
 * the column's label and no primary flag.
 */
function phonesInSlots(phones: readonly ComparablePhone[]): ComparablePhone[] {
  const bySlot = new Map<string, ComparablePhone>();
  for (const phone of phones) {
    const label = canonicalLabel(phone.label);
    const slot = PHONE_SLOTS.find(([column, slotLabel]) => slotLabel === label && !bySlot.has(column))?.[0] ?? (bySlot.has(OTHER_PHONE) ? undefined : OTHER_PHONE);
    if (slot) bySlot.set(slot, phone);
  }
  return PHONE_SLOTS.flatMap(([column, label]) => {
    const phone = bySlot.get(column);
    const number = phone ? withoutLeadingApostrophes(phone.number) : '';
    return phone && number !== '' ? [{ ...phoneWithNumber(phone, number), label, primary: false }] : [];
  });
}

type ComparableAddress = Comparable['addresses'][number];

/**
 * Business/Home/Other by label, then the others into the free blocks in that order; the rest
 * have no block. An empty address still takes its block (nothing comes back from it).
 */
function addressesInBlocks(contact: Contact, exported: Comparable): ComparableAddress[] {
  const byBlock = new Map<string, ComparableAddress | null>();
  const leftovers: Array<ComparableAddress | null> = [];
  // `exported` lost the empty addresses; walk the stored ones to keep their places.
  let kept = 0;
  for (const address of contact.addresses) {
    const isEmpty = [address.street, address.extended, address.poBox, address.city, address.region, address.postalCode, address.country].every((part) => line(part) === '');
    const value = isEmpty ? null : (exported.addresses[kept++] ?? null);
    const block = ADDRESS_BLOCKS.find((label) => label === canonicalLabel(address.label) && !byBlock.has(label));
    if (block) byBlock.set(block, value);
    else leftovers.push(value);
  }
  for (const value of leftovers) {
    const free = ADDRESS_BLOCKS.find((label) => !byBlock.has(label));
    if (free) byBlock.set(free, value);
  }
  return ADDRESS_BLOCKS.flatMap((label) => {
    const address = byBlock.get(label);
    return address ? [{ ...address, label, primary: false }] : [];
  });
}

/** Every related person of a column's label, names joined by `, ` in its one cell. */
function relatedInColumns(contact: Contact): Comparable['related'] {
  return RELATED_COLUMNS.flatMap((label) => {
    const name = line(contact.related.filter((person) => canonicalLabel(person.label) === label).map((person) => person.name).join(', '));
    return name === '' ? [] : [{ label, name, linkedTo: null }];
  });
}

/** The first custom field named like a free-text column, blank values and defaults left out. */
function customFieldsInColumns(contact: Contact): Comparable['customFields'] {
  return CUSTOM_COLUMNS.flatMap(([column, defaultValue]) => {
    const value = blankIsEmpty(lf(contact.customFields.find((field) => field.label === column)?.value ?? ''));
    return value === '' || value.trim() === defaultValue ? [] : [{ label: column, value }];
  });
}

/** The exported side, projected. `exported` is comparableContact(contact, …, 'csv-outlook', true). */
export function outlookProjection(contact: Contact, exported: Comparable): Comparable {
  const emails = exported.emails.slice(0, 3).map((email) => ({ ...email, label: '', primary: false }));
  const phones = phonesInSlots(exported.phones);
  return {
    ...exported,
    // No display-name column: the importing database derives one, as it does for any contact without.
    displayName: deriveDisplayName({ ...exported, nickname: '', emails, phones }, exported.organizationName),
    nickname: '',
    phoneticGiven: '',
    phoneticMiddle: '',
    phoneticFamily: '',
    photo: null,
    favorite: false,
    vcardUid: null,
    ims: [],
    vcardExtras: [],
    notes: blankIsEmpty(exported.notes),
    emails,
    phones,
    addresses: addressesInBlocks(contact, exported),
    urls: exported.urls.slice(0, 1).map((url) => ({ ...url, label: '', primary: false })),
    related: relatedInColumns(contact),
    customFields: customFieldsInColumns(contact),
    // Categories is one cell of tags joined by `;`.
    tags: tagsWithoutCase(splitCell(contact.tags.map((tag) => lf(tag.name)), ';')),
  };
}

/** The imported side: only the comparison of tags changes (see tagsWithoutCase). */
export function outlookImported(imported: Comparable): Comparable {
  return { ...imported, tags: tagsWithoutCase(imported.tags) };
}
