import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import type { ContactDraftInput } from '../../../shared/domain/contact';
import { detectVcardKind, readJcardRecords, writeJcard, writeVcard } from '../../../main/interchange/vcard';
import { collect, readOne, records } from './helpers';

const draft = (input: ContactDraftInput) => ContactDraftSchema.parse(input);
const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('writeVcard', () => {
  it('writes CRLF lines folded at 75 octets without splitting UTF-8 sequences', () => {
    const text = writeVcard(draft({ displayName: 'x', notes: 'ü'.repeat(100) + '😀'.repeat(30) }));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD|[\uD800-\uDBFF]$/);
    }
  });

  it('never folds right after "=" (a kept QP line would read as a soft break)', () => {
    const line = `NOTE;ENCODING=QUOTED-PRINTABLE:${'=C3=91'.repeat(40)}`;
    const text = writeVcard(draft({ displayName: 'x', vcardExtras: [{ line }] }));
    for (const physical of text.split('\r\n')) expect(physical).not.toMatch(/=.?$/);
  });

  it('escapes text values', () => {
    const text = writeVcard(draft({ displayName: 'a, b; c\\d', notes: 'l1\nl2' }));
    expect(text).toContain('FN:a\\, b\\; c\\\\d\r\n');
    expect(text).toContain('NOTE:l1\\nl2\r\n');
  });

  it('writes standard labels as TYPE and others as item groups (3.0) or LABEL (4.0)', () => {
    const contact = draft({
      displayName: 'x',
      phones: [{ number: '1', label: 'mobile', primary: true }, { number: '2', label: 'work fax' }, { number: '3', label: 'Summer house' }],
      addresses: [{ label: 'Cabin', city: 'Oslo' }],
    });
    const v3 = writeVcard(contact);
    expect(v3).toContain('TEL;TYPE=cell,pref:1\r\n');
    expect(v3).toContain('TEL;TYPE=work,fax:2\r\n');
    expect(v3).toContain('item1.TEL:3\r\nitem1.X-ABLabel:Summer house\r\n');
    expect(v3).toContain('item2.ADR:;;;Oslo;;;\r\nitem2.X-ABLabel:Cabin\r\n');
    const v4 = writeVcard(contact, { version: '4.0' });
    expect(v4).toContain('TEL;TYPE=cell;PREF=1:1\r\n');
    expect(v4).toContain('TEL;LABEL="Summer house":3\r\n');
    expect(v4).toContain('item1.ADR:;;;Oslo;;;\r\nitem1.X-ABLabel:Cabin\r\n');
  });

  it('writes Apple built-in labels wrapped and avoids groups used by kept lines', () => {
    const text = writeVcard(draft({ displayName: 'x', emails: [{ address: 'a@b.c', label: 'HomePage' }], vcardExtras: [{ line: 'item1.X-ABADR:ch' }] }));
    expect(text).toContain('item2.EMAIL;TYPE=INTERNET:a@b.c\r\nitem2.X-ABLabel:_$!<HomePage>!$_\r\n');
    expect(text).toContain('item1.X-ABADR:ch\r\n');
  });

  it('embeds photos: 3.0 ENCODING=b, 4.0 data: URI', () => {
    const contact = draft({ displayName: 'x', photo: { mediaType: 'image/png', base64: png } });
    expect(writeVcard(contact).replace(/\r\n /g, '')).toContain(`PHOTO;ENCODING=b;TYPE=PNG:${png}\r\n`);
    expect(writeVcard(contact, { version: '4.0' }).replace(/\r\n /g, '')).toContain(`PHOTO:data:image/png;base64,${png}\r\n`);
  });

  it('writes birthdays without a year the Apple way in 3.0 and as --MMDD in 4.0', () => {
    const contact = draft({ displayName: 'x', birthday: { year: null, month: 2, day: 29 }, anniversary: { year: 2001, month: 6, day: 30 } });
    const v3 = writeVcard(contact);
    expect(v3).toContain('BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n');
    expect(v3).toContain('X-ANNIVERSARY:2001-06-30\r\n');
    const v4 = writeVcard(contact, { version: '4.0' });
    expect(v4).toContain('BDAY:--0229\r\n');
    expect(v4).toContain('ANNIVERSARY:20010630\r\n');
  });

  it('writes the UID, or urn:uuid:<id> for a stored contact', () => {
    expect(writeVcard(draft({ displayName: 'x', vcardUid: 'abc' }))).toContain('UID:abc\r\n');
    expect(writeVcard({ ...draft({ displayName: 'x' }), id: '0190-1' })).toContain('UID:urn:uuid:0190-1\r\n');
  });

  it('accepts a stored Contact shape with tag objects', () => {
    const text = writeVcard({ ...draft({ displayName: 'x' }), tags: [{ name: 'friends' }, 'work'] });
    expect(text).toContain('CATEGORIES:friends,work\r\n');
  });

  it('round-trips a full contact in 3.0 and 4.0', async () => {
    const contact = draft({
      prefix: 'Dr.', given: 'Ada', middle: 'K', family: 'Lovelace', suffix: 'PhD', displayName: 'Ada Lovelace',
      nickname: 'Countess, of Lovelace', phoneticGiven: 'Ay-da', phoneticFamily: 'Luv-lace', organizationName: 'Analytical; Engines',
      department: 'R&D', title: 'Programmer', notes: 'line 1\nline 2, with comma; and semicolon \\ backslash',
      birthday: { year: 1815, month: 12, day: 10 }, anniversary: { year: null, month: 7, day: 8 },
      photo: { mediaType: 'image/png', base64: png }, vcardUid: 'urn:uuid:ada',
      emails: [{ address: 'ada@example.com', label: 'work', primary: true }, { address: 'a@home.example', label: 'Private stuff' }],
      phones: [{ number: '+44 20 7946 0000', label: 'mobile' }, { number: '+44 20 7946 0001', label: 'home fax' }],
      addresses: [{ label: 'home', street: '12 St James\'s Sq\nFlat 2', city: 'London', postalCode: 'SW1', country: 'UK', primary: true }],
      urls: [{ url: 'https://example.com/a,b', label: 'blog' }],
      ims: [{ service: 'xmpp', handle: 'ada@jabber.example', label: 'work' }, { service: 'Signal Messenger', handle: 'ada' }, { service: '', handle: 'plain' }],
      related: [{ name: 'Charles Babbage', label: 'colleague' }, { name: 'William', label: 'Spouse' }, { name: 'Byron', label: '' }],
      tags: ['math', 'poetry, science'],
      vcardExtras: [{ line: 'X-CUSTOM;TYPE=a:b\\,c' }, { line: 'GEO:geo:1,2' }],
    });
    for (const version of ['3.0', '4.0'] as const) {
      const back = await readOne(writeVcard(contact, { version }));
      // Documented normalisation: IM service names are lower-cased on reading.
      expect(back.draft).toEqual({ ...contact, ims: contact.ims.map((i) => ({ ...i, service: i.service.toLowerCase() })) });
    }
  });
});

describe('jCard', () => {
  it('detects jCard versus vCard from the first bytes', () => {
    expect(detectVcardKind(Buffer.from('\ufeff  ["vcard",[]]'))).toBe('jcard');
    expect(detectVcardKind(Buffer.from('[', 'utf16le'))).toBe('jcard');
    expect(detectVcardKind(Buffer.from('BEGIN:VCARD\r\n'))).toBe('vcard');
    expect(detectVcardKind(Buffer.from('VERSION:3.0\r\n'))).toBe('vcard');
  });

  it('writes jCard that reads back to the same draft', async () => {
    const contact = draft({
      given: 'Ada', family: 'Lovelace', displayName: 'Ada Lovelace', organizationName: 'AE', department: 'R&D',
      tags: ['a', 'b,c'], birthday: { year: null, month: 12, day: 10 },
      emails: [{ address: 'ada@example.com', label: 'work', primary: true }],
      phones: [{ number: '1', label: 'Cabin' }], vcardExtras: [{ line: 'X-FOO:bar' }],
    });
    const json = writeJcard(contact);
    const parsed: unknown = JSON.parse(json);
    expect(Array.isArray(parsed) && parsed[0]).toBe('vcard');
    const [back] = records(await collect(readJcardRecords([Buffer.from(json)])));
    expect(back?.draft).toEqual(contact);
  });

  it('reports invalid JSON as a failed record', async () => {
    const [out] = await collect(readJcardRecords([Buffer.from('["vcard", [')], { fileName: 'bad.json' }));
    expect(out).toMatchObject({ kind: 'failed', line: 1, issue: { file: 'bad.json', severity: 'error' } });
  });
});
