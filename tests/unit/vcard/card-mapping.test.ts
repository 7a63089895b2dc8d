import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { PHOTO_MAX_BYTES } from '../../../shared/domain/contact';
import { crlf, readOne, readText, records } from './helpers';

const card = (version: string, ...lines: string[]): string => crlf('BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD');

describe('TYPE parameters, labels and PREF', () => {
  it.each([
    ['TEL;TYPE=home,work:1'],
    ['TEL;TYPE=home;TYPE=work:1'],
    ['TEL;TYPE="home,work":1'],
    ['TEL;HOME;WORK:1'],
    ['tel;type=HOME,voice;type=WORK:1'],
  ])('reads %s as "home work"', async (line) => {
    const record = await readOne(card(line.startsWith('TEL;HOME') ? '2.1' : '3.0', 'FN:x', line));
    expect(record.draft.phones[0]?.label).toBe('home work');
  });

  it('maps CELL to mobile, drops words that are not labels, strips x-', async () => {
    const record = await readOne(card('3.0', 'FN:x', 'TEL;TYPE=CELL,VOICE:1', 'TEL;TYPE=WORK,FAX:2', 'EMAIL;TYPE=INTERNET:a@b.c', 'TEL;TYPE=x-aunt:3'));
    expect(record.draft.phones.map((p) => p.label)).toEqual(['mobile', 'work fax', 'aunt']);
    expect(record.draft.emails[0]?.label).toBe('');
  });

  it('prefers the item group X-ABLabel, unwrapping Apple labels', async () => {
    const record = await readOne(
      card(
        '3.0',
        'FN:x',
        'item1.TEL;TYPE=CELL:1',
        'item2.URL:http://a.example',
        'ITEM3.EMAIL:c@d.e',
        'item1.X-ABLabel:_$!<Mobile>!$_',
        'item2.X-ABLabel:_$!<HomePage>!$_',
        'item3.X-ABLABEL:$!<Email>!$',
      ),
    );
    expect(record.draft.phones[0]?.label).toBe('Mobile');
    expect(record.draft.urls[0]?.label).toBe('HomePage');
    expect(record.draft.emails[0]?.label).toBe('Email');
    expect(record.draft.vcardExtras).toEqual([]);
  });

  it('keeps an unmodelled grouped property with its X-ABLabel', async () => {
    const record = await readOne(card('3.0', 'FN:x', 'item1.X-ABDATE:2020-01-02', 'item1.X-ABLabel:Custom Date'));
    expect(record.draft.vcardExtras.map((e) => e.line)).toEqual(['item1.X-ABDATE:2020-01-02', 'item1.X-ABLabel:Custom Date']);
  });

  it('reads an X-ABDate labelled Anniversary as the anniversary', async () => {
    const record = await readOne(card('3.0', 'FN:x', 'item1.X-ABDATE:1975-03-01', 'item1.X-ABLabel:_$!<Anniversary>!$_'));
    expect(record.draft.anniversary).toEqual({ year: 1975, month: 3, day: 1 });
    expect(record.draft.vcardExtras).toEqual([]);
  });

  it('marks PREF as primary in every syntax', async () => {
    const v3 = await readOne(card('3.0', 'FN:x', 'EMAIL;TYPE=INTERNET,PREF:a@b.c', 'EMAIL:d@e.f'));
    const v21 = await readOne(card('2.1', 'FN:x', 'TEL;CELL;PREF:1'));
    const v4 = await readOne(card('4.0', 'FN:x', 'EMAIL;PREF=1:a@b.c', 'EMAIL;PREF=2:d@e.f'));
    expect(v3.draft.emails.map((e) => e.primary)).toEqual([true, false]);
    expect(v21.draft.phones[0]?.primary).toBe(true);
    expect(v4.draft.emails.map((e) => e.primary)).toEqual([true, false]);
  });

  it('reads a 4.0 LABEL parameter as the label (but not on ADR)', async () => {
    const record = await readOne(card('4.0', 'FN:x', 'TEL;LABEL="Summer house":1', 'ADR;LABEL="1 Main St";TYPE=home:;;1 Main St;;;;'));
    expect(record.draft.phones[0]?.label).toBe('Summer house');
    expect(record.draft.addresses[0]?.label).toBe('home');
  });
});

describe('escapes and structured values', () => {
  it('unescapes 3.0/4.0 text: \\, \\; \\n \\N \\\\', async () => {
    const record = await readOne(card('3.0', 'FN:a\\, b\\; c', 'NOTE:1\\n2\\N3\\\\4'));
    expect(record.draft.displayName).toBe('a, b; c');
    expect(record.draft.notes).toBe('1\n2\n3\\4');
  });

  it('keeps 2.1 commas literal', async () => {
    const record = await readOne(card('2.1', 'FN:Test,Contact', 'ORG:Company, The;Dept'));
    expect(record.draft.displayName).toBe('Test,Contact');
    expect(record.draft.organizationName).toBe('Company, The');
    expect(record.draft.department).toBe('Dept');
  });

  it('maps N with fewer or more than five parts', async () => {
    const short = await readOne(card('3.0', 'N:Doe;John'));
    const long = await readOne(card('3.0', 'N:Wesker;Albert;;Dr.;MSc;Extra'));
    expect(short.draft).toMatchObject({ family: 'Doe', given: 'John', middle: '', prefix: '', suffix: '', displayName: 'John Doe' });
    expect(long.draft).toMatchObject({ family: 'Wesker', given: 'Albert', prefix: 'Dr.', suffix: 'MSc' });
  });

  it('maps ADR parts in order and ORG to organization and department', async () => {
    const record = await readOne(card('3.0', 'FN:x', 'ADR;TYPE=work:PO 1;Suite 2;1 Main St;Springfield;IL;62701;USA', 'ORG:ABC\\, Inc.;Sales;East'));
    expect(record.draft.addresses[0]).toEqual({
      label: 'work', poBox: 'PO 1', extended: 'Suite 2', street: '1 Main St', city: 'Springfield', region: 'IL',
      postalCode: '62701', country: 'USA', primary: false,
    });
    expect(record.draft.organizationName).toBe('ABC, Inc.');
    expect(record.draft.department).toBe('Sales; East');
  });

  it('unwraps tel: URIs and keeps the number as written', async () => {
    const record = await readOne(card('4.0', 'FN:x', 'TEL;VALUE=uri;TYPE="voice,home":tel:+1-555-555-5555;ext=5555'));
    expect(record.draft.phones[0]).toMatchObject({ number: '+1-555-555-5555;ext=5555', label: 'home' });
  });

  it('maps nickname, phonetic names, title, categories, note, UID', async () => {
    const record = await readOne(
      card('3.0', 'N:Doe;John', 'NICKNAME:Jim,Jimmie', 'X-PHONETIC-FIRST-NAME:Jon', 'X-PHONETIC-MIDDLE-NAME:M', 'X-PHONETIC-LAST-NAME:Dow',
        'TITLE:Boss', 'CATEGORIES:a,b\\,c', 'CATEGORIES:A', 'NOTE:one', 'NOTE:two', 'UID:urn:uuid:1'),
    );
    expect(record.draft).toMatchObject({
      nickname: 'Jim, Jimmie', phoneticGiven: 'Jon', phoneticMiddle: 'M', phoneticFamily: 'Dow', title: 'Boss',
      tags: ['a', 'b,c'], notes: 'one\ntwo', vcardUid: 'urn:uuid:1',
    });
  });

  it('maps IMPP and the old X-AIM/X-JABBER properties, merging duplicates', async () => {
    const record = await readOne(
      card('3.0', 'FN:x', 'X-AIM;TYPE=HOME;TYPE=pref:me@aim', 'IMPP;X-SERVICE-TYPE=aim;TYPE=HOME:aim:me@aim', 'X-JABBER:j@x.org', 'IMPP:skype:echo', 'IMPP;X-SERVICE-TYPE=Skype:skype:live'),
    );
    expect(record.draft.ims).toEqual([
      { label: 'home', service: 'aim', handle: 'me@aim', primary: true },
      { label: '', service: 'xmpp', handle: 'j@x.org', primary: false },
      { label: '', service: 'skype', handle: 'echo', primary: false },
      { label: '', service: 'skype', handle: 'live', primary: false },
    ]);
  });

  it('maps RELATED, X-ABRELATEDNAMES and Android relations', async () => {
    const record = await readOne(
      card('3.0', 'FN:x', 'RELATED;TYPE=spouse;VALUE=text:Ann', 'item1.X-ABRELATEDNAMES:Jenny', 'item1.X-ABLabel:_$!<Sister>!$_',
        'X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Bob;7;;;;;;;;;;;;;', 'X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Zed;0;Coach;;;;;;;;;;;;'),
    );
    expect(record.draft.related.map((r) => [r.label, r.name])).toEqual([['spouse', 'Ann'], ['Sister', 'Jenny'], ['manager', 'Bob'], ['Coach', 'Zed']]);
  });
});

describe('ALTID and LANGUAGE', () => {
  it('maps one property per ALTID group and keeps the others verbatim', async () => {
    const record = await readOne(card('4.0', 'FN;ALTID=1;LANGUAGE=ja:山田', 'FN;ALTID=1;LANGUAGE=en:Yamada', 'TITLE;ALTID=2;LANGUAGE=en:Boss'));
    expect(record.draft.displayName).toBe('山田');
    expect(record.draft.title).toBe('Boss');
    expect(record.draft.vcardExtras).toEqual([{ line: 'FN;ALTID=1;LANGUAGE=en:Yamada' }]);
  });
});

describe('dates', () => {
  it.each([
    ['1985-03-14', { year: 1985, month: 3, day: 14 }],
    ['19850314', { year: 1985, month: 3, day: 14 }],
    ['--0314', { year: null, month: 3, day: 14 }],
    ['--03-14', { year: null, month: 3, day: 14 }],
    ['1953-10-15T23:10:00Z', { year: 1953, month: 10, day: 15 }],
    ['19531015T231000Z', { year: 1953, month: 10, day: 15 }],
    ['1987-09-27T08:30:00-06:00', { year: 1987, month: 9, day: 27 }],
    ['16040229', { year: null, month: 2, day: 29 }],
  ])('reads BDAY:%s', async (value, expected) => {
    const record = await readOne(card('4.0', 'FN:x', `BDAY:${value}`));
    expect(record.draft.birthday).toEqual(expected);
  });

  it("honours Apple's X-APPLE-OMIT-YEAR", async () => {
    const record = await readOne(card('3.0', 'FN:x', 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-24', 'X-ANNIVERSARY:2001-06-30'));
    expect(record.draft.birthday).toEqual({ year: null, month: 12, day: 24 });
    expect(record.draft.anniversary).toEqual({ year: 2001, month: 6, day: 30 });
  });

  it('keeps a date it cannot read verbatim, with a warning', async () => {
    const record = await readOne(card('4.0', 'FN:x', 'BDAY;VALUE=text:circa 1800', 'ANNIVERSARY:19723101'));
    expect(record.draft.birthday).toBeNull();
    expect(record.draft.anniversary).toBeNull();
    expect(record.draft.vcardExtras.map((e) => e.line)).toEqual(['BDAY;VALUE=text:circa 1800', 'ANNIVERSARY:19723101']);
    expect(record.warnings).toHaveLength(2);
  });
});

describe('photos', () => {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  it.each([
    ['2.1 ENCODING=BASE64', '2.1', [`PHOTO;ENCODING=BASE64;TYPE=PNG:${png}`, '']],
    ['2.1 bare BASE64 without a blank line', '2.1', [`PHOTO;PNG;BASE64:${png}`]],
    ['3.0 ENCODING=b, folded', '3.0', [`PHOTO;ENCODING=b;TYPE=PNG:${png.slice(0, 40)}`, ` ${png.slice(40)}`]],
    ['4.0 data: URI', '4.0', [`PHOTO:data:image/png;base64,${png}`]],
    ['4.0 data: URI with escaped comma', '4.0', [`PHOTO:data:image/png;base64\\,${png}`]],
    ['bare base64 with no parameters', '3.0', [`PHOTO:${png}`]],
  ])('reads %s', async (_name, version, lines) => {
    const record = await readOne(card(version, 'FN:x', ...lines));
    expect(record.draft.photo).toEqual({ mediaType: 'image/png', base64: png });
  });

  it('keeps a photo URL verbatim (it cannot be fetched offline)', async () => {
    const record = await readOne(card('3.0', 'FN:x', 'PHOTO;VALUE=uri:http://example.com/me.jpg'));
    expect(record.draft.photo).toBeNull();
    expect(record.draft.vcardExtras).toEqual([{ line: 'PHOTO;VALUE=uri:http://example.com/me.jpg' }]);
  });

  it('drops a photo larger than PHOTO_MAX_BYTES with a warning', async () => {
    const big = Buffer.alloc(PHOTO_MAX_BYTES + 3, 0xab).toString('base64');
    const record = await readOne(card('3.0', 'FN:x', `PHOTO;ENCODING=b;TYPE=JPEG:${big}`));
    expect(record.draft.photo).toBeNull();
    expect(record.draft.vcardExtras).toEqual([]);
    expect(record.warnings[0]).toMatchObject({ field: 'PHOTO', severity: 'warning' });
  });

  it('drops invalid base64 with a warning', async () => {
    const record = await readOne(card('2.1', 'FN:x', 'PHOTO;ENCODING=BASE64;TYPE=JPEG:qgEPAAIAAAAH:ASDF=='));
    expect(record.draft.photo).toBeNull();
    expect(record.warnings[0]?.reason).toMatch(/not valid base64/);
  });
});

describe('card structure', () => {
  it('ends a card without END at the next BEGIN or EOF, with warnings', async () => {
    const outputs = records(await readText(crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:Bob')));
    expect(outputs.map((r) => r.draft.displayName)).toEqual(['Ann', 'Bob']);
    expect(outputs[0]?.warnings[0]?.reason).toMatch(/no END:VCARD/);
    expect(outputs[1]?.warnings[0]?.reason).toMatch(/ends before END:VCARD/);
    expect(outputs.map((r) => [r.index, r.line])).toEqual([[0, 1], [1, 4]]);
  });

  it('assumes 3.0 without VERSION, or 2.1 when the card has 2.1 shapes', async () => {
    const v3 = await readOne(crlf('BEGIN:VCARD', 'FN:a\\, b', 'END:VCARD'));
    const v21 = await readOne(crlf('BEGIN:VCARD', 'FN:a\\, b', 'TEL;HOME:1', 'END:VCARD'));
    expect(v3.draft.displayName).toBe('a, b');
    expect(v3.warnings[0]?.reason).toMatch(/read as vCard 3.0/);
    expect(v21.warnings[0]?.reason).toMatch(/read as vCard 2.1/);
  });

  it('reads lowercase and mixed-case names', async () => {
    const record = await readOne('bEGIn:VCaRD\nversion:3.0\nfn:Lower Case\nemail;type=work:a@b.c\nEnD:vcArD\n');
    expect(record.draft.displayName).toBe('Lower Case');
    expect(record.draft.emails[0]).toMatchObject({ address: 'a@b.c', label: 'work' });
  });

  it('does not let a nested 2.1 AGENT card end the outer card', async () => {
    const record = await readOne(card('2.1', 'FN:Boss', 'AGENT:', 'BEGIN:VCARD', 'VERSION:2.1', 'FN:Assistant', 'END:VCARD', 'TEL:123'));
    expect(record.draft.displayName).toBe('Boss');
    expect(record.draft.phones[0]?.number).toBe('123');
    expect(record.warnings.map((w) => w.reason)).toContain('A vCard nested in AGENT was dropped.');
  });

  it('keeps a 3.0 AGENT with an escaped inline card verbatim', async () => {
    const record = await readOne(card('3.0', 'FN:Boss', 'AGENT:BEGIN:VCARD\\nFN:Susan\\nEND:VCARD\\n'));
    expect(record.draft.vcardExtras).toEqual([{ line: 'AGENT:BEGIN:VCARD\\nFN:Susan\\nEND:VCARD\\n' }]);
  });

  it.each([
    [['FN:Full Name', 'N:Family;Given', 'ORG:Org', 'EMAIL:e@x.org', 'TEL:1'], 'Full Name'],
    [['N:Family;Given;;Dr.', 'ORG:Org', 'EMAIL:e@x.org'], 'Dr. Given Family'],
    [['FN:', 'N:;;;;', 'NICKNAME:Bono', 'ORG:Org'], 'Bono'],
    [['ORG:Org;Dept', 'EMAIL:e@x.org'], 'Org'],
    [['EMAIL:e@x.org', 'TEL:1'], 'e@x.org'],
    [['TEL:+1 555'], '+1 555'],
    [['NOTE:only a note'], ''],
  ])('derives the display name from %j', async (lines, expected) => {
    const record = await readOne(card('3.0', ...lines));
    expect(record.draft.displayName).toBe(expected);
  });

  it('reports an empty card as a failed record with file and line', async () => {
    const outputs = await readText(crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann', 'END:VCARD', 'BEGIN:VCARD', 'N:;;;;', 'TEL:', 'END:VCARD'));
    expect(outputs[1]).toEqual({
      kind: 'failed', index: 1, line: 5,
      issue: { file: 'test.vcf', line: 5, reason: 'The card holds no contact data.', severity: 'error' },
    });
  });

  it('keeps unmodelled properties verbatim but drops VERSION, PRODID, REV', async () => {
    const record = await readOne(card('4.0', 'PRODID:-//x//', 'REV:2020', 'FN:x', 'GEO:geo:1\\,2', 'X-FOO;A=b:c', 'KIND:individual'));
    expect(record.draft.vcardExtras.map((e) => e.line)).toEqual(['GEO:geo:1\\,2', 'X-FOO;A=b:c', 'KIND:individual']);
  });

  it('cuts over-long values with a warning instead of failing', async () => {
    const record = await readOne(card('3.0', `FN:${'x'.repeat(1500)}`, `TEL;TYPE=${'y'.repeat(80)}:1`));
    expect(record.draft.displayName).toHaveLength(1000);
    expect(record.draft.phones[0]?.label).toHaveLength(64);
    expect(record.warnings.length).toBeGreaterThanOrEqual(2);
  });
});
