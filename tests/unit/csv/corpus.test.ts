import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContactDraft } from '../../../shared/domain/contact';
import { detectCsvLayout } from '../../../main/interchange/csv';
import type { ReaderOutput } from '../../../main/interchange/record';
import { corpusDir } from '../../support/paths';
import { chunked, readAll } from './helpers';

const csvDir = path.join(corpusDir, 'csv');
const files = readdirSync(csvDir).filter((name) => name.endsWith('.csv'));

const load = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(csvDir, name)));

async function read(name: string): Promise<{ records: ReaderOutput[]; drafts: ContactDraft[] }> {
  const records = await readAll(load(name), { fileName: name });
  return { records, drafts: records.flatMap((record) => (record.kind === 'record' ? [record.draft] : [])) };
}

describe('CSV corpus', () => {
  it('has the 21 files', () => {
    expect(files).toHaveLength(21);
  });

  it.each(files)('%s reads without throwing, whole or in 13-byte chunks, with the same result', async (name) => {
    const whole = await readAll(load(name), { fileName: name });
    const pieces = await readAll(chunked(load(name), 13), { fileName: name });
    expect(pieces).toEqual(whole);
    for (const record of whole) {
      expect(record.line).toBeGreaterThan(0);
      if (record.kind === 'failed') expect(record.issue.file).toBe(name);
    }
  });

  it('comm-central basic Thunderbird export', async () => {
    const { drafts } = await read('comm-central__basic_csv_addressbook.csv');
    expect(detectCsvLayout(load('comm-central__basic_csv_addressbook.csv')).dialect).toBe('thunderbird');
    expect(drafts.map((d) => [d.given, d.family, d.displayName, d.emails.map((e) => e.address)])).toEqual([
      ['John', 'Doe', 'John Doe', ['john@doe.invalid']],
      ['Jane', 'Doe', 'Jane Doe', ['jane@doe.invalid']],
    ]);
  });

  it('comm-central browser import (CRLF, Name/Email)', async () => {
    const { drafts } = await read('comm-central__browser_import.csv');
    expect(drafts.map((d) => [d.displayName, d.emails[0]?.address])).toEqual([['contact number one', 'contact1@invalid']]);
  });

  it('comm-central file without a header', async () => {
    const name = 'comm-central__csv_no_header.csv';
    expect(detectCsvLayout(load(name)).hasHeader).toBe(false);
    const { records, drafts } = await read(name);
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(drafts.map((d) => [d.displayName, d.given, d.family, d.emails[0]?.address])).toEqual([
      ['John Doe', 'John', 'Doe', 'john@doe.invalid'],
      ['Jane Doe', 'Jane', 'Doe', 'jane@doe.invalid'],
    ]);
  });

  it('comm-central semicolon file', async () => {
    const name = 'comm-central__csv_semicolon.csv';
    expect(detectCsvLayout(load(name)).delimiter).toBe(';');
    const { drafts } = await read(name);
    expect(drafts.map((d) => [d.displayName, d.emails[0]?.address])).toEqual([
      ['John Doe', 'john@doe.invalid'],
      ['Jane Doe', 'jane@doe.invalid'],
    ]);
  });

  it('comm-central file mixing comma and tab rows', async () => {
    const { drafts } = await read('comm-central__tab_comma_mixed.csv');
    expect(drafts.map((d) => d.emails.map((e) => e.address))).toEqual([
      ['1@host.invalid'],
      ['2@host.invalid'],
      ['3@host.invalid'],
      ['4@host.invalid'],
    ]);
  });

  it('horde old Gmail export: quoted company with a comma, Section columns', async () => {
    const { drafts } = await read('horde-data__Gmail.csv');
    expect(drafts).toHaveLength(2);
    expect(drafts[0]).toMatchObject({
      displayName: 'John Doe',
      organizationName: 'Example, Corp.',
      emails: [{ address: 'john@example.com' }, { address: 'john.doe@example.com' }],
    });
    expect(drafts[0]?.phones.map((p) => p.label)).toEqual(['', 'mobile', 'pager', 'fax']);
    expect(drafts[1]?.displayName).toBe('Jeniffer Doe');
  });

  it('horde KMail export', async () => {
    const { drafts } = await read('horde-data__KMail.csv');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      displayName: 'Firman',
      nickname: 'firman',
      organizationName: 'Foo',
      emails: [{ address: 'firman@php.net' }],
      urls: [{ url: 'http://php.hm/~firman' }],
      notes: "It's a notes.",
    });
    expect(drafts[0]?.addresses.map((a) => [a.label, a.street, a.postalCode, a.country])).toEqual([
      ['home', 'Foo Street', '99999', 'Indonesia'],
      ['work', 'Foo Street', '99999', 'Indonesia'],
    ]);
  });

  it('horde Palm export without a header', async () => {
    const name = 'horde-data__Palm.csv';
    expect(detectCsvLayout(load(name)).hasHeader).toBe(false);
    const { drafts } = await read(name);
    expect(drafts.map((d) => [d.displayName, d.emails[0]?.address, d.phones.map((p) => p.number)])).toEqual([
      ['Shumway1', 'Gordon!@usa.com', ['408-555-1254', '408-555-1255', '408-555-1256', '408-555-1257']],
      ['Shumway2', 'Gordon2@usa.com', ['405-555-1234', '408-555-1235', '408-555-1236', '408-555-1237']],
    ]);
  });

  it('horde old Thunderbird export without a header is read in Thunderbird column order', async () => {
    const name = 'horde-data__Thunderbird.csv';
    expect(detectCsvLayout(load(name))).toMatchObject({ hasHeader: false, dialect: 'thunderbird' });
    const { drafts } = await read(name);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      given: 'Firman',
      family: 'Wandayandi',
      displayName: 'Firman Wandayandi',
      title: 'Web Developer',
      department: 'Foo Net',
      organizationName: 'Foo',
      notes: "It's a notes.",
      emails: [{ address: 'firman@php.net' }],
      urls: [{ label: 'home', url: 'http://php.hm/~firman' }],
    });
    expect(drafts[0]?.phones.map((p) => [p.label, p.number])).toEqual([
      ['work', '99999999'],
      ['home', '99999999'],
      ['fax', '99999999'],
      ['pager', '99999999'],
      ['mobile', '999999999'],
    ]);
  });

  it('horde Windows Address Book export with a multi-line note', async () => {
    const { drafts } = await read('horde-data__WAB.csv');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      given: 'Firman',
      family: 'Wandayandi',
      displayName: 'Firman Wandayandi',
      notes: "It's\nmultiline\nmemo.",
      emails: [{ address: 'firman@php.net' }],
    });
    expect(drafts[0]?.addresses.map((a) => [a.label, a.city, a.country])).toEqual([
      ['work', 'Bandung', 'Indonesia'],
      ['home', 'Bandung', 'Indonesia'],
    ]);
  });

  it('horde ragged rows with a space after each comma', async () => {
    const { records, drafts } = await read('horde-data__getcsv_001.csv');
    expect(records.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(drafts.map((d) => d.customFields.map((f) => f.value))).toEqual([
      ['Field 2-1', 'Field 2-2', 'Field 2-3'],
      ['Field 3-1', 'Field 3-2'],
      ['Field 4-1'],
    ]);
    expect(drafts[0]?.customFields[1]?.label).toBe('Field 1-2');
  });

  it('horde full Outlook export: an address with comma and newline, defaults dropped', async () => {
    const name = 'horde-data__getcsv_bug_6372.csv';
    expect(detectCsvLayout(load(name)).dialect).toBe('outlook');
    const { records, drafts } = await read(name);
    expect(records).toHaveLength(1);
    expect(drafts[0]?.addresses).toMatchObject([{ label: 'work', street: '123, 12th Floor,\nMain Street' }]);
    expect(drafts[0]?.customFields).toEqual([]);
    expect(drafts[0]?.birthday).toBeNull();
  });

  it('horde rows of varying length', async () => {
    const { drafts } = await read('horde-data__getcsv_columns1.csv');
    expect(drafts.map((d) => d.customFields.map((f) => `${f.label}=${f.value}`))).toEqual([
      ['one=four', 'two=five'],
      ['one=six', 'two=seven', 'three=eight'],
      ['one=nine', 'two=ten', 'three=eleven', 'Column 4=twelve'],
    ]);
  });

  it('horde quoted fields spanning lines', async () => {
    const { records, drafts } = await read('horde-data__getcsv_multiline1.csv');
    expect(records.map((r) => r.line)).toEqual([3, 5, 7]);
    expect(drafts[0]?.customFields.map((f) => f.value)).toEqual(['five', 'six\nseven', 'eight']);
    expect(drafts[2]?.customFields[2]).toEqual({ label: 'three\nfour', value: 'three\n four' });
  });

  it('horde doubled quotes', async () => {
    const { drafts } = await read('horde-data__getcsv_quote7.csv');
    expect(drafts[0]?.customFields.map((f) => f.value)).toEqual(['four', 'five"six', 'seven\n"eight"']);
  });

  it('horde CR-only file', async () => {
    const { records, drafts } = await read('horde-data__getcsv_simple_cr.csv');
    expect(records.map((r) => r.line)).toEqual([2]);
    expect(drafts[0]?.customFields).toEqual([
      { label: 'one', value: 'four' },
      { label: 'two', value: 'five' },
      { label: 'three', value: 'six' },
    ]);
  });

  it('roundcube export with every field (BOM, Title + Job Title, day-first dates)', async () => {
    const { drafts } = await read('roundcube__all.csv');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      prefix: 'Prefix',
      given: 'First Name',
      middle: 'Middle Name',
      family: 'Last Name',
      displayName: 'Display Name',
      organizationName: 'Company',
      title: 'Job Title',
      birthday: { year: 1991, month: 1, day: 20 },
      anniversary: { year: 1992, month: 2, day: 20 },
      tags: ['test'],
    });
    expect(drafts[0]?.emails.map((e) => [e.label, e.address])).toEqual([
      ['home', 'home@example.com'],
      ['work', 'work@example.com'],
      ['other', 'other@example.com'],
    ]);
    expect(drafts[0]?.ims.map((im) => im.service)).toEqual(['aim', 'icq', 'xmpp', 'msn', 'skype', 'yahoo']);
  });

  it('roundcube single-column e-mail list', async () => {
    const { drafts } = await read('roundcube__email.csv');
    expect(drafts.map((d) => d.emails[0]?.address)).toEqual(['test1@domain.tld', 'test2@domain.tld', 'test3@domain.tld', 'test4@domain.tld']);
  });

  it('roundcube legacy Google export', async () => {
    const name = 'roundcube__gmail.csv';
    expect(detectCsvLayout(load(name)).dialect).toBe('google-legacy');
    const { drafts } = await read(name);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      displayName: 'Prefix Firstname Middle Lastname Suffix',
      given: 'Firstname',
      middle: 'Middle',
      family: 'Lastname',
      nickname: 'nick',
      birthday: { year: 1975, month: 12, day: 12 },
      notes: 'note"note',
      tags: ['Test'],
      organizationName: 'company',
      title: 'jobtitle',
      related: [{ label: 'spouse', name: 'spouse' }],
    });
    expect(drafts[0]?.emails.map((e) => [e.label, e.address, e.primary])).toEqual([
      ['home', 'home@aaa.pl', true],
      ['work', 'work@email.pl', false],
      ['', 'unknown@email.com', false],
      ['other', 'other@email.com', false],
    ]);
    expect(drafts[0]?.phones.map((p) => p.label)).toEqual(['pager', 'main', 'home', 'home fax', 'mobile', 'work', 'work fax']);
    expect(drafts[0]?.addresses.map((a) => [a.label, a.street, a.city, a.poBox, a.postalCode])).toEqual([
      ['home', 'home_street', 'home_city', 'home_pobox', 'home_zip'],
      ['work', 'work_street', 'work_city', '', 'work_zip'],
    ]);
  });

  it('roundcube Outlook e-mail columns', async () => {
    const { drafts } = await read('roundcube__outlook.csv');
    expect(drafts.map((d) => d.emails.map((e) => e.address))).toEqual([['test1@domain.tld', 'test2@domain.tld', 'test3@domain.tld']]);
  });

  it('roundcube Thunderbird export', async () => {
    const { drafts } = await read('roundcube__tb_plain.csv');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      given: 'Firstname',
      family: 'Lastname',
      displayName: 'Displayname',
      nickname: 'Nick',
      birthday: { year: 1970, month: 11, day: 15 },
      emails: [{ address: 'test@domain.tld' }, { address: 'next@domain.tld' }],
    });
    expect(drafts[0]?.addresses.map((a) => [a.label, a.city, a.country])).toEqual([
      ['home', 'City', 'USA'],
      ['work', 'Wcity', 'Poland'],
    ]);
  });
});
