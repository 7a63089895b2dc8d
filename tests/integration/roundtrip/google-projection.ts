/**
 * What Google's CSV layout carries, as a projection of the exported contact: the fields it
 * has columns for, in the shape its reader gives them back. Each rule says why.
 *
 * Carried: name parts, phonetic names, nickname, File As (display name), organization,
 * title, department, birthday, notes, Labels (tags and the starred flag), e-mails, phones,
 * addresses, websites and relations with their labels, the anniversary (as an event) and
 * custom fields. Not carried: IMs, photo (Google writes a URL), vCard UID and extras, and
 * links between contacts (a relation is a name only).
 */
import type { Contact } from '../../../shared/domain/contact';
import { canonicalLabel } from '../../../main/interchange/csv/labels';
import { lf, type Comparable } from './comparable-contact';
import { blankIsEmpty, phoneWithNumber, singlePrimary, splitCell, tagsWithoutCase, withoutLeadingApostrophes } from './layout-projection-helpers';

/** Google's separator for several values in one cell (FORMATS.md). */
const MULTI = ' ::: ';

/**
 * Labels come back in Rapport's vocabulary (`Work Fax` → `work fax`). Google marks the
 * primary entry with `* ` before its label, so a label that itself begins with `*` reads
 * back as primary, star removed: the layout cannot tell the two apart.
 */
function labelAndPrimary(label: string, primary: boolean): { label: string; primary: boolean } {
  const starred = !primary && label.startsWith('*');
  return { label: canonicalLabel(starred ? label.slice(1) : label), primary: primary || starred };
}

/** A value cell may hold several values joined by ` ::: `; only the first keeps the star. */
function splitValues<T extends { label: string; primary: boolean }>(entries: readonly T[], value: (entry: T) => string, rebuild: (entry: T, value: string) => T): T[] {
  return entries.flatMap((entry) => {
    const labelled = { ...entry, ...labelAndPrimary(entry.label, entry.primary) };
    return splitCell([value(entry)], MULTI).map((part, index) => rebuild({ ...labelled, primary: labelled.primary && index === 0 }, part));
  });
}

/** Split, starred, then one primary per kind as the importing database keeps it. */
function splitPrimary<T extends { label: string; primary: boolean }>(entries: readonly T[], value: (entry: T) => string, rebuild: (entry: T, value: string) => T): T[] {
  return singlePrimary(splitValues(entries, value, rebuild));
}

/**
 * Labels is one cell: `* myContacts`, the tags, and `* starred` for a favourite, joined by
 * ` ::: `. It is read back split on ` ::: `; a part beginning `* ` is a system group
 * (`starred` sets the flag, `myContacts` is every contact) or loses the `* `.
 */
function tagsAndFavorite(contact: Contact): { tags: string[]; favorite: boolean } {
  const cell = ['* myContacts', ...contact.tags.map((tag) => lf(tag.name)), ...(contact.favorite ? ['* starred'] : [])];
  let favorite = false;
  const tags: string[] = [];
  for (const part of splitCell(cell, MULTI)) {
    if (!part.startsWith('* ')) {
      tags.push(part);
      continue;
    }
    const system = part.slice(2).trim().toLowerCase().replace(/\s+/g, '');
    if (system === 'starred') favorite = true;
    else if (system !== 'mycontacts') tags.push(part.slice(2).trim());
  }
  return { tags: tagsWithoutCase(tags), favorite };
}

/** The exported side, projected. `exported` is comparableContact(contact, …, 'csv-google', true). */
export function googleProjection(contact: Contact, exported: Comparable): Comparable {
  return {
    ...exported,
    ...tagsAndFavorite(contact),
    photo: null,
    vcardUid: null,
    ims: [],
    vcardExtras: [],
    // A value of only spaces is an empty cell to Google's reader.
    notes: blankIsEmpty(exported.notes),
    customFields: exported.customFields.map((field) => ({ ...field, value: blankIsEmpty(field.value) })),
    emails: splitPrimary(exported.emails, (email) => email.address, (email, address) => ({ ...email, address })),
    phones: splitPrimary(exported.phones, (phone) => withoutLeadingApostrophes(phone.number), phoneWithNumber),
    urls: splitPrimary(exported.urls, (url) => url.url, (url, value) => ({ ...url, url: value })),
    addresses: singlePrimary(exported.addresses.map((address) => ({ ...address, ...labelAndPrimary(address.label, address.primary) }))),
    // Relations have no primary: a leading star is dropped, the label read as above.
    related: exported.related.map((person) => ({ ...person, label: labelAndPrimary(person.label, false).label, linkedTo: null })),
  };
}

/** The imported side: only the comparison of tags changes (see tagsWithoutCase). */
export function googleImported(imported: Comparable): Comparable {
  return { ...imported, tags: tagsWithoutCase(imported.tags) };
}
