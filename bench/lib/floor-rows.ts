/**
 * The floor of an import: the same rows the import writes (contacts, child rows,
 * organizations, tags, tag links and the full-text row), computed before the clock starts
 * with the product's own helpers, so that only the inserts are timed. The change log is
 * left out on purpose: the floor is "what storing these contacts costs at least".
 */
import type { ContactDraft } from '../../shared/domain/contact';
import { foldKey } from '../../shared/text/fold-key';
import { deriveDisplayName, nameSortKey } from '../../main/core/contacts/display-name';
import { normalizePhone } from '../../main/core/phones';

export interface FloorContact {
  contact: { given: string; family: string; middle: string; prefix: string; display_name: string; sort_key: string; notes: string; title: string; birthday: string | null };
  organization: { name: string; key: string } | null;
  emails: { address: string; key: string; label: string }[];
  phones: { number: string; e164: string | null; digits: string; label: string }[];
  addresses: { street: string; city: string; postal_code: string; country: string; label: string }[];
  urls: { url: string; label: string }[];
  tags: { name: string; key: string }[];
  search: { name: string; organization: string; emails: string; phones: string; notes: string; tags: string };
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function floorContact(draft: ContactDraft): FloorContact {
  const organizationName = draft.organizationName.trim();
  const displayName = draft.displayName.trim() || deriveDisplayName(draft, organizationName);
  const phones = draft.phones.map((phone) => {
    const normalized = normalizePhone(phone.number, null);
    return { number: phone.number, e164: normalized.e164, digits: normalized.digits, label: phone.label, national: normalized.nationalDigits };
  });
  const birthday = draft.birthday ? `${draft.birthday.year ?? '-'}-${pad(draft.birthday.month)}-${pad(draft.birthday.day)}` : null;
  return {
    contact: {
      given: draft.given, family: draft.family, middle: draft.middle, prefix: draft.prefix, display_name: displayName,
      sort_key: nameSortKey(displayName), notes: draft.notes, title: draft.title, birthday,
    },
    organization: organizationName ? { name: organizationName, key: foldKey(organizationName) } : null,
    emails: draft.emails.map((email) => ({ address: email.address, key: email.address.toLowerCase(), label: email.label })),
    phones: phones.map(({ national: _national, ...phone }) => phone),
    addresses: draft.addresses.map((a) => ({ street: a.street, city: a.city, postal_code: a.postalCode, country: a.country, label: a.label })),
    urls: draft.urls.map((url) => ({ url: url.url, label: url.label })),
    tags: draft.tags.map((name) => ({ name, key: foldKey(name) })),
    search: {
      name: [displayName, draft.prefix, draft.given, draft.middle, draft.family, draft.suffix, draft.nickname].join(' '),
      organization: [organizationName, draft.title, draft.department].join(' '),
      emails: draft.emails.map((e) => e.address).join(' '),
      phones: phones.map((p) => `${p.number} ${p.digits} ${p.national ?? ''}`).join(' '),
      notes: draft.notes,
      tags: draft.tags.join(' '),
    },
  };
}
