import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { crlf, readOne, readText, records } from './helpers';

describe('line endings and unfolding', () => {
  const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ada Lovelace', 'NOTE:one', 'END:VCARD'];
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['CR CR LF', '\r\r\n'],
  ])('reads %s line ends', async (_name, eol) => {
    const record = await readOne(card.join(eol) + eol);
    expect(record.draft.displayName).toBe('Ada Lovelace');
    expect(record.draft.notes).toBe('one');
  });

  it('reads a file split into 1-byte chunks the same way (CR at chunk edges)', async () => {
    const text = card.join('\r\r\n');
    const [whole] = records(await readText(text));
    const [chunked] = records(await readText(text, 1));
    expect(chunked?.draft).toEqual(whole?.draft);
  });

  it('removes exactly one leading space or tab when unfolding', async () => {
    const record = await readOne(crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Ada', 'NOTE:a', '  b', '\tc', 'END:VCARD'));
    expect(record.draft.notes).toBe('a bc');
  });

  it('continues a line that is not NAME: shaped (base64 folded without whitespace)', async () => {
    const record = await readOne(
      crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Ada', 'PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAA', 'AAEAAAABCAYAAAAfFcSJAAAADUlEQVR4', 'END:VCARD'),
    );
    expect(record.draft.photo?.base64).toBe('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4');
    expect(record.draft.photo?.mediaType).toBe('image/png');
  });

  it('turns AOSP trailing-backslash continuation into a line break', async () => {
    const record = await readOne(crlf('BEGIN:VCARD', 'VERSION:2.1', 'N:x', 'ADR;HOME:;;Street 1\\', 'Floor 2;Town;;123;DE', 'END:VCARD'));
    expect(record.draft.addresses[0]).toMatchObject({ street: 'Street 1\nFloor 2', city: 'Town', postalCode: '123' });
  });
});

describe('QUOTED-PRINTABLE', () => {
  it('joins soft line breaks, Android style (unindented continuation)', async () => {
    const record = await readOne(
      crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=20=C3=91=', '=20=C3=91', 'END:VCARD'),
    );
    expect(record.draft.displayName).toBe('Ñ Ñ Ñ');
  });

  it('rejoins an =XX escape split across the break', async () => {
    const record = await readOne(crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN;CHARSET=UTF-8;QUOTED-PRINTABLE:Gr=C3=', '=BC=C3=9F=', 'e', 'END:VCARD'));
    expect(record.draft.displayName).toBe('Grüße');
  });

  it('keeps the whitespace of an indented line after a soft break (RFC 2045)', async () => {
    const record = await readOne(crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN:x', 'NOTE;ENCODING=QUOTED-PRINTABLE:to come=', ' to the aid', 'END:VCARD'));
    expect(record.draft.notes).toBe('to come to the aid');
  });

  it('accepts a bare ;QUOTED-PRINTABLE parameter and decodes =0D=0A', async () => {
    const record = await readOne(crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN:x', 'NOTE;QUOTED-PRINTABLE:a=0D=0Ab', 'END:VCARD'));
    expect(record.draft.notes).toBe('a\nb');
  });

  it('does not swallow END:VCARD after a trailing soft break', async () => {
    const outputs = await readText(crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN;QUOTED-PRINTABLE:Ann=', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:2.1', 'FN:Bob', 'END:VCARD'));
    expect(records(outputs).map((r) => r.draft.displayName)).toEqual(['Ann', 'Bob']);
  });
});

describe('charsets', () => {
  const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

  it('decodes CHARSET=ISO-8859-1, Windows-1252 and Shift_JIS values', async () => {
    const sjis = Buffer.from([0x88, 0xc0, 0x93, 0xa1]); // 安藤
    const bytes = Buffer.concat([
      latin1('BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:'),
      sjis,
      latin1(';;;;\r\nORG;CHARSET=ISO-8859-1:M\xfcller\r\nTITLE;CHARSET=Windows-1252:\x80uro\r\nEND:VCARD\r\n'),
    ]);
    const record = await readOne(bytes);
    expect(record.draft.family).toBe('安藤');
    expect(record.draft.organizationName).toBe('Müller');
    expect(record.draft.title).toBe('€uro');
  });

  it('decodes QP bytes with the declared charset', async () => {
    const record = await readOne(crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=F6rg', 'END:VCARD'));
    expect(record.draft.displayName).toBe('Jörg');
  });

  it('sniffs undeclared 8-bit text: UTF-8 first, else Windows-1252 with a warning', async () => {
    const utf8 = await readOne(crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Köln', 'END:VCARD'));
    expect(utf8.draft.displayName).toBe('Köln');
    expect(utf8.warnings).toEqual([]);
    const cp1252 = await readOne(latin1('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:K\xf6ln \x93q\x94\r\nEND:VCARD\r\n'));
    expect(cp1252.draft.displayName).toBe('Köln “q”');
    expect(cp1252.warnings.map((w) => w.reason)).toContain('The text has no declared charset and is not UTF-8; it was read as Windows-1252.');
  });

  it('falls back when CHARSET names something unknown', async () => {
    const record = await readOne(latin1('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=Murks:G\xe4nse\r\nEND:VCARD\r\n'));
    expect(record.draft.displayName).toBe('Gänse');
    expect(record.warnings[0]?.reason).toMatch(/Unknown charset "Murks"/);
  });

  const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ελένη 😀\r\nEND:VCARD\r\n';
  const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
  it.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(card, 'utf16le')])],
    ['UTF-16LE without BOM', Buffer.from(card, 'utf16le')],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(card)])],
    ['UTF-16BE without BOM', utf16be(card)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(card)])],
  ])('reads %s', async (_name, bytes) => {
    const [record] = records(await readText(bytes, 3));
    expect(record?.draft.displayName).toBe('Ελένη 😀');
  });
});

describe('streaming', () => {
  it('yields each card as it is read, long before a 100k-card source is exhausted', async () => {
    const { readVcardRecords } = await import('../../../main/interchange/vcard');
    let produced = 0;
    const total = 100_000;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < total; i++) {
        produced++;
        yield Buffer.from(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEND:VCARD\r\n`);
      }
    }
    let seen = 0;
    for await (const record of readVcardRecords(source())) {
      expect(record.kind).toBe('record');
      seen++;
      if (seen === 10) break;
    }
    expect(produced).toBeLessThan(20);
  });
});
