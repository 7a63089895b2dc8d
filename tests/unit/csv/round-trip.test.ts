import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../shared/domain/contact';
import { writeCsv, type CsvExportLayout } from '../../../main/interchange/csv';
import { chunked, draft, readAll, readDrafts, utf8 } from './helpers';

const CONTACTS: ContactDraft[] = [
  draft({
    given: 'אפרים',
    family: 'קישון',
    displayName: 'אפרים קישון',
    organizationName: 'הוצאת ספרים',
    title: 'סופר',
    birthday: { year: 1924, month: 8, day: 23 },
    notes: 'שורה ראשונה\nשורה שנייה, עם פסיק ו"מרכאות"',
    emails: [{ label: 'home', address: 'ephraim@example.co.il', primary: true }],
    phones: [{ label: 'mobile', number: '+972 50 000 0000' }],
    addresses: [{ label: 'home', street: 'רחוב הרצל 1', city: 'תל אביב', postalCode: '6100000', country: 'ישראל' }],
    tags: ['משפחה', 'VIP'],
    customFields: [{ label: 'Shoe size', value: '43' }],
  }),
  draft({
    given: 'مریم',
    family: 'میرزاخانی',
    prefix: 'دکتر',
    department: 'ریاضیات',
    anniversary: { year: null, month: 2, day: 29 },
    favorite: true,
    emails: [
      { label: 'work', address: 'maryam@example.ir' },
      { label: 'other', address: 'm.m@example.ir' },
    ],
    phones: [{ label: 'work', number: '-021 000 0000' }],
    related: [{ label: 'spouse', name: 'یان' }],
    notes: '=1+1 is a formula, not a note',
  }),
  draft({
    given: 'Ștefan',
    middle: 'Ion',
    family: 'Țăranu',
    suffix: 'Jr.',
    organizationName: 'Întreprinderea „Oțelul”',
    title: 'Inginer',
    emails: [{ label: 'work', address: 'stefan@example.ro' }],
    phones: [
      { label: 'home', number: '+40 21 000 0000' },
      { label: 'mobile', number: '0722 000 000' },
    ],
    addresses: [
      { label: 'work', street: 'Bd. Unirii 1', extended: 'Bl. A, Sc. 2', city: 'București', region: 'B', postalCode: '030000', country: 'România' },
      { label: 'home', street: 'Str. Mică 2', city: 'Iași', country: 'România' },
    ],
    urls: [{ label: '', url: 'https://example.ro/ștefan' }],
    tags: ['Clienți'],
  }),
  draft({
    given: '太郎',
    family: '山田',
    phoneticGiven: 'タロウ',
    phoneticFamily: 'ヤマダ',
    nickname: 'たろちゃん',
    displayName: '山田 太郎',
    birthday: { year: null, month: 12, day: 31 },
    emails: [{ label: '', address: 'taro@example.jp' }],
    urls: [{ label: 'blog', url: 'https://example.jp/blog', primary: true }],
    customFields: [
      { label: '血液型', value: 'A' },
      { label: 'Empty on purpose', value: '' },
    ],
    ims: [{ label: 'work', service: 'skype', handle: 'taro.yamada' }],
    vcardExtras: [{ line: 'X-PHONETIC-ORG:ヤマダショウジ' }],
    photo: { mediaType: 'image/png', base64: '+iVBORw0KGgo=' },
    vcardUid: 'urn:uuid:1234',
  }),
  draft({
    given: 'Анна',
    family: 'Каренина',
    organizationName: 'ООО «Ромашка», филиал',
    department: 'Отдел продаж',
    notes: "'= starts with a quote and equals\n\tand a tab line",
    emails: [{ label: 'Дача', address: 'anna@example.ru' }],
    phones: [{ label: 'mobile', number: '+7 (900) 000-00-00', primary: true }],
    addresses: [{ label: 'other', poBox: 'а/я 15', city: 'Москва', country: 'Россия' }],
    tags: ['Друзья', '=ЕСЛИ'],
    related: [{ label: 'child', name: 'Серёжа' }],
  }),
];

async function roundTrip(contacts: ContactDraft[], layout: CsvExportLayout): Promise<ContactDraft[]> {
  const text = writeCsv(contacts, { layout });
  // Small chunks so multi-byte characters and CRLFs are cut everywhere.
  const records = await readAll(chunked(utf8(text), 7));
  return records.map((record) => {
    if (record.kind !== 'record') throw new Error(`line ${record.line}: ${record.issue.reason}`);
    return record.draft;
  });
}

describe('Rapport CSV round trip', () => {
  it('gives back exactly the same drafts', async () => {
    expect(await roundTrip(CONTACTS, 'rapport')).toEqual(CONTACTS);
  });

  it('holds for generated text (no CR: line breaks are stored as LF)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((value) => value.replace(/\r/g, ''));
    const line = text.map((value) => value.replace(/\n/g, ' ').trim());
    await fc.assert(
      fc.asyncProperty(line, text, line, text, async (given, notes, label, value) => {
        const contact = draft({ given, notes, customFields: label ? [{ label, value }] : [], emails: [{ address: 'x@example.org' }] });
        const [back] = await readDrafts(writeCsv([contact], { layout: 'rapport' }));
        expect(back).toEqual(contact);
      }),
      { numRuns: 200 },
    );
  });
});

/** The fields Google's CSV carries: no IMs, photo, vCard extras or UID. */
function googleFields(contact: ContactDraft): ContactDraft {
  return { ...contact, ims: [], photo: null, vcardExtras: [], vcardUid: null };
}

describe('Google CSV round trip', () => {
  it('gives back the drafts for the fields Google carries', async () => {
    const back = await roundTrip(CONTACTS.map(googleFields), 'google');
    expect(back).toEqual(CONTACTS.map(googleFields));
  });
});

/** Outlook: fixed slots, no nickname/phonetics/IMs/photo, labels only as its columns imply, no primary flags. */
function outlookFields(contact: ContactDraft): ContactDraft {
  const outlookCustomLabels = new Set(['Hobby', 'User 1', 'Account']);
  return draft({
    ...contact,
    nickname: '',
    phoneticGiven: '',
    phoneticFamily: '',
    phoneticMiddle: '',
    displayName: '',
    ims: [],
    photo: null,
    vcardExtras: [],
    vcardUid: null,
    favorite: false,
    emails: contact.emails.map((email) => ({ ...email, label: '', primary: false })),
    phones: contact.phones.map((phone) => ({ ...phone, primary: false })),
    addresses: contact.addresses.map((address) => ({ ...address, primary: false })),
    urls: contact.urls.slice(0, 1).map((url) => ({ ...url, label: '', primary: false })),
    customFields: contact.customFields.filter((field) => outlookCustomLabels.has(field.label)),
  });
}

/** Outlook writes phones and addresses in its column order; compare them as sets. */
function sortedLists(contact: ContactDraft): ContactDraft {
  const byJson = <T>(items: T[]): T[] => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { ...contact, phones: byJson(contact.phones), addresses: byJson(contact.addresses) };
}

describe('Outlook CSV round trip', () => {
  it('gives back the drafts for the fields Outlook carries', async () => {
    const contacts = CONTACTS.map((contact, index) =>
      index === 0 ? draft({ ...contact, customFields: [{ label: 'Hobby', value: 'כתיבה' }] }) : contact,
    );
    const back = await roundTrip(contacts, 'outlook');
    expect(back.map(sortedLists)).toEqual(contacts.map(outlookFields).map(sortedLists));
  });
});
