/**
 * Uniting the lists of contacts being merged: every e-mail, phone, address… of every
 * contact is kept, once. "Once" is decided on a normalised value, so "Ana@X.ro" and
 * "ana@x.ro", or "0721 234 567" and "+40 721 234 567", do not both survive.
 */
import type { ContactDraft } from '../../../shared/domain/contact';
import { foldKey } from '../../../shared/text/fold-key';
import { phoneDigits } from '../phones';
import { phoneKey, samePhone, type PhoneKey } from './phone-keys';

type Lists = Pick<ContactDraft, 'emails' | 'phones' | 'addresses' | 'urls' | 'ims' | 'related' | 'customFields' | 'tags' | 'vcardExtras'>;

const squash = (text: string): string => foldKey(text).replace(/[^\p{L}\p{N}]+/gu, '');

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

function uniquePhones(phones: ContactDraft['phones']): ContactDraft['phones'] {
  const kept: { phone: ContactDraft['phones'][number]; key: PhoneKey; digits: string }[] = [];
  for (const phone of phones) {
    const digits = phoneDigits(phone.number);
    const key = phoneKey(phone.e164 ?? null, digits);
    if (kept.some((other) => other.digits === digits || samePhone(other.key, key))) continue;
    kept.push({ phone, key, digits });
  }
  return kept.map((entry) => entry.phone);
}

/**
 * The survivor's entries come first and keep their ids (so their history continues); the
 * others' come after without ids, so they are written as new rows of the survivor and the
 * merged contacts keep their own rows in the trash. Primary flags of later entries are
 * cleared: the survivor's primary address stays primary.
 */
export function unitedLists(survivor: Lists, merged: readonly Lists[], groupIds: ReadonlySet<string>): Lists {
  const others = <K extends keyof Lists>(key: K): Lists[K] =>
    merged.flatMap((contact) => contact[key] as unknown[]) as Lists[K];
  const notPrimary = <T extends { primary: boolean; id?: string | undefined }>(items: readonly T[]): T[] =>
    items.map((item) => ({ ...item, id: undefined, primary: false }));
  const primaryOnce = <T extends { primary: boolean }>(own: readonly T[], added: readonly T[]): T[] =>
    own.some((item) => item.primary) ? [...own, ...notPrimary(added)] : [...own, ...added.map((item) => ({ ...item, id: undefined }))];

  // A relation between two of the contacts being merged would point the survivor at itself.
  const outside = (person: ContactDraft['related'][number]): boolean => person.contactId === null || !groupIds.has(person.contactId);
  return {
    emails: uniqueBy(primaryOnce(survivor.emails, others('emails')), (email) => email.address.trim().toLowerCase()),
    phones: uniquePhones(primaryOnce(survivor.phones, others('phones'))),
    addresses: uniqueBy(primaryOnce(survivor.addresses, others('addresses')), (address) =>
      [address.street, address.extended, address.poBox, address.city, address.region, address.postalCode, address.country].map(squash).join('|'),
    ),
    urls: uniqueBy(primaryOnce(survivor.urls, others('urls')), (url) => url.url.trim().toLowerCase().replace(/\/+$/, '')),
    ims: uniqueBy(primaryOnce(survivor.ims, others('ims')), (im) => `${squash(im.service)}|${im.handle.trim().toLowerCase()}`),
    related: uniqueBy(
      [...survivor.related, ...others('related').map((person) => ({ ...person, id: undefined }))].filter(outside),
      (person) => `${squash(person.name)}|${person.contactId ?? ''}`,
    ),
    customFields: uniqueBy([...survivor.customFields, ...others('customFields')], (field) => `${squash(field.label)}|${field.value.trim()}`),
    tags: uniqueBy([...survivor.tags, ...others('tags')], (tag) => foldKey(tag)),
    vcardExtras: uniqueBy([...survivor.vcardExtras, ...others('vcardExtras')], (extra) => extra.line),
  };
}
