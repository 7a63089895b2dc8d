/**
 * Google Contacts' current CSV layout, as Google itself writes it: `* ` before the label of
 * the primary entry, groups in `Labels` joined by ` ::: ` (with the `* myContacts` system
 * group, and `* starred` for favourites), the anniversary as an event. Google's CSV has no
 * column for instant messaging, photos or vCard extras; those are not written.
 */
import { formatPartialDate } from '../../../../shared/domain/partial-date';
import { GOOGLE_MULTI_VALUE_SEPARATOR } from '../dialects/google';
import { googleLabel } from '../labels';
import { tagNames, type CsvColumn, type CsvShape, type ExportContact } from './export-contact';

function labelCell(entry: { label: string; primary?: boolean } | undefined): string {
  if (!entry) return '';
  const label = googleLabel(entry.label);
  return entry.primary ? `* ${label}` : label;
}

function formattedAddress(address: ExportContact['addresses'][number]): string {
  const cityLine = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  return [address.street, address.extended, address.poBox, cityLine, address.country].filter(Boolean).join('\n');
}

function numbered<T>(count: number, list: (contact: ExportContact) => readonly T[], make: (n: number, item: (contact: ExportContact) => T | undefined) => CsvColumn[]): CsvColumn[] {
  return Array.from({ length: count }, (_, index) => make(index + 1, (contact) => list(contact)[index])).flat();
}

export function googleColumns(shape: CsvShape): CsvColumn[] {
  const text = (header: string, read: (contact: ExportContact) => string): CsvColumn => ({ header, cell: read });
  return [
    text('First Name', (c) => c.given),
    text('Middle Name', (c) => c.middle),
    text('Last Name', (c) => c.family),
    text('Phonetic First Name', (c) => c.phoneticGiven),
    text('Phonetic Middle Name', (c) => c.phoneticMiddle),
    text('Phonetic Last Name', (c) => c.phoneticFamily),
    text('Name Prefix', (c) => c.prefix),
    text('Name Suffix', (c) => c.suffix),
    text('Nickname', (c) => c.nickname),
    text('File As', (c) => c.displayName),
    text('Organization Name', (c) => c.organizationName),
    text('Organization Title', (c) => c.title),
    text('Organization Department', (c) => c.department),
    text('Birthday', (c) => (c.birthday ? formatPartialDate(c.birthday) : '')),
    text('Notes', (c) => c.notes),
    text('Photo', () => ''),
    text('Labels', (c) =>
      ['* myContacts', ...tagNames(c), ...(c.favorite ? ['* starred'] : [])].join(GOOGLE_MULTI_VALUE_SEPARATOR),
    ),
    ...numbered(shape.emails, (c) => c.emails, (n, email) => [
      text(`E-mail ${n} - Label`, (c) => labelCell(email(c))),
      text(`E-mail ${n} - Value`, (c) => email(c)?.address ?? ''),
    ]),
    ...numbered(shape.phones, (c) => c.phones, (n, phone) => [
      text(`Phone ${n} - Label`, (c) => labelCell(phone(c))),
      text(`Phone ${n} - Value`, (c) => phone(c)?.number ?? ''),
    ]),
    ...numbered(shape.addresses, (c) => c.addresses, (n, address) => [
      text(`Address ${n} - Label`, (c) => labelCell(address(c))),
      text(`Address ${n} - Formatted`, (c) => {
        const value = address(c);
        return value ? formattedAddress(value) : '';
      }),
      text(`Address ${n} - Street`, (c) => address(c)?.street ?? ''),
      text(`Address ${n} - City`, (c) => address(c)?.city ?? ''),
      text(`Address ${n} - PO Box`, (c) => address(c)?.poBox ?? ''),
      text(`Address ${n} - Region`, (c) => address(c)?.region ?? ''),
      text(`Address ${n} - Postal Code`, (c) => address(c)?.postalCode ?? ''),
      text(`Address ${n} - Country`, (c) => address(c)?.country ?? ''),
      text(`Address ${n} - Extended Address`, (c) => address(c)?.extended ?? ''),
    ]),
    ...numbered(shape.urls, (c) => c.urls, (n, url) => [
      text(`Website ${n} - Label`, (c) => labelCell(url(c))),
      text(`Website ${n} - Value`, (c) => url(c)?.url ?? ''),
    ]),
    text('Event 1 - Label', (c) => (c.anniversary ? 'Anniversary' : '')),
    text('Event 1 - Value', (c) => (c.anniversary ? formatPartialDate(c.anniversary) : '')),
    ...numbered(shape.related, (c) => c.related, (n, person) => [
      text(`Relation ${n} - Label`, (c) => {
        const value = person(c);
        return value ? googleLabel(value.label) : '';
      }),
      text(`Relation ${n} - Value`, (c) => person(c)?.name ?? ''),
    ]),
    ...numbered(shape.customFields, (c) => c.customFields, (n, field) => [
      text(`Custom Field ${n} - Label`, (c) => field(c)?.label ?? ''),
      text(`Custom Field ${n} - Value`, (c) => field(c)?.value ?? ''),
    ]),
  ];
}
