/**
 * For the pure writer → reader properties: a draft dressed as the stored contact the
 * database would make of it (display name derived when none was typed, E.164 computed,
 * one primary entry per kind, one entry per identity as child-specs.ts defines it, tags
 * as references), so the same comparison and projections apply with or without a
 * database. Ids are positions: the pure path has no links to compare.
 */
import { deriveDisplayName } from '../../../main/core/contacts/display-name';
import { normalizePhone } from '../../../main/core/phones';
import type { Contact, ContactDraft } from '../../../shared/domain/contact';
import { singlePrimary } from './layout-projection-helpers';

/** The first entry of each identity, as the database stores a list. */
function unique<T>(items: readonly T[], identity: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = identity(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function draftAsContact(stored: ContactDraft, index: number): Contact {
  const draft: ContactDraft = {
    ...stored,
    emails: unique(stored.emails, (email) => email.address.toLowerCase()),
    phones: unique(stored.phones, (phone) => phone.number),
    addresses: unique(stored.addresses, (a) => [a.street, a.extended, a.poBox, a.city, a.region, a.postalCode, a.country].join('|')),
    urls: unique(stored.urls, (url) => url.url),
    ims: unique(stored.ims, (im) => `${im.service}|${im.handle}`),
    related: unique(stored.related, (person) => `${person.name}|${person.contactId ?? ''}`),
    vcardExtras: unique(stored.vcardExtras, (extra) => extra.line),
  };
  return {
    ...draft,
    id: `draft-${index}`,
    displayName: draft.displayName.trim() || deriveDisplayName(draft, draft.organizationName),
    emails: singlePrimary(draft.emails).map((email) => ({ ...email, id: '' })),
    phones: singlePrimary(draft.phones).map((phone) => ({ ...phone, id: '', e164: normalizePhone(phone.number, null).e164 })),
    addresses: singlePrimary(draft.addresses).map((address) => ({ ...address, id: '' })),
    urls: singlePrimary(draft.urls).map((url) => ({ ...url, id: '' })),
    ims: singlePrimary(draft.ims).map((im) => ({ ...im, id: '' })),
    related: draft.related.map((person) => ({ ...person, id: '', contactId: null })),
    tags: draft.tags.map((name) => ({ id: name, name, color: null })),
    lastContactedAt: null,
    importId: null,
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
  };
}
