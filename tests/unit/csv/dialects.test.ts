import { describe, expect, it } from 'vitest';
import { ColumnMappingSchema, applyMapping, buildMappingFromHeaders, detectCsvLayout, inspectCsv } from '../../../main/interchange/csv';
import { readAll, readDrafts, utf8 } from './helpers';

const GOOGLE_HEADER =
  'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Event 1 - Label,Event 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value';

const OUTLOOK_HEADER = 'Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business City,Business Country,Home Phone,Mobile Phone,Anniversary,Birthday,Categories,E-mail Address,E-mail Type,Notes,Priority,Sensitivity,Hobby';

describe('dialect detection', () => {
  const layoutOf = (header: string) => detectCsvLayout(utf8(`${header}\n`)).dialect;
  it('recognises each exporter from its header', () => {
    expect(layoutOf(GOOGLE_HEADER)).toBe('google');
    expect(layoutOf('Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value')).toBe('google-legacy');
    expect(layoutOf(OUTLOOK_HEADER)).toBe('outlook');
    expect(layoutOf('First Name,Last Name,Business Country/Region')).toBe('outlook');
    expect(layoutOf('First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address')).toBe('outlook-com');
    expect(layoutOf('First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Birth Year,Birth Month,Birth Day')).toBe('thunderbird');
    expect(layoutOf('Full name,Email,Phone')).toBe('generic');
  });

  it('matches headers whatever their case, spacing or punctuation', () => {
    const mapping = buildMappingFromHeaders(['E-MAIL 1 - value', 'e mail 1 label', 'first_name'], 'google');
    expect(mapping.columns.map((c) => c.target)).toEqual(['emails[].address', 'emails[].label', 'given']);
  });
});

describe('Google Contacts CSV', () => {
  const row =
    'Ana,,Popescu,,,,,,,Ana Popescu,Firma SRL,Director,Vânzări,1985-03-14,"Met at the fair\nCall in May",,* myContacts ::: Clients ::: * starred ::: VIP,* Work,ana@firma.ro ::: ana.p@firma.ro,Home,ana@example.ro,Mobile,\'+40 721 000 000,Home,"Str. Lungă 5\nBrașov",Str. Lungă 5,Brașov,,BV,500001,România,,Anniversary,--06-21,Shoe size,38';

  it('splits ::: cells, marks the * primary, turns Labels into tags and starred into favourite', async () => {
    const [draft] = await readDrafts(`\uFEFF${GOOGLE_HEADER}\r\n${row}\r\n`);
    expect(draft).toMatchObject({
      given: 'Ana',
      family: 'Popescu',
      displayName: 'Ana Popescu',
      organizationName: 'Firma SRL',
      title: 'Director',
      department: 'Vânzări',
      birthday: { year: 1985, month: 3, day: 14 },
      anniversary: { year: null, month: 6, day: 21 },
      notes: 'Met at the fair\nCall in May',
      favorite: true,
      tags: ['Clients', 'VIP'],
      emails: [
        { label: 'work', address: 'ana@firma.ro', primary: true },
        { label: 'work', address: 'ana.p@firma.ro', primary: false },
        { label: 'home', address: 'ana@example.ro', primary: false },
      ],
      phones: [{ label: 'mobile', number: '+40 721 000 000' }],
      addresses: [{ label: 'home', street: 'Str. Lungă 5', city: 'Brașov', region: 'BV', postalCode: '500001', country: 'România' }],
      customFields: [{ label: 'Shoe size', value: '38' }],
    });
  });

  it('uses the formatted address only when the parts are empty', async () => {
    const header = 'First Name,Address 1 - Label,Address 1 - Formatted,Address 1 - Street';
    const [draft] = await readDrafts(`${header}\nAna,Work,"1 Main St\nSpringfield",\n`);
    expect(draft?.addresses[0]).toMatchObject({ label: 'work', street: '1 Main St\nSpringfield', city: '' });
  });

  it('reads the legacy layout with Type columns and Group Membership', async () => {
    const header = 'Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name';
    const [draft] = await readDrafts(`${header}\nIvan Petrov,Ivan,Petrov,* My Contacts ::: Друзья,* Home,ivan@example.ru,Mobile,+7 900 000-00-00,ООО Ромашка\n`);
    expect(draft).toMatchObject({
      displayName: 'Ivan Petrov',
      tags: ['Друзья'],
      emails: [{ label: 'home', address: 'ivan@example.ru', primary: true }],
      phones: [{ label: 'mobile', number: '+7 900 000-00-00', primary: false }],
      organizationName: 'ООО Ромашка',
    });
  });
});

describe('Outlook CSV', () => {
  it('reads M/D/YYYY dates, 0/0/00 as empty, ; between categories, and drops default values', async () => {
    const text = `${OUTLOOK_HEADER}\r\nMr.,John,,Smith,,Contoso,Sales,Manager,1 Way,Redmond,USA,555-0100,555-0101,0/0/00,3/14/1985,Clients;Golf; VIP,john@contoso.com,SMTP,,Normal,Normal,Chess\r\n`;
    const [draft] = await readDrafts(text);
    expect(draft).toMatchObject({
      prefix: 'Mr.',
      given: 'John',
      family: 'Smith',
      organizationName: 'Contoso',
      department: 'Sales',
      title: 'Manager',
      birthday: { year: 1985, month: 3, day: 14 },
      anniversary: null,
      tags: ['Clients', 'Golf', 'VIP'],
      emails: [{ address: 'john@contoso.com', label: '' }],
      phones: [
        { label: 'home', number: '555-0100' },
        { label: 'mobile', number: '555-0101' },
      ],
      addresses: [{ label: 'work', street: '1 Way', city: 'Redmond', country: 'USA' }],
      customFields: [{ label: 'Hobby', value: 'Chess' }],
    });
  });

  it('reads day-first dates when the first number cannot be a month, and 1604 as no year', async () => {
    const [draft] = await readDrafts(`${OUTLOOK_HEADER}\nMs.,Jane,,Doe,,,,,,,,,,6/21/1604,25/12/1990,,,,,,,\n`);
    expect(draft?.anniversary).toEqual({ year: null, month: 6, day: 21 });
    expect(draft?.birthday).toEqual({ year: 1990, month: 12, day: 25 });
  });

  it('keeps an unreadable date as a custom field with a warning', async () => {
    const records = await readAll(utf8('Name,Birthday\nAnn,sometime in May\n'));
    const record = records[0];
    expect(record?.kind === 'record' && record.draft.customFields).toEqual([{ label: 'Birthday', value: 'sometime in May' }]);
    expect(record?.kind === 'record' && record.warnings[0]?.field).toBe('Birthday');
  });
});

describe('Thunderbird CSV', () => {
  it('builds the birthday from Birth Year/Month/Day, with or without the year', async () => {
    const header = 'First Name,Last Name,Display Name,Primary Email,Birth Year,Birth Month,Birth Day';
    const drafts = await readDrafts(`${header}\nJana,Nováková,Jana Nováková,jana@example.cz,1980,2,29\nPetr,Novák,,petr@example.cz,,7,4\n`);
    expect(drafts.map((d) => d.birthday)).toEqual([
      { year: 1980, month: 2, day: 29 },
      { year: null, month: 7, day: 4 },
    ]);
  });
});

describe('mapping API', () => {
  it('is plain JSON that survives a round trip through the schema', async () => {
    const inspection = await inspectCsv([utf8(`${GOOGLE_HEADER}\n`)]);
    const stored = JSON.parse(JSON.stringify(inspection.mapping)) as unknown;
    expect(ColumnMappingSchema.parse(stored)).toEqual(inspection.mapping);
  });

  it('applies a hand-made mapping; unmapped cells become custom fields named by the header', () => {
    const mapping = ColumnMappingSchema.parse({
      version: 1,
      dialect: 'generic',
      headers: ['Who', 'Mail', 'Tel', 'Team', 'Skip'],
      columns: [
        { target: 'displayName' },
        { target: 'emails[].address', group: 1, label: 'work' },
        { target: 'phones[].number', group: 1, label: 'mobile' },
        { target: 'customFields', label: 'Team' },
        { target: 'ignore' },
      ],
    });
    const draft = applyMapping(['Ли Вэй', 'li@example.cn', "'+86 10 1234 5678", 'Blue', 'x', 'extra'], mapping);
    expect(draft).toMatchObject({
      displayName: 'Ли Вэй',
      emails: [{ label: 'work', address: 'li@example.cn' }],
      phones: [{ label: 'mobile', number: '+86 10 1234 5678' }],
      customFields: [
        { label: 'Team', value: 'Blue' },
        { label: 'Column 6', value: 'extra' },
      ],
    });
  });

  it('accepts a dialect name to force the mapping', async () => {
    const drafts = await readDrafts('Name,Labels\nAnn,* myContacts ::: Team\n', { mapping: 'google' });
    expect(drafts[0]?.tags).toEqual(['Team']);
  });
});
