import { describe, expect, it } from 'vitest';
import { inspectCsv } from '../../../main/interchange/csv';
import { chunked, readAll, readDrafts, utf8 } from './helpers';

describe('CSV structure', () => {
  it('handles quoted newlines and reports the line where each row starts', async () => {
    const text = 'Name,Notes,Email\r\n"Ann Lee","line one\r\nline two\r\nline three",ann@example.org\r\nBob,,bob@example.org\r\n';
    for (const size of [1, 4, 9, 1000]) {
      const records = await readAll(chunked(utf8(text), size));
      expect(records.map((r) => r.line)).toEqual([2, 5]);
      const first = records[0];
      expect(first?.kind === 'record' && first.draft.notes).toBe('line one\nline two\nline three');
    }
  });

  it('reads CR-only line endings', async () => {
    const drafts = await readDrafts('Name,Email\rAnn,ann@example.org\rBob,bob@example.org');
    expect(drafts.map((d) => d.emails[0]?.address)).toEqual(['ann@example.org', 'bob@example.org']);
  });

  it('keeps a CRLF split across chunks as one line break', async () => {
    const bytes = utf8('Name,Email\r\nAnn,ann@example.org\r\nBob,bob@example.org\r\n');
    const records = await readAll(chunked(bytes, 11)); // cuts between \r and \n
    expect(records.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reads ragged rows: missing cells are empty, extra cells become custom fields, with a warning', async () => {
    const records = await readAll(utf8('Name,Email,Phone\nAnn,ann@example.org\nBob,bob@example.org,555 1234,VIP\n'));
    const [short, long] = records;
    expect(short?.kind).toBe('record');
    expect(long?.kind === 'record' && long.draft.customFields).toEqual([{ label: 'Column 4', value: 'VIP' }]);
    expect(short?.kind === 'record' && short.warnings[0]?.reason).toMatch(/2 cells where the header has 3/);
  });

  it('turns a row with nothing usable into a failed record with file and line', async () => {
    const records = await readAll(utf8('Name,Email\nAnn,ann@example.org\n,\n'), { fileName: 'people.csv' });
    expect(records[1]).toMatchObject({ kind: 'failed', line: 3, issue: { file: 'people.csv', line: 3, severity: 'error' } });
  });

  it('skips blank lines without counting them as records', async () => {
    const records = await readAll(utf8('Name\n\nAnn\n\n\nBob\n'));
    expect(records.map((r) => [r.index, r.line])).toEqual([
      [0, 3],
      [1, 6],
    ]);
  });

  it('reads files without a header by sniffing content', async () => {
    const drafts = await readDrafts('Ann Lee,ann@example.org,+44 20 7946 0958\nBob Ray,bob@example.org,(555) 123-4567\n');
    expect(drafts[0]).toMatchObject({
      displayName: 'Ann Lee',
      emails: [{ address: 'ann@example.org' }],
      phones: [{ number: '+44 20 7946 0958' }],
    });
    expect(drafts).toHaveLength(2);
  });

  it('truncates over-long values with a warning instead of failing', async () => {
    const records = await readAll(utf8(`First Name,Email\n${'x'.repeat(1500)},a@example.org\n`));
    const record = records[0];
    expect(record?.kind).toBe('record');
    if (record?.kind !== 'record') return;
    expect(record.draft.given).toHaveLength(1000);
    expect(record.warnings.map((w) => w.reason).join()).toMatch(/cut/);
  });

  it('inspects a file for the mapping screen', async () => {
    const inspection = await inspectCsv([utf8('Prénom;Nom;Courriel;Téléphone;Société;Hobby\nÉlodie;Durand;e@example.fr;01 23 45 67 89;ACME;\nLuc;Martin;l@example.fr;;;Golf\n')], {
      previewRows: 1,
    });
    expect(inspection.layout).toMatchObject({ delimiter: ';', hasHeader: true, dialect: 'generic' });
    expect(inspection.columns.map((c) => [c.header, c.samples])).toEqual([
      ['Prénom', ['Élodie', 'Luc']],
      ['Nom', ['Durand', 'Martin']],
      ['Courriel', ['e@example.fr', 'l@example.fr']],
      ['Téléphone', ['01 23 45 67 89']],
      ['Société', ['ACME']],
      ['Hobby', ['Golf']],
    ]);
    expect(inspection.mapping.columns.map((c) => c.target)).toEqual([
      'given',
      'family',
      'emails[].address',
      'phones[].number',
      'organizationName',
      'customFields',
    ]);
    expect(inspection.preview).toHaveLength(1);
    expect(inspection.preview[0]).toMatchObject({ kind: 'record', draft: { given: 'Élodie', organizationName: 'ACME' } });
  });

  it('matches German headers', async () => {
    const [draft] = await readDrafts('Vorname,Nachname,E-Mail-Adresse,Telefon,Firma,Straße,PLZ,Ort\nJörg,Müller,j@example.de,030 1234567,Muster GmbH,Hauptstr. 1,10115,Berlin\n');
    expect(draft).toMatchObject({
      given: 'Jörg',
      family: 'Müller',
      organizationName: 'Muster GmbH',
      emails: [{ address: 'j@example.de' }],
      phones: [{ number: '030 1234567' }],
      addresses: [{ street: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin' }],
    });
  });
});
