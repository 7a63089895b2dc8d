/**
 * Thunderbird's address book export. Old versions wrote no header at all, in this same
 * column order, which is why the list is kept in file order: a header-less row of 36 or 37
 * cells with an e-mail in the fifth is read with these names.
 */
import type { ColumnTarget } from '../../../../shared/domain/column-mapping';
import { normalizeHeader } from '../header-match';
import { tableMatcher, type HeaderMatcher } from './header-matcher';

export const THUNDERBIRD_HEADERS: readonly string[] = [
  'First Name', 'Last Name', 'Display Name', 'Nickname', 'Primary Email', 'Secondary Email', 'Work Phone', 'Home Phone',
  'Fax Number', 'Pager Number', 'Mobile Number', 'Home Address', 'Home Address 2', 'Home City', 'Home State', 'Home ZipCode',
  'Home Country', 'Work Address', 'Work Address 2', 'Work City', 'Work State', 'Work ZipCode', 'Work Country', 'Job Title',
  'Department', 'Organization', 'Web Page 1', 'Web Page 2', 'Birth Year', 'Birth Month', 'Birth Day', 'Custom 1', 'Custom 2',
  'Custom 3', 'Custom 4', 'Notes', 'Screen Name',
];

const ADDRESS_BLOCKS = [
  { prefix: 'Home', label: 'home', group: 1 },
  { prefix: 'Work', label: 'work', group: 2 },
] as const;

function buildThunderbirdTable(): Array<readonly [string, ColumnTarget]> {
  const table: Array<readonly [string, ColumnTarget]> = [
    ['First Name', { target: 'given' }],
    ['Last Name', { target: 'family' }],
    ['Display Name', { target: 'displayName' }],
    ['Nickname', { target: 'nickname' }],
    ['Primary Email', { target: 'emails[].address', group: 1, label: '' }],
    ['Secondary Email', { target: 'emails[].address', group: 2, label: '' }],
    ['Work Phone', { target: 'phones[].number', group: 1, label: 'work' }],
    ['Home Phone', { target: 'phones[].number', group: 2, label: 'home' }],
    ['Fax Number', { target: 'phones[].number', group: 3, label: 'fax' }],
    ['Pager Number', { target: 'phones[].number', group: 4, label: 'pager' }],
    ['Mobile Number', { target: 'phones[].number', group: 5, label: 'mobile' }],
    ['Job Title', { target: 'title' }],
    ['Department', { target: 'department' }],
    ['Organization', { target: 'organizationName' }],
    ['Web Page 1', { target: 'urls[].url', group: 1, label: 'work' }],
    ['Web Page 2', { target: 'urls[].url', group: 2, label: 'home' }],
    ['Birth Year', { target: 'birthday.year' }],
    ['Birth Month', { target: 'birthday.month' }],
    ['Birth Day', { target: 'birthday.day' }],
    ['Notes', { target: 'notes' }],
    ['Screen Name', { target: 'ims[].handle', group: 1, label: '' }],
  ];
  for (const { prefix, label, group } of ADDRESS_BLOCKS) {
    table.push([`${prefix} Address`, { target: 'addresses[].street', group, label }]);
    table.push([`${prefix} Address 2`, { target: 'addresses[].extended', group, label }]);
    table.push([`${prefix} City`, { target: 'addresses[].city', group, label }]);
    table.push([`${prefix} State`, { target: 'addresses[].region', group, label }]);
    table.push([`${prefix} ZipCode`, { target: 'addresses[].postalCode', group, label }]);
    table.push([`${prefix} Country`, { target: 'addresses[].country', group, label }]);
  }
  return table;
}

export const matchThunderbirdHeader: HeaderMatcher = tableMatcher(buildThunderbirdTable(), normalizeHeader);

export function looksLikeThunderbird(headers: ReadonlySet<string>): boolean {
  return headers.has('primaryemail') || (headers.has('birthyear') && headers.has('birthmonth'));
}
