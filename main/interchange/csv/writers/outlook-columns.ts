/**
 * Outlook desktop's 92-column layout, filled from the same table the reader uses
 * (dialects/outlook.ts), so what this writes reads back into the same fields. Outlook has
 * fixed slots: three e-mails, one phone per kind, three addresses (business, home, other),
 * one web page. What does not fit a slot is not written; Rapport CSV carries everything.
 */
import type { ColumnTarget } from '../../../../shared/domain/column-mapping';
import { formatOutlookDate } from '../csv-dates';
import { OUTLOOK_ADDRESS_BLOCKS, OUTLOOK_DESKTOP_HEADERS, OUTLOOK_PHONE_COLUMNS, OUTLOOK_TABLE } from '../dialects/outlook';
import { canonicalLabel } from '../labels';
import { tagNames, type CsvColumn, type ExportContact } from './export-contact';

type Address = ExportContact['addresses'][number];

/*
 * Slots are chosen by the label in Rapport's vocabulary (labels.ts), not as typed: a phone
 * labelled "Mobile" or "cell" belongs in Mobile Phone, an address labelled "Business" in the
 * Business block, just as the reader files them.
 */

/** Which phone goes to which Outlook column: the first free column of the phone's label, else "Other Phone". */
function assignPhones(contact: ExportContact): Map<string, string> {
  const byHeader = new Map<string, string>();
  for (const phone of contact.phones) {
    const phoneLabel = canonicalLabel(phone.label);
    const slot =
      OUTLOOK_PHONE_COLUMNS.find(([header, label]) => label === phoneLabel && !byHeader.has(header))?.[0] ??
      (byHeader.has('Other Phone') ? undefined : 'Other Phone');
    if (slot) byHeader.set(slot, phone.number);
  }
  return byHeader;
}

/** Business, Home and Other blocks: by label, then any unlabelled address into a free block. */
function assignAddresses(contact: ExportContact): Map<number, Address> {
  const byGroup = new Map<number, Address>();
  const leftovers: Address[] = [];
  for (const address of contact.addresses) {
    const addressLabel = canonicalLabel(address.label);
    const block = OUTLOOK_ADDRESS_BLOCKS.find(({ label, group }) => label === addressLabel && !byGroup.has(group));
    if (block) byGroup.set(block.group, address);
    else leftovers.push(address);
  }
  for (const address of leftovers) {
    const free = OUTLOOK_ADDRESS_BLOCKS.find(({ group }) => !byGroup.has(group));
    if (free) byGroup.set(free.group, address);
  }
  return byGroup;
}

const ADDRESS_PART_BY_HEADER_SUFFIX: ReadonlyArray<readonly [string, (address: Address) => string]> = [
  [' Street', (a) => a.street],
  [' Street 2', (a) => a.extended],
  [' Street 3', () => ''],
  [' City', (a) => a.city],
  [' State', (a) => a.region],
  [' Postal Code', (a) => a.postalCode],
  [' Country/Region', (a) => a.country],
  [' Address PO Box', (a) => a.poBox],
];

function cellFromTarget(header: string, target: ColumnTarget | undefined): (contact: ExportContact) => string {
  if (!target) return (contact) => contact.customFields.find((field) => field.label === header)?.value ?? '';
  switch (target.target) {
    case 'prefix':
    case 'given':
    case 'middle':
    case 'family':
    case 'suffix':
    case 'nickname':
    case 'displayName':
    case 'organizationName':
    case 'department':
    case 'title':
    case 'notes':
    case 'phoneticGiven':
    case 'phoneticFamily': {
      const field = target.target;
      return (contact) => contact[field];
    }
    case 'birthday':
    case 'anniversary': {
      const field = target.target;
      return (contact) => formatOutlookDate(contact[field]);
    }
    case 'tags':
      return (contact) => tagNames(contact).join(';');
    case 'emails[].address': {
      const index = target.group - 1;
      return (contact) => contact.emails[index]?.address ?? '';
    }
    case 'urls[].url':
      return target.group === 1 ? (contact) => contact.urls[0]?.url ?? '' : () => '';
    case 'related[].name': {
      const label = target.label;
      return (contact) => contact.related.filter((person) => canonicalLabel(person.label) === label).map((person) => person.name).join(', ');
    }
    case 'phones[].number':
      return (contact) => assignPhones(contact).get(header) ?? '';
    case 'customFields':
      return (contact) => contact.customFields.find((field) => field.label === target.label)?.value ?? '';
    default:
      break;
  }
  if ('group' in target && target.target.startsWith('addresses[]')) {
    const group = target.group;
    const block = OUTLOOK_ADDRESS_BLOCKS.find((candidate) => candidate.group === group);
    const part = ADDRESS_PART_BY_HEADER_SUFFIX.find(([suffix]) => block && header === `${block.prefix}${suffix}`)?.[1];
    return part ? (contact) => {
      const address = assignAddresses(contact).get(group);
      return address ? part(address) : '';
    } : () => '';
  }
  return () => '';
}

export function outlookColumns(): CsvColumn[] {
  const targets = new Map(OUTLOOK_TABLE.map(([header, target]) => [header, target] as const));
  return OUTLOOK_DESKTOP_HEADERS.map((header): CsvColumn => {
    if (/^E-mail( \d)? Type$/.test(header)) {
      const index = header === 'E-mail Type' ? 0 : Number(header.charAt(7)) - 1;
      return { header, cell: (contact) => (contact.emails[index] ? 'SMTP' : '') };
    }
    return { header, cell: cellFromTarget(header, targets.get(header)) };
  });
}
