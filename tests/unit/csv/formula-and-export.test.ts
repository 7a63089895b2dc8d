import { describe, expect, it } from 'vitest';
import {
  decodeWindows1252,
  encodeCsvText,
  encodeWindows1252,
  neutralizeFormula,
  restoreNeutralizedFormula,
  writeCsv,
} from '../../../main/interchange/csv';
import { draft, readDrafts } from './helpers';

describe('formula neutralisation', () => {
  it('prefixes cells that begin with = + - @ tab or CR', () => {
    for (const value of ['=SUM(A1)', '+1 555', '-3', '@home', '\tx', '\rx']) expect(neutralizeFormula(value)).toBe(`'${value}`);
    for (const value of ['plain', '1+1', "'quoted", '']) expect(neutralizeFormula(value)).toBe(value);
  });

  it('is undone exactly, including values that already began with an apostrophe', () => {
    for (const value of ['=1', "'=1", "''=1", "'hello", "'", 'x=1', '-', "'\t", '+1 555']) {
      expect(restoreNeutralizedFormula(neutralizeFormula(value))).toBe(value);
    }
    expect(neutralizeFormula("'=1")).toBe("''=1");
  });

  it('writes guarded cells and reads them back', async () => {
    const contact = draft({
      given: '=HYPERLINK("http://evil")',
      family: "'=already",
      notes: '- first item\n- second item',
      phones: [{ label: 'mobile', number: '+1 555 0100' }],
      emails: [{ label: '', address: '@odd@example.org' }],
    });
    const text = writeCsv([contact], { layout: 'rapport' });
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(text).toContain("'+1 555 0100");
    const [back] = await readDrafts(text);
    expect(back).toMatchObject({
      given: '=HYPERLINK("http://evil")',
      family: "'=already",
      notes: '- first item\n- second item',
      phones: [{ number: '+1 555 0100' }],
      emails: [{ address: '@odd@example.org' }],
    });
  });

  it('strips the guard from phones in Google and Outlook files too', async () => {
    const contact = draft({ given: 'Ann', phones: [{ label: 'mobile', number: '+44 20 7946 0958' }] });
    for (const layout of ['google', 'outlook'] as const) {
      const text = writeCsv([contact], { layout });
      expect(text).toContain("'+44 20 7946 0958");
      const [back] = await readDrafts(text);
      expect(back?.phones[0]?.number).toBe('+44 20 7946 0958');
    }
  });

  it('treats an apostrophe in a phone of a foreign spreadsheet as a text marker', async () => {
    const [back] = await readDrafts("Name,Phone\nAnn,'0123 456789\n");
    expect(back?.phones[0]?.number).toBe('0123 456789');
  });
});

describe('encoding exports', () => {
  it('writes UTF-8 with a BOM by default', () => {
    const { bytes } = encodeCsvText('Name\r\nЖанна\r\n');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes Windows-1252 for old Outlook, counting unmappable characters', () => {
    const result = encodeWindows1252('Zoë € “x” 日本 שלום');
    expect(result.unmappable).toBe(6);
    expect(decodeWindows1252(result.bytes)).toBe('Zoë € “x” ?? ????');
    expect(encodeCsvText('€', 'windows-1252').bytes).toEqual(new Uint8Array([0x80]));
  });

  it('an Outlook export in Windows-1252 reads back', async () => {
    const contact = draft({ given: 'François', family: 'Lefèvre', organizationName: 'Café Œuvre', tags: ['Clients'] });
    const { bytes, unmappable } = encodeCsvText(writeCsv([contact], { layout: 'outlook' }), 'windows-1252');
    expect(unmappable).toBe(0);
    const [back] = await readDrafts(bytes);
    expect(back).toMatchObject({ given: 'François', family: 'Lefèvre', organizationName: 'Café Œuvre', tags: ['Clients'] });
  });

  it('writes the 92 Outlook desktop columns', () => {
    const header = writeCsv([], { layout: 'outlook' }).split('\r\n')[0] ?? '';
    expect(header.split(',')).toHaveLength(92);
    expect(header.startsWith('Title,First Name,Middle Name,Last Name')).toBe(true);
  });
});

describe('Rapport CSV edge cases found by the round-trip properties', () => {
  it('keeps a phone that truly begins with an apostrophe and a row whose only content is a kept vCard line', async () => {
    const { readDrafts: read, draft: make } = await import('./helpers');
    const text = writeCsv([make({ given: 'A', phones: [{ label: '', number: "'quoted" }] }), make({ vcardExtras: [{ line: 'BDAY;value=date:206-12-15' }] })], { layout: 'rapport' });
    const drafts = await read(text);
    expect(drafts.map((d) => [d.phones.map((p) => p.number), d.vcardExtras.map((e) => e.line)])).toEqual([[["'quoted"], []], [[], ['BDAY;value=date:206-12-15']]]);
  });
});
