/**
 * Makes a draft fit the schema's bounds instead of failing the card: over-long text is cut
 * (never inside a surrogate pair), over-long lists are shortened, and each cut is reported.
 */
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../../shared/domain/contact';
import type { ContactDraft } from '../../../shared/domain/contact';

export type Warn = (field: string, reason: string) => void;

const LABEL_MAX = 64;

export function cutText(value: string, max: number, field: string, warn: Warn): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  warn(field, `${field} was ${value.length} characters long; it was cut to ${cut.length}.`);
  return cut;
}

function cutList<T>(list: T[], max: number, field: string, warn: Warn): T[] {
  if (list.length <= max) return list;
  warn(field, `The card has ${list.length} ${field} entries; only the first ${max} were kept.`);
  return list.slice(0, max);
}

const SHORT_FIELDS = [
  'prefix', 'given', 'middle', 'family', 'suffix', 'displayName', 'nickname', 'phoneticGiven', 'phoneticMiddle',
  'phoneticFamily', 'organizationName', 'title', 'department',
] as const;

export function fitDraft(draft: ContactDraft, warn: Warn): ContactDraft {
  const fitted: ContactDraft = { ...draft };
  for (const field of SHORT_FIELDS) fitted[field] = cutText(draft[field], SHORT_TEXT_MAX, field, warn);
  fitted.notes = cutText(draft.notes, LONG_TEXT_MAX, 'notes', warn);
  if (draft.vcardUid !== null) fitted.vcardUid = cutText(draft.vcardUid, SHORT_TEXT_MAX, 'UID', warn);
  const label = (value: string): string => cutText(value, LABEL_MAX, 'label', warn);
  fitted.emails = cutList(draft.emails, 100, 'EMAIL', warn).map((e) => ({ ...e, label: label(e.label), address: cutText(e.address, 320, 'EMAIL', warn) }));
  fitted.phones = cutList(draft.phones, 100, 'TEL', warn).map((p) => ({ ...p, label: label(p.label), number: cutText(p.number, 100, 'TEL', warn) }));
  fitted.addresses = cutList(draft.addresses, 50, 'ADR', warn).map((a) => ({
    ...a,
    label: label(a.label),
    street: cutText(a.street, SHORT_TEXT_MAX, 'ADR', warn),
    extended: cutText(a.extended, SHORT_TEXT_MAX, 'ADR', warn),
    poBox: cutText(a.poBox, SHORT_TEXT_MAX, 'ADR', warn),
    city: cutText(a.city, SHORT_TEXT_MAX, 'ADR', warn),
    region: cutText(a.region, SHORT_TEXT_MAX, 'ADR', warn),
    postalCode: cutText(a.postalCode, SHORT_TEXT_MAX, 'ADR', warn),
    country: cutText(a.country, SHORT_TEXT_MAX, 'ADR', warn),
  }));
  fitted.urls = cutList(draft.urls, 100, 'URL', warn).map((u) => ({ ...u, label: label(u.label), url: cutText(u.url, 2_000, 'URL', warn) }));
  fitted.ims = cutList(draft.ims, 100, 'IMPP', warn).map((i) => ({
    ...i,
    label: label(i.label),
    service: cutText(i.service, 64, 'IM service', warn),
    handle: cutText(i.handle, SHORT_TEXT_MAX, 'IMPP', warn),
  }));
  fitted.related = cutList(draft.related, 100, 'RELATED', warn).map((r) => ({ ...r, label: label(r.label), name: cutText(r.name, SHORT_TEXT_MAX, 'RELATED', warn) }));
  fitted.customFields = cutList(draft.customFields, 200, 'X-RAPPORT-FIELD', warn).map((f) => ({
    label: cutText(f.label, 200, 'custom field label', warn),
    value: cutText(f.value, LONG_TEXT_MAX, 'X-RAPPORT-FIELD', warn),
  }));
  fitted.tags = cutList(draft.tags.map((t) => cutText(t, 100, 'CATEGORIES', warn)), 200, 'CATEGORIES', warn);
  fitted.vcardExtras = cutList(draft.vcardExtras, 1_000, 'unmodelled property', warn);
  return fitted;
}
