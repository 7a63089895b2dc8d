/**
 * The "merge" duplicate policy of an import: an incoming card fills what the stored contact
 * lacks and adds e-mails, phones, addresses… it does not have. A field that already holds
 * something is not overwritten; differing notes are appended, so nothing typed is lost.
 * Every change goes through the change log, so undoing the import restores the old state.
 */
import type { Contact, ContactDraft, ContactPatch } from '../../../shared/domain/contact';
import { foldKey } from '../../../shared/text/fold-key';
import { phoneDigits } from '../../core/phones';

const SCALARS = [
  'prefix', 'given', 'middle', 'family', 'suffix', 'nickname', 'phoneticGiven', 'phoneticMiddle', 'phoneticFamily',
  'title', 'department', 'vcardUid',
] as const satisfies readonly (keyof ContactDraft & keyof Contact)[];

function unionBy<T>(existing: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] | undefined {
  const seen = new Set(existing.map(key));
  const added = incoming.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return added.length > 0 ? [...existing, ...added] : undefined;
}


export function fillEmptyPatch(existing: Contact, incoming: ContactDraft): ContactPatch {
  const patch: ContactPatch = {};
  for (const field of SCALARS) {
    const value = incoming[field];
    if (value && !existing[field]) (patch as Record<string, unknown>)[field] = value;
  }
  if (!existing.birthday && incoming.birthday) patch.birthday = incoming.birthday;
  if (!existing.anniversary && incoming.anniversary) patch.anniversary = incoming.anniversary;
  if (!existing.photo && incoming.photo) patch.photo = incoming.photo;
  if (!existing.organizationName && incoming.organizationName) patch.organizationName = incoming.organizationName;
  if (incoming.notes && !existing.notes.includes(incoming.notes)) {
    patch.notes = existing.notes ? `${existing.notes}\n\n${incoming.notes}` : incoming.notes;
  }
  if (incoming.favorite && !existing.favorite) patch.favorite = true;

  const strip = <T extends { id?: string }>(items: readonly T[]): Omit<T, 'id'>[] => items.map(({ id: _id, ...rest }) => rest);
  const emails = unionBy(existing.emails, strip(incoming.emails), (e) => e.address.toLowerCase());
  if (emails) patch.emails = emails;
  const phones = unionBy(existing.phones, strip(incoming.phones), (p) => phoneDigits(p.number) || p.number);
  if (phones) patch.phones = phones.map(({ e164: _e164, ...rest }) => rest);
  const addresses = unionBy(existing.addresses, strip(incoming.addresses), (a) =>
    foldKey([a.street, a.extended, a.poBox, a.city, a.region, a.postalCode, a.country].join('|')),
  );
  if (addresses) patch.addresses = addresses;
  const urls = unionBy(existing.urls, strip(incoming.urls), (u) => u.url.toLowerCase());
  if (urls) patch.urls = urls;
  const ims = unionBy(existing.ims, strip(incoming.ims), (i) => `${i.service}|${i.handle.toLowerCase()}`);
  if (ims) patch.ims = ims;
  const related = unionBy(existing.related, strip(incoming.related), (r) => foldKey(r.name));
  if (related) patch.related = related;
  const customFields = unionBy(existing.customFields, incoming.customFields, (c) => `${c.label}\u0000${c.value}`);
  if (customFields) patch.customFields = customFields;
  const extras = unionBy(existing.vcardExtras, incoming.vcardExtras, (x) => x.line);
  if (extras) patch.vcardExtras = extras;
  const tagNames = existing.tags.map((tag) => tag.name);
  const tags = unionBy(tagNames, incoming.tags, foldKey);
  if (tags) patch.tags = tags;
  return patch;
}
