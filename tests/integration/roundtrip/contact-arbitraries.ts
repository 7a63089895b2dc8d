/**
 * fast-check arbitraries of ContactDraftInput: any Unicode (graphemes and raw code points),
 * empty fields, and the values that break exporters (separators, escapes, quotes,
 * formula triggers, RTL, combining marks, astral characters, line breaks).
 */
import fc from 'fast-check';
import type { ContactDraftInput } from '../../../shared/domain/contact';
import type { PartialDate } from '../../../shared/domain/partial-date';

const ODD_VALUES = [
  '=1+1', '+44 20 7946 0000', '-minus', '@at', "'quoted", 'a,b;c\\d"e', 'semi;colon', 'back\\slash', 'com,ma',
  '"double"', '😀👩‍👩‍👧', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'שלום עולם', 'مرحبا', 'e\u0301te\u0301', 'ﷺ', 'line one\nline two', 'tab\tinside',
  'caret ^ and ^n', 'colon: value', 'item1.X', '_$!<Odd>!$_', 'END:VCARD', ' ::: ',
];

/** Any text: graphemes, raw code points, or one of the known trouble makers. */
export const anyText = (maxLength = 12): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_VALUES) },
    { weight: 1, arbitrary: fc.constant('') },
  );

/** Text that is not blank once trimmed (for values the schema requires). */
export const someText = (maxLength = 12): fc.Arbitrary<string> =>
  anyText(maxLength).map((text) => (text.trim() === '' ? `x${text}x` : text));

const LABELS = ['', 'home', 'work', 'other', 'mobile', 'fax', 'work fax', 'Home', 'Mobile', 'pager', 'main', 'Custom label', 'école'];
const anyLabelText: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...LABELS), anyText(10).map((text) => text.slice(0, 64)));

/** Valid dates, Feb 29 with a leap year or none; 1604 is left out: vCard 3.0 uses it for "no year". */
export const anyDate: fc.Arbitrary<PartialDate> = fc
  .record({
    year: fc.option(fc.integer({ min: 1, max: 9999 }).filter((year) => year !== 1604), { nil: null }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((date) => {
    const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const days = [31, date.year === null || leap(date.year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][date.month - 1] ?? 28;
    return { ...date, day: Math.min(date.day, days) };
  });

const PHOTO_HEADERS = [
  { mediaType: 'image/png', head: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', head: [0xff, 0xd8, 0xff, 0xe0] },
  { mediaType: 'image/gif', head: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
];
/** Small images whose first bytes say what they are (readers trust the bytes over TYPE). */
export const anyPhoto = fc
  .record({ kind: fc.constantFrom(...PHOTO_HEADERS), tail: fc.uint8Array({ maxLength: 40 }) })
  .map(({ kind, tail }) => ({ mediaType: kind.mediaType, base64: Buffer.from([...kind.head, ...tail]).toString('base64') }));

const IM_SERVICES = ['', 'skype', 'xmpp', 'telegram', 'signal', 'whatsapp', 'aim', 'icq', 'qq', 'sip', 'matrix', 'my service'];

export interface DraftLimits {
  list: number;
  /**
   * Values a layout gives meaning to, mixed into the random ones so the generator hits
   * them often: labels that pick an Outlook slot, custom field names Outlook has columns
   * for, tags Google reads as system groups. Empty: the plain generator.
   */
  labels?: readonly string[];
  customFieldLabels?: readonly string[];
  tags?: readonly string[];
}

/** `values` half of the time, else `other`; just `other` when there are none. */
const mixedWith = (values: readonly string[] | undefined, other: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  values && values.length > 0 ? fc.oneof(fc.constantFrom(...values), other) : other;

export function contactDraft(limits: DraftLimits = { list: 4 }): fc.Arbitrary<ContactDraftInput> {
  const list = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(item, { maxLength: limits.list });
  const anyLabel = mixedWith(limits.labels, anyLabelText);
  return fc
    .record({
      prefix: anyText(6),
      given: anyText(),
      middle: anyText(6),
      family: anyText(),
      suffix: anyText(6),
      displayName: anyText(),
      nickname: anyText(),
      phoneticGiven: anyText(),
      phoneticMiddle: anyText(6),
      phoneticFamily: anyText(),
      organizationName: anyText(),
      title: anyText(),
      department: anyText(),
      notes: fc.oneof(anyText(40), fc.array(anyText(10), { maxLength: 4 }).map((lines) => lines.join('\n'))),
      birthday: fc.option(anyDate, { nil: null }),
      anniversary: fc.option(anyDate, { nil: null }),
      photo: fc.option(anyPhoto, { nil: null }),
      favorite: fc.boolean(),
      emails: list(fc.record({ label: anyLabel, address: someText(), primary: fc.boolean() })),
      phones: list(fc.record({ label: anyLabel, number: someText(), primary: fc.boolean() })),
      addresses: list(
        fc.record({
          label: anyLabel,
          street: anyText(),
          extended: anyText(),
          poBox: anyText(5),
          city: anyText(),
          region: anyText(),
          postalCode: anyText(6),
          country: anyText(),
          primary: fc.boolean(),
        }),
      ),
      urls: list(fc.record({ label: anyLabel, url: someText(), primary: fc.boolean() })),
      ims: list(fc.record({ label: anyLabel, service: fc.constantFrom(...IM_SERVICES), handle: someText(), primary: fc.boolean() })),
      related: list(fc.record({ label: anyLabel, name: someText() })),
      customFields: list(fc.record({ label: mixedWith(limits.customFieldLabels, someText()), value: anyText(20) })),
      tags: list(mixedWith(limits.tags, someText(10))),
    })
    .map((draft) => ({ ...draft, given: isBare(draft) ? `Person ${draft.given}` : draft.given }));
}

/** A contact with nothing at all in it is not a contact any format can carry. */
function isBare(draft: { given: string; family: string; displayName: string; organizationName: string; emails: unknown[] }): boolean {
  return [draft.given, draft.family, draft.displayName, draft.organizationName].every((text) => text.trim() === '') && draft.emails.length === 0;
}

/** 1-3 contacts, with related[i] of some linked to another of them. */
export function contactsWithLinks(limits?: DraftLimits) {
  return fc
    .array(contactDraft(limits), { minLength: 1, maxLength: 3 })
    .chain((drafts) =>
      fc.record({
        drafts: fc.constant(drafts),
        links: fc.array(fc.record({ from: fc.nat(drafts.length - 1), related: fc.nat(3), to: fc.nat(drafts.length - 1) }), { maxLength: 2 }),
      }),
    );
}
