/**
 * Makes a mapped row fit ContactDraftSchema's limits instead of failing it: over-long text is
 * cut (with a warning naming the field), surplus list entries are dropped (with a warning),
 * and an oversized or malformed photo is left out. A hostile or broken file then still
 * imports everything that is reasonable.
 */
import {
  ContactDraftSchema,
  LONG_TEXT_MAX,
  PHOTO_MAX_BYTES,
  SHORT_TEXT_MAX,
  type ContactDraft,
} from '../../../shared/domain/contact';

export interface DraftWarning {
  field: string;
  reason: string;
}

const LABEL_MAX = 64;

const SHORT_FIELDS = [
  'prefix', 'given', 'middle', 'family', 'suffix', 'displayName', 'nickname', 'phoneticGiven', 'phoneticMiddle',
  'phoneticFamily', 'organizationName', 'title', 'department',
] as const;

const LIST_LIMITS = {
  emails: 100, phones: 100, addresses: 50, urls: 100, ims: 100, related: 100, customFields: 200, tags: 200, vcardExtras: 1_000,
} as const;

export function fitDraft(draft: ContactDraft): { draft: ContactDraft; warnings: DraftWarning[] } {
  const warnings: DraftWarning[] = [];
  const clip = (value: string, max: number, field: string): string => {
    if (value.length <= max) return value;
    warnings.push({ field, reason: `${field} was longer than ${max} characters and was cut` });
    // Do not leave half a surrogate pair at the cut.
    const cut = value.slice(0, max);
    return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  };
  const limit = <T>(items: T[], field: keyof typeof LIST_LIMITS): T[] => {
    const max = LIST_LIMITS[field];
    if (items.length <= max) return items;
    warnings.push({ field, reason: `only the first ${max} ${field} were kept (of ${items.length})` });
    return items.slice(0, max);
  };

  const fitted: ContactDraft = { ...draft };
  for (const field of SHORT_FIELDS) fitted[field] = clip(draft[field], SHORT_TEXT_MAX, field);
  fitted.notes = clip(draft.notes, LONG_TEXT_MAX, 'notes');
  if (draft.vcardUid !== null) fitted.vcardUid = clip(draft.vcardUid, SHORT_TEXT_MAX, 'vcardUid');
  fitted.emails = limit(draft.emails, 'emails').map((email) => ({
    ...email,
    label: clip(email.label, LABEL_MAX, 'email label'),
    address: clip(email.address, 320, 'email'),
  }));
  fitted.phones = limit(draft.phones, 'phones').map((phone) => ({
    ...phone,
    label: clip(phone.label, LABEL_MAX, 'phone label'),
    number: clip(phone.number, 100, 'phone'),
  }));
  fitted.addresses = limit(draft.addresses, 'addresses').map((address) => ({
    ...address,
    label: clip(address.label, LABEL_MAX, 'address label'),
    street: clip(address.street, SHORT_TEXT_MAX, 'street'),
    extended: clip(address.extended, SHORT_TEXT_MAX, 'extended address'),
    poBox: clip(address.poBox, SHORT_TEXT_MAX, 'PO box'),
    city: clip(address.city, SHORT_TEXT_MAX, 'city'),
    region: clip(address.region, SHORT_TEXT_MAX, 'region'),
    postalCode: clip(address.postalCode, SHORT_TEXT_MAX, 'postal code'),
    country: clip(address.country, SHORT_TEXT_MAX, 'country'),
  }));
  fitted.urls = limit(draft.urls, 'urls').map((url) => ({
    ...url,
    label: clip(url.label, LABEL_MAX, 'url label'),
    url: clip(url.url, 2_000, 'url'),
  }));
  fitted.ims = limit(draft.ims, 'ims').map((im) => ({
    ...im,
    label: clip(im.label, LABEL_MAX, 'im label'),
    service: clip(im.service, 64, 'im service'),
    handle: clip(im.handle, SHORT_TEXT_MAX, 'im handle'),
  }));
  fitted.related = limit(draft.related, 'related').map((person) => ({
    ...person,
    label: clip(person.label, LABEL_MAX, 'relation label'),
    name: clip(person.name, SHORT_TEXT_MAX, 'related name'),
  }));
  fitted.customFields = limit(draft.customFields, 'customFields').map((field) => ({
    label: clip(field.label, 200, 'custom field label'),
    value: clip(field.value, LONG_TEXT_MAX, `custom field "${field.label.slice(0, 40)}"`),
  }));
  fitted.tags = limit(draft.tags.map((tag) => clip(tag, 100, 'tag')), 'tags');
  fitted.vcardExtras = limit(draft.vcardExtras, 'vcardExtras').map((extra) => ({ line: clip(extra.line, LONG_TEXT_MAX, 'vcardExtras') }));
  if (draft.photo) {
    const tooBig = draft.photo.base64.length > Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 4;
    const malformed = !/^[A-Za-z0-9+/]*={0,2}$/.test(draft.photo.base64);
    if (tooBig || malformed) {
      warnings.push({ field: 'photo', reason: tooBig ? 'the photo is larger than 2 MB and was left out' : 'the photo is not valid base64 and was left out' });
      fitted.photo = null;
    } else {
      fitted.photo = { mediaType: clip(draft.photo.mediaType, 100, 'photo media type'), base64: draft.photo.base64 };
    }
  }
  return { draft: ContactDraftSchema.parse(fitted), warnings };
}
