/**
 * Google Contacts CSV, both layouts. The current one (2020-) says `E-mail 1 - Label` and
 * `Labels`; the legacy one (2012-2020) says `E-mail 1 - Type` and `Group Membership`.
 * Numbered groups repeat as far as the data needs, so they are matched by pattern.
 * Several values in one cell are joined by ` ::: `.
 */
import type { ColumnTarget } from '../../../../shared/domain/column-mapping';
import { AUTO_GROUP, type HeaderMatcher } from './header-matcher';

export const GOOGLE_MULTI_VALUE_SEPARATOR = ' ::: ';

const SCALARS: ReadonlyMap<string, ColumnTarget> = new Map<string, ColumnTarget>([
  // current
  ['firstname', { target: 'given' }],
  ['middlename', { target: 'middle' }],
  ['lastname', { target: 'family' }],
  ['phoneticfirstname', { target: 'phoneticGiven' }],
  ['phoneticmiddlename', { target: 'phoneticMiddle' }],
  ['phoneticlastname', { target: 'phoneticFamily' }],
  ['fileas', { target: 'displayName' }],
  ['organizationname', { target: 'organizationName' }],
  ['organizationtitle', { target: 'title' }],
  ['organizationdepartment', { target: 'department' }],
  ['labels', { target: 'tags', separator: GOOGLE_MULTI_VALUE_SEPARATOR, googleGroups: true }],
  // legacy
  ['name', { target: 'displayName' }],
  ['givenname', { target: 'given' }],
  ['additionalname', { target: 'middle' }],
  ['familyname', { target: 'family' }],
  ['givennameyomi', { target: 'phoneticGiven' }],
  ['additionalnameyomi', { target: 'phoneticMiddle' }],
  ['familynameyomi', { target: 'phoneticFamily' }],
  ['groupmembership', { target: 'tags', separator: GOOGLE_MULTI_VALUE_SEPARATOR, googleGroups: true }],
  // both
  ['nameprefix', { target: 'prefix' }],
  ['namesuffix', { target: 'suffix' }],
  ['nickname', { target: 'nickname' }],
  ['birthday', { target: 'birthday', dateOrder: 'mdy' }],
  ['notes', { target: 'notes' }],
  // A URL on Google's servers: not the picture, and useless offline.
  ['photo', { target: 'ignore' }],
]);

/** `email1value`, `address2postalcode`, `organization1title`: kind, group number, part. */
const NUMBERED = /^(email|phone|address|website|event|relation|customfield|im|organization)(\d+)([a-z]+)$/;

const ADDRESS_PARTS: ReadonlyMap<string, ColumnTarget['target']> = new Map([
  ['street', 'addresses[].street'],
  ['extendedaddress', 'addresses[].extended'],
  ['pobox', 'addresses[].poBox'],
  ['city', 'addresses[].city'],
  ['region', 'addresses[].region'],
  ['postalcode', 'addresses[].postalCode'],
  ['country', 'addresses[].country'],
  ['formatted', 'addresses[].formatted'],
]);

function matchNumbered(kind: string, group: number, part: string): ColumnTarget | null {
  const isLabel = part === 'label' || part === 'type';
  const splitOn = GOOGLE_MULTI_VALUE_SEPARATOR;
  switch (kind) {
    case 'email':
      return isLabel ? { target: 'emails[].label', group } : part === 'value' ? { target: 'emails[].address', group, splitOn } : null;
    case 'phone':
      return isLabel ? { target: 'phones[].label', group } : part === 'value' ? { target: 'phones[].number', group, splitOn } : null;
    case 'website':
      return isLabel ? { target: 'urls[].label', group } : part === 'value' ? { target: 'urls[].url', group, splitOn } : null;
    case 'relation':
      return isLabel ? { target: 'related[].label', group } : part === 'value' ? { target: 'related[].name', group } : null;
    case 'event':
      return isLabel ? { target: 'events[].label', group } : part === 'value' ? { target: 'events[].value', group, dateOrder: 'mdy' } : null;
    case 'customfield':
      return isLabel ? { target: 'customFields[].label', group } : part === 'value' ? { target: 'customFields[].value', group } : null;
    case 'im':
      if (isLabel) return { target: 'ims[].label', group };
      if (part === 'service') return { target: 'ims[].service', group };
      return part === 'value' ? { target: 'ims[].handle', group } : null;
    case 'address': {
      if (isLabel) return { target: 'addresses[].label', group };
      const target = ADDRESS_PARTS.get(part);
      return target ? ({ target, group } as ColumnTarget) : null;
    }
    case 'organization':
      // Rapport has one organization; later ones are kept as custom fields by the fallback.
      if (group !== 1) return null;
      if (part === 'name') return { target: 'organizationName' };
      if (part === 'title') return { target: 'title' };
      if (part === 'department') return { target: 'department' };
      if (part === 'type') return { target: 'ignore' };
      return null;
    default:
      return null;
  }
}

export const matchGoogleHeader: HeaderMatcher = (normalizedHeader) => {
  const scalar = SCALARS.get(normalizedHeader);
  if (scalar) return scalar;
  const numbered = NUMBERED.exec(normalizedHeader);
  if (!numbered) return null;
  return matchNumbered(numbered[1] ?? '', Number(numbered[2]) || AUTO_GROUP, numbered[3] ?? '');
};

export function looksLikeGoogleCurrent(headers: ReadonlySet<string>): boolean {
  if ([...headers].some((header) => /^(email|phone|address|website|relation|event)\d+label$/.test(header))) return true;
  return headers.has('labels') && headers.has('firstname');
}

export function looksLikeGoogleLegacy(headers: ReadonlySet<string>): boolean {
  if (headers.has('groupmembership')) return true;
  return headers.has('givenname') && [...headers].some((header) => /^(email|phone)\d+type$/.test(header));
}
