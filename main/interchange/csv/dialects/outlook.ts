/**
 * Outlook CSV: the 92-column desktop export (older versions say `Business Country` instead
 * of `Business Country/Region`), Outlook.com's shorter variant, and Windows Address Book
 * files that borrow the same names. The table is the single source of truth for both
 * reading and writing (writers/outlook-columns.ts), so a Rapport-written Outlook file reads
 * back into the same fields.
 */
import type { ColumnTarget } from '../../../../shared/domain/column-mapping';
import { normalizeHeader } from '../header-match';
import { tableMatcher, type HeaderMatcher } from './header-matcher';

export const OUTLOOK_ADDRESS_BLOCKS = [
  { prefix: 'Business', label: 'work', group: 1 },
  { prefix: 'Home', label: 'home', group: 2 },
  { prefix: 'Other', label: 'other', group: 3 },
] as const;

/** Phone columns in the order Outlook writes them, with the label each stands for. */
export const OUTLOOK_PHONE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["Assistant's Phone", 'assistant'],
  ['Business Fax', 'work fax'],
  ['Business Phone', 'work'],
  ['Business Phone 2', 'work'],
  ['Callback', 'callback'],
  ['Car Phone', 'car'],
  ['Company Main Phone', 'company main'],
  ['Home Fax', 'home fax'],
  ['Home Phone', 'home'],
  ['Home Phone 2', 'home'],
  ['ISDN', 'isdn'],
  ['Mobile Phone', 'mobile'],
  ['Other Fax', 'other fax'],
  ['Other Phone', 'other'],
  ['Pager', 'pager'],
  ['Primary Phone', 'main'],
  ['Radio Phone', 'radio'],
  ['TTY/TDD Phone', 'tty'],
  ['Telex', 'telex'],
];

export const OUTLOOK_RELATED_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["Assistant's Name", 'assistant'],
  ["Manager's Name", 'manager'],
  ['Spouse', 'spouse'],
  ['Children', 'child'],
];

/** The desktop export's columns, exactly as Outlook writes them. */
export const OUTLOOK_DESKTOP_HEADERS: readonly string[] = [
  'Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title',
  'Business Street', 'Business Street 2', 'Business Street 3', 'Business City', 'Business State', 'Business Postal Code', 'Business Country/Region',
  'Home Street', 'Home Street 2', 'Home Street 3', 'Home City', 'Home State', 'Home Postal Code', 'Home Country/Region',
  'Other Street', 'Other Street 2', 'Other Street 3', 'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region',
  "Assistant's Phone", 'Business Fax', 'Business Phone', 'Business Phone 2', 'Callback', 'Car Phone', 'Company Main Phone', 'Home Fax',
  'Home Phone', 'Home Phone 2', 'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager', 'Primary Phone', 'Radio Phone', 'TTY/TDD Phone',
  'Telex', 'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday', 'Business Address PO Box', 'Categories',
  'Children', 'Directory Server', 'E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-mail 2 Address', 'E-mail 2 Type',
  'E-mail 2 Display Name', 'E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name', 'Gender', 'Government ID Number', 'Hobby',
  'Home Address PO Box', 'Initials', 'Internet Free Busy', 'Keywords', 'Language', 'Location', "Manager's Name", 'Mileage', 'Notes',
  'Office Location', 'Organizational ID Number', 'Other Address PO Box', 'Priority', 'Private', 'Profession', 'Referred By',
  'Sensitivity', 'Spouse', 'User 1', 'User 2', 'User 3', 'User 4', 'Web Page',
];

/** Columns Outlook fills with a default on every contact; only other values are worth keeping. */
const OUTLOOK_DEFAULTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['Gender', ['Unspecified']],
  ['Priority', ['Normal']],
  ['Sensitivity', ['Normal']],
  ['Private', ['False']],
]);

function buildOutlookTable(): Array<readonly [string, ColumnTarget]> {
  const table: Array<readonly [string, ColumnTarget]> = [
    ['Title', { target: 'prefix' }],
    ['First Name', { target: 'given' }],
    ['Middle Name', { target: 'middle' }],
    ['Last Name', { target: 'family' }],
    ['Suffix', { target: 'suffix' }],
    ['Nickname', { target: 'nickname' }],
    ['Name', { target: 'displayName' }],
    ['Company', { target: 'organizationName' }],
    ['Department', { target: 'department' }],
    ['Job Title', { target: 'title' }],
    ['Notes', { target: 'notes' }],
    ['Birthday', { target: 'birthday', dateOrder: 'mdy' }],
    ['Anniversary', { target: 'anniversary', dateOrder: 'mdy' }],
    ['Categories', { target: 'tags', separator: ';', googleGroups: false }],
    ['Web Page', { target: 'urls[].url', group: 1, label: '' }],
    ['Business Web Page', { target: 'urls[].url', group: 2, label: 'work' }],
    ['Personal Web Page', { target: 'urls[].url', group: 3, label: 'home' }],
    // Outlook.com
    ['Given Yomi', { target: 'phoneticGiven' }],
    ['Surname Yomi', { target: 'phoneticFamily' }],
    ['IMAddress', { target: 'ims[].handle', group: 1, label: '' }],
    ['E-mail Type', { target: 'ignore' }],
    ['E-mail Display Name', { target: 'ignore' }],
  ];
  for (const [index, suffix] of ['', ' 2', ' 3'].entries()) {
    table.push([`E-mail${suffix} Address`, { target: 'emails[].address', group: index + 1, label: '' }]);
    if (suffix) {
      table.push([`E-mail${suffix} Type`, { target: 'ignore' }]);
      table.push([`E-mail${suffix} Display Name`, { target: 'ignore' }]);
    }
  }
  for (const { prefix, label, group } of OUTLOOK_ADDRESS_BLOCKS) {
    table.push([`${prefix} Street`, { target: 'addresses[].street', group, label }]);
    table.push([`${prefix} Street 2`, { target: 'addresses[].extended', group, label }]);
    table.push([`${prefix} Street 3`, { target: 'addresses[].extended', group, label }]);
    table.push([`${prefix} City`, { target: 'addresses[].city', group, label }]);
    table.push([`${prefix} State`, { target: 'addresses[].region', group, label }]);
    table.push([`${prefix} Postal Code`, { target: 'addresses[].postalCode', group, label }]);
    table.push([`${prefix} Country/Region`, { target: 'addresses[].country', group, label }]);
    table.push([`${prefix} Country`, { target: 'addresses[].country', group, label }]);
    table.push([`${prefix} Address PO Box`, { target: 'addresses[].poBox', group, label }]);
  }
  for (const [index, [header, label]] of OUTLOOK_PHONE_COLUMNS.entries()) {
    table.push([header, { target: 'phones[].number', group: index + 1, label }]);
  }
  for (const [index, [header, label]] of OUTLOOK_RELATED_COLUMNS.entries()) {
    table.push([header, { target: 'related[].name', group: index + 1, label }]);
  }
  for (const [header, skipValues] of OUTLOOK_DEFAULTS) {
    table.push([header, { target: 'customFields', label: header, skipValues: [...skipValues] }]);
  }
  return table;
}

export const OUTLOOK_TABLE: ReadonlyArray<readonly [string, ColumnTarget]> = buildOutlookTable();

export const matchOutlookHeader: HeaderMatcher = tableMatcher(OUTLOOK_TABLE, normalizeHeader);

export function looksLikeOutlookCom(headers: ReadonlySet<string>): boolean {
  return headers.has('givenyomi') || headers.has('surnameyomi');
}

export function looksLikeOutlookDesktop(headers: ReadonlySet<string>): boolean {
  return (
    headers.has('businesscountryregion') ||
    headers.has('businesscountry') ||
    headers.has('homecountryregion') ||
    headers.has('email2address') ||
    (headers.has('emailaddress') && headers.has('emailtype'))
  );
}
