/**
 * The shared corpus of real vCard/jCard files (../shared/corpus/vcard, never copied here):
 * every file reads without throwing, every draft passes the schema, the facts below hold,
 * and every contact survives a write (3.0 and 4.0) and a read unchanged.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import type { ContactDraft } from '../../../shared/domain/contact';
import type { ParsedRecord, ReaderOutput } from '../../../main/interchange/record';
import { writeJcard, writeVcard } from '../../../main/interchange/vcard';
import { readJcardRecords } from '../../../main/interchange/vcard';
import { Buffer } from 'node:buffer';
import { collect, readCorpusFile, readText, records, vcardCorpusDir } from './helpers';

const files = readdirSync(vcardCorpusDir).sort();

async function drafts(name: string): Promise<ContactDraft[]> {
  return records(await readCorpusFile(name)).map((r) => r.draft);
}
async function only(name: string): Promise<ParsedRecord> {
  const [first, ...rest] = records(await readCorpusFile(name));
  expect(rest).toHaveLength(0);
  if (!first) throw new Error(`${name}: no record`);
  return first;
}

describe('every corpus file', () => {
  it('has the 108 files', () => {
    expect(files).toHaveLength(108);
  });

  it.each(files)('%s reads without throwing; drafts pass the schema; failures name file and line', async (name) => {
    const outputs: ReaderOutput[] = await readCorpusFile(name);
    for (const output of outputs) {
      if (output.kind === 'record') expect(() => ContactDraftSchema.parse(output.draft)).not.toThrow();
      else expect(output.issue).toMatchObject({ file: name, line: expect.any(Number), reason: expect.any(String) });
    }
  });

  it.each(files)('%s round-trips through vCard 3.0 and 4.0', async (name) => {
    for (const record of records(await readCorpusFile(name))) {
      for (const version of ['3.0', '4.0'] as const) {
        const [back] = records(await readText(writeVcard(record.draft, { version })));
        expect(back?.draft, `${name} #${record.index} via ${version}`).toEqual(record.draft);
      }
    }
  });

  // Documented normalisation: through jCard, kept lines come back re-serialised in 4.0
  // syntax (TYPE=WORK for a bare WORK, escaped commas), so they are compared apart.
  it.each(files)('%s round-trips through jCard (modelled fields exactly, kept lines by count)', async (name) => {
    for (const record of records(await readCorpusFile(name))) {
      const [back] = records(await collect(readJcardRecords([Buffer.from(writeJcard(record.draft))])));
      expect({ ...back?.draft, vcardExtras: [] }).toEqual({ ...record.draft, vcardExtras: [] });
      expect(back?.draft.vcardExtras.length).toBe(record.draft.vcardExtras.length);
    }
  });
});

describe('facts from the corpus', () => {
  it('Android 2.1: six cards, QP UTF-8 "Ñ" names with soft breaks, email-only cards', async () => {
    const all = await drafts('ez-vcard__John_Doe_ANDROID.vcf');
    expect(all).toHaveLength(6);
    expect(all[0]).toMatchObject({ displayName: 'john.doe@company.com', tags: ['My Contacts'] });
    expect(all[0]?.emails).toEqual([{ label: '', address: 'john.doe@company.com', primary: true }]);
    expect(all[2]).toMatchObject({ family: 'Ñ Ñ Ñ Ñ', displayName: 'Ñ Ñ Ñ Ñ Ñ' });
    expect(all[3]?.displayName).toBe('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ');
    expect(all[3]?.phones.map((p) => [p.label, p.number, p.primary])).toEqual([
      ['mobile', '123456', true], ['home', '234567', false], ['mobile', '3456789', false], ['home', '45678901', false],
    ]);
    expect(all[4]).toMatchObject({ family: 'Ñ Ñ', given: 'Ñ Ñ Ñ', organizationName: 'ÑÑÑÑÑÑÑÑÑÑÑÑ' });
    expect(all[4]?.phones.map((p) => p.label)).toEqual(['mobile', 'work', 'work fax']);
    expect(all[4]?.photo?.mediaType).toBe('image/jpeg');
  });

  it('BlackBerry: one-line base64 photo followed by a blank line', async () => {
    const { draft } = await only('ez-vcard__John_Doe_BLACK_BERRY.vcf');
    expect(draft).toMatchObject({ displayName: 'John Doe', given: 'john', family: 'Doe', organizationName: 'Acme Solutions' });
    expect(draft.phones).toEqual([{ label: 'mobile', number: '+96123456789', primary: false }]);
    expect(draft.photo?.mediaType).toBe('image/jpeg');
    expect(draft.photo?.base64.startsWith('/9j/4QFaRXhpZgAASUkq')).toBe(true);
  });

  it('AOSP BlackBerry photo without the blank line: PNG, phones after it still read', async () => {
    const { draft } = await only('aosp-vcard__v21_blackberry_photo.vcf');
    expect(draft.photo?.mediaType).toBe('image/png');
    expect(draft.phones.map((p) => [p.label, p.number])).toEqual([['work', '+5555555'], ['mobile', '+5555556']]);
    expect(draft.emails[0]?.address).toBe('forrestgump@walladalla.com');
  });

  it('Shift_JIS 2.1 with SOUND;X-IRMC-N reading', async () => {
    const { draft } = await only('aosp-vcard__v21_japanese_1.vcf');
    expect(draft).toMatchObject({ family: '安藤ロイド', displayName: '安藤ロイド', phoneticFamily: 'ｱﾝﾄﾞｳﾛｲﾄﾞ' });
    expect(draft.phones[0]).toMatchObject({ number: '0300000000', primary: true });
  });

  it('Shift_JIS in a 3.0 card', async () => {
    const { draft } = await only('aosp-vcard__v30_japanese.vcf');
    expect(draft).toMatchObject({ family: '伊能', given: '圭一', middle: '伊予', displayName: '伊能 圭一 伊予' });
  });

  it('UTF-8 BOM files: Hebrew, Chinese, Greek, Ukrainian', async () => {
    expect((await only('folkerkinzel-vcards__Utf-8_Hebrew.vcf')).draft).toMatchObject({ displayName: 'אפרים קישון', given: 'Ephraim', family: 'Kishon' });
    expect((await only('folkerkinzel-vcards__MultiAnsiFilterTests_utf-8.vcf')).draft.displayName).toBe('孔夫子');
    const greek = await only('folkerkinzel-vcards__Utf-8_Greek.vcf');
    expect(greek.draft.displayName).toBe('Βαγγέλης');
    expect(greek.warnings).toEqual([]);
    expect((await only('folkerkinzel-vcards__Utf-8_Ukrainian.vcf')).draft.displayName).toBe('Віталій Володи́мирович Кличко́');
  });

  it('Windows-1252 without CHARSET is sniffed and reported', async () => {
    const german = await only('folkerkinzel-vcards__MultiAnsiFilterTests_German.vcf');
    expect(german.draft).toMatchObject({ given: 'Sören', middle: 'Täve', family: 'Nüßlebaum' });
    expect(german.draft.addresses[0]?.city).toBe('Mößlitz');
    expect(german.warnings[0]?.reason).toMatch(/Windows-1252/);
    const [, second] = await drafts('folkerkinzel-vcards__MultiAnsiFilterTests_v3Ansi.vcf');
    expect(second?.displayName).toBe('KMS Außenstelle');
  });

  it('Gmail 3.0: phonetic names, escaped ADR, labelled related name and anniversary', async () => {
    const { draft } = await only('ez-vcard__John_Doe_GMAIL.vcf');
    expect(draft).toMatchObject({
      displayName: 'Mr. John Richter, James Doe Sr.', middle: 'Richter, James', phoneticGiven: 'Jon', phoneticFamily: 'Dow',
      birthday: { year: 1980, month: 3, day: 22 }, anniversary: { year: 1975, month: 3, day: 1 },
    });
    expect(draft.related).toEqual([{ label: 'Spouse', name: 'Jenny', contactId: null }]);
    expect(draft.addresses[0]?.extended).toBe('Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\nUnited States of America');
    expect(draft.urls[0]).toMatchObject({ label: 'work', url: 'http://www.ibm.com' });
    expect(draft.notes).toMatch(/^THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"/);
  });

  it('Apple company card: grouped ADR and HomePage label, bare BASE64 photo', async () => {
    const { draft } = await only('roundcube__apple.vcf');
    expect(draft.displayName).toBe('Apple Computer AG');
    expect(draft.addresses[0]).toMatchObject({ label: 'work', city: 'Wallisellen-Zürich', primary: true });
    expect(draft.urls[0]).toEqual({ label: 'HomePage', url: 'http://www.apple.ch', primary: true });
    expect(draft.photo?.mediaType).toBe('image/jpeg');
    expect(draft.vcardExtras.map((e) => e.line)).toContain('item1.X-ABADR:ch');
  });

  it('Sabre all-attributes card: labels, IM pairs merged, extra N component ignored', async () => {
    const { draft } = await only('rcmcarddav__AllAttr.vcf');
    expect(draft).toMatchObject({ family: 'Wesker', given: 'Albert', prefix: 'Dr.', suffix: 'MSc', anniversary: { year: 2009, month: 7, day: 3 } });
    expect(draft.phones.map((p) => p.label)).toEqual([
      'mobile', 'iphone mobile', 'APPLE WATCH', 'home', 'work', 'School', 'main', 'home fax', 'work fax', 'pager', 'car', 'video', 'other',
    ]);
    expect(draft.ims.filter((i) => i.service === 'aim')).toEqual([{ label: 'home', service: 'aim', handle: 'ms+aim@example.com', primary: true }]);
    expect(draft.emails.find((e) => e.address === 'school@example.com')?.label).toBe('School');
  });

  it('Google IMPP: X-ABLabel lines after all grouped items', async () => {
    const { draft } = await only('rcmcarddav__IM-GoogleContacts.vcf');
    expect(draft.ims.map((i) => [i.service, i.handle, i.label])).toEqual([
      ['aim', 'aim@example.com', 'Other'], ['icq', '12345', 'Other'], ['gtalk', 'gtalk@example.com', 'Other'],
      ['qq', 'qq@example.com', 'Other'], ['skype', 'skype@example.com', 'Other'], ['yahoo', 'yahoo@example.com', 'Other'],
      ['msn', 'msn@example.com', 'Other'], ['xmpp', 'jabber@example.com', 'Other'],
    ]);
  });

  it('iCloud X-ABLABEL and a group without label', async () => {
    const { draft } = await only('rcmcarddav__XAbLabel.vcf');
    expect(draft.emails.map((e) => [e.label, e.address])).toEqual([['SpecialLabel', 'special@maxmu.de'], ['', 'group_but_not_xablabel@example.com']]);
    expect(draft.vcardExtras).toEqual([{ line: 'item2.X-ABFOOBAR:Nothing special here' }]);
  });

  it('RFC 2426 kitchen sink: two N, several BDAY, AGENT kept, LABEL kept', async () => {
    const { draft } = await only('icaljs__vcard3.vcf');
    expect(draft).toMatchObject({ family: 'Public', given: 'John', middle: 'Quinlan', displayName: 'Mr. John Q. Public, Esq.', birthday: { year: 1996, month: 4, day: 15 } });
    expect(draft.addresses[0]).toMatchObject({ street: '123 Main Street', city: 'Any Town', region: 'CA', postalCode: '91921-1234', label: 'home' });
    expect(draft.tags).toEqual(['TRAVEL AGENT', 'INTERNET', 'IETF', 'INDUSTRY', 'INFORMATION TECHNOLOGY']);
    const extras = draft.vcardExtras.map((e) => e.line);
    expect(extras).toContain('N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.');
    expect(extras).toContain('AGENT:BEGIN:VCARD\\nFN:Susan Thomas\\nTEL:+1-919-555-1234\\nEMAIL\\;INTERNET:sthomas@host.com\\nEND:VCARD\\n');
  });

  it('jCard from ical.js reads like its vCard twin', async () => {
    const [fromJson] = await drafts('icaljs__vcard.json');
    const [fromVcf] = await drafts('icaljs__vcard.vcf');
    expect(fromJson).toMatchObject({ displayName: 'J. Doe', family: 'Stevenson', birthday: { year: null, month: 2, day: 3 } });
    expect(fromJson?.emails).toEqual(fromVcf?.emails);
    expect(fromJson?.phones).toEqual(fromVcf?.phones);
    expect(fromJson?.addresses).toEqual(fromVcf?.addresses);
    expect(fromJson?.ims).toEqual([{ label: '', service: 'xmpp', handle: 'alice@example.com', primary: true }]);
  });

  it('all four jCard files read', async () => {
    for (const name of files.filter((f) => f.endsWith('.json'))) expect((await drafts(name)).length).toBeGreaterThan(0);
  });

  it('Outlook 2003: QP note with soft break, KEY base64 block, ORG with comma', async () => {
    const { draft } = await only('ez-vcard__outlook-2003.vcf');
    expect(draft).toMatchObject({ organizationName: 'Company, The', department: 'TheDepartment', title: 'The Job Title', nickname: 'Joey' });
    expect(draft.notes).toBe('This is the note field!!\nSecond line\n\nThird line is empty\n');
    expect(draft.birthday).toEqual({ year: 1980, month: 3, day: 21 });
    expect(draft.emails).toEqual([{ label: '', address: 'jdoe@hotmail.com', primary: true }]);
  });

  it('AOSP complicated 2.1: RFC 2045 QP note, folded photo, five-part N', async () => {
    const { draft } = await only('aosp-vcard__v21_complicated.vcf');
    expect(draft).toMatchObject({ prefix: 'Pos', given: 'Forrest', middle: 'Hoge', family: 'Gump', suffix: 'Tao', displayName: 'Joe Due' });
    expect(draft.notes).toBe("The following note is the example from RFC 2045.\nNow's the time for all folk to come to the aid of their country.");
    expect(draft.department).toBe('Sales Dept.;Manager; Fish keeper');
    expect(draft.photo?.mediaType).toBe('image/jpeg');
  });

  it('AOSP ADR continued with trailing backslashes', async () => {
    const { draft } = await only('aosp-vcard__v21_adr_multiple_line.vcf');
    expect(draft.addresses[1]?.street).toBe('Hermann v. Brevern\n9999999\nPackstation 999');
  });

  it('CardBook BDAY 16040101 means no year', async () => {
    expect((await only('radicale__contact4-with-bday-no-year.vcf')).draft.birthday).toEqual({ year: null, month: 1, day: 1 });
  });

  it('4.0 quoted TYPE list and tel: URI', async () => {
    const { draft } = await only('node-vcf__quoted-list.vcf');
    expect(draft.phones).toEqual([{ label: 'home', number: '+1-555-555-5555;ext=5555', primary: true }]);
  });

  it('card with neither N nor FN gets its name from the e-mail', async () => {
    expect((await only('radicale__broken-vcard.vcf')).draft.displayName).toBe('test-misses-N-or-FN@example.com');
  });

  it('missing END, VERSION and BEGIN are warnings, not failures', async () => {
    expect((await only('eds__8.vcf')).warnings[0]?.reason).toMatch(/ends before END:VCARD/);
    expect((await only('l0b0-vcard__missing_version.vcf')).draft.displayName).toBe('John Ottoman Doe');
    expect((await only('l0b0-vcard__missing_start.vcf')).warnings[0]?.reason).toMatch(/no BEGIN:VCARD/);
  });

  it('empty cards fail with a line number; the BOM-only file yields nothing', async () => {
    const outputs = await readCorpusFile('mudita-center__multiple-contacts-with-empty.vcf');
    expect(outputs.map((o) => o.kind)).toEqual(['record', 'failed', 'record']);
    expect(outputs[1]).toMatchObject({ line: 10, issue: { line: 10, file: 'mudita-center__multiple-contacts-with-empty.vcf' } });
    expect(await readCorpusFile('folkerkinzel-vcards__Empty.vcf')).toEqual([]);
  });

  it('multi-card files have the right counts', async () => {
    expect(await drafts('ez-vcard__gmail-list.vcf')).toHaveLength(3);
    expect((await drafts('jeroendesloovere-vcard__contacts.vcf')).map((d) => d.displayName)).toEqual([
      'Thies-Tillman Jacobsen', 'Lenn Biernoth', 'Ludwig-Götz Graßl', 'Marita Kreutzer', 'Kathi Hoelzl',
    ]);
    expect((await drafts('monica__vcard_stub.vcf')).map((d) => d.displayName)).toEqual(['Bono', 'John Doe', 'Johnny']);
    expect(await drafts('comm-central__emptylines_vcard_addressbook.vcf')).toHaveLength(2);
  });

  it('Polish raw UTF-8 and DAVx5 named groups', async () => {
    expect((await only('mudita-center__utf-8-polish-characters.vcf')).draft).toMatchObject({ displayName: 'Ąąćć', family: 'SURNąMę', given: 'NąMĘ ąłść' });
    const { draft } = await only('vcard4android__allfields-vcard3.vcf');
    expect(draft.emails.map((e) => e.label)).toEqual(['home', '@work']);
    expect(draft.addresses[1]).toMatchObject({ label: 'Monkey Tree', street: 'Teststraße 22', poBox: 'Postfach 314' });
    expect(draft.related).toEqual([
      { label: 'co-worker crush', name: 'Ägidius', contactId: null },
      { label: 'parent', name: 'muuum@example.com', contactId: null },
    ]);
  });

  it('data: URI photos (3.0 misuse and 4.0) and the 7 KB parameterless base64', async () => {
    expect((await only('radicale__contact_photo_with_data_uri.vcf')).draft.photo?.mediaType).toBe('image/png');
    expect((await only('rcmcarddav__VCard4-DataUriPhoto.vcf')).draft.photo).not.toBeNull();
    expect((await only('comm-central__v3-binary-jpeg.vcf')).draft.photo?.mediaType).toBe('image/jpeg');
    expect((await only('calcard__077.vcf')).draft.photo?.mediaType).toBe('image/png');
  });

  it('khard ALTID: one N mapped, the alternative kept', async () => {
    const { draft } = await only('khard__altid.vcf');
    expect(draft).toMatchObject({ family: 'representation', given: 'one' });
    expect(draft.vcardExtras).toEqual([{ line: 'N;ALTID=1:representation;two;;;' }]);
  });
});
