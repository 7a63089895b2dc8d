import { describe, expect, it } from 'vitest';
import { detectCsvLayout, detectDelimiter, detectEncoding, encodeWindows1252 } from '../../../main/interchange/csv';
import { chunked, readAll, readDrafts, utf8 } from './helpers';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('encoding detection', () => {
  it('reads BOMs', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    expect(detectEncoding(utf16('Name,Email\r\nAnna,a@x.org\r\n', true, false)).encoding).toBe('utf-16le');
    expect(detectEncoding(utf16('Name,Email\r\nAnna,a@x.org\r\n', false, false)).encoding).toBe('utf-16be');
  });

  it('tells valid UTF-8 from Windows-1252', () => {
    expect(detectEncoding(utf8('Prénom,Nom\nÉlodie,Müller\n')).encoding).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0x4e, 0x6f, 0x6d, 0x0a, 0xc9, 0x6c, 0x6f, 0x64, 0x69, 0x65, 0x80])).encoding).toBe('windows-1252');
  });

  it('accepts a UTF-8 sample cut inside a character', () => {
    const bytes = utf8('Name\nЖанна');
    expect(detectEncoding(bytes.slice(0, bytes.length - 1)).encoding).toBe('utf-8');
  });

  it('decodes UTF-16LE with BOM and Windows-1252 (incl. € and curly quotes) end to end', async () => {
    const [anna] = await readDrafts(utf16('Name,Email\r\nАнна Петрова,anna@example.org\r\n', true, true));
    expect(anna?.displayName).toBe('Анна Петрова');
    const legacy = encodeWindows1252('Name,Notes\r\nRené Doré,“costs 5 €”\r\n').bytes;
    const [rene] = await readDrafts(legacy);
    expect(rene?.displayName).toBe('René Doré');
    expect(rene?.customFields).toEqual([]);
    expect(rene?.notes).toBe('“costs 5 €”');
  });

  it('keeps a multi-byte character split across chunks whole', async () => {
    const bytes = utf8('Name,Email\nשלום עליכם,shalom@example.org\n日本 太郎,taro@example.jp\n');
    for (const size of [1, 2, 3, 5, 7]) {
      const records = await readAll(chunked(bytes, size));
      const drafts = records.flatMap((record) => (record.kind === 'record' ? [record.draft] : []));
      expect(drafts.map((d) => d.displayName)).toEqual(['שלום עליכם', '日本 太郎']);
    }
  });
});

describe('delimiter detection', () => {
  it('chooses comma, semicolon or tab from the header line', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5\n')).toBe(',');
    expect(detectDelimiter('Vorname;Nachname;E-Mail-Adresse\n')).toBe(';');
    expect(detectDelimiter('First Name\tLast Name\tE-mail\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"Doe, John";"Smith, Ann";x\n')).toBe(';');
    expect(detectDelimiter('"a;b;c;d",e,f\n')).toBe(',');
  });

  it('reports the whole layout', () => {
    expect(detectCsvLayout(utf8('\uFEFFVorname;Nachname;E-Mail-Adresse\nJörg;Müller;j@example.de\n'))).toEqual({
      encoding: 'utf-8',
      delimiter: ';',
      hasHeader: true,
      dialect: 'generic',
    });
  });
});
