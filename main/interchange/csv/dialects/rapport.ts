/**
 * Rapport's own CSV: every ContactDraft field, headers named by their field path
 * (`given`, `emails.2.address`, `customFields.1.label`), so that export then import gives
 * the same contact. Lists are numbered column groups; tags and vCard extras, which are
 * single-line values, are one per line inside their cell.
 */
import { TEXT_FIELD_TARGETS, type ColumnTarget } from '../../../../shared/domain/column-mapping';
import type { HeaderMatcher } from './header-matcher';

export const RAPPORT_LIST_SEPARATOR = '\n';

export const RAPPORT_SCALAR_HEADERS: readonly string[] = [
  ...TEXT_FIELD_TARGETS,
  'birthday',
  'anniversary',
  'favorite',
  'tags',
  'photo.mediaType',
  'photo.base64',
  'vcardExtras',
];

/** Parts of each numbered group, in the order the writer puts them. */
export const RAPPORT_GROUP_PARTS = {
  emails: ['label', 'address', 'primary'],
  phones: ['label', 'number', 'primary'],
  addresses: ['label', 'street', 'extended', 'poBox', 'city', 'region', 'postalCode', 'country', 'primary'],
  urls: ['label', 'url', 'primary'],
  ims: ['label', 'service', 'handle', 'primary'],
  related: ['label', 'name'],
  customFields: ['label', 'value'],
} as const;
export type RapportGroupKind = keyof typeof RAPPORT_GROUP_PARTS;

function scalarTarget(header: string): ColumnTarget | null {
  if ((TEXT_FIELD_TARGETS as readonly string[]).includes(header)) return { target: header as (typeof TEXT_FIELD_TARGETS)[number] };
  switch (header) {
    case 'birthday':
    case 'anniversary':
      return { target: header, dateOrder: 'mdy' };
    case 'favorite':
      return { target: 'favorite' };
    case 'tags':
      return { target: 'tags', separator: RAPPORT_LIST_SEPARATOR, googleGroups: false };
    case 'photo.mediaType':
    case 'photo.base64':
    case 'vcardExtras':
      return { target: header };
    default:
      return null;
  }
}

export const matchRapportHeader: HeaderMatcher = (_normalized, rawHeader) => {
  const header = rawHeader.trim();
  const scalar = scalarTarget(header);
  if (scalar) return scalar;
  const numbered = /^(emails|phones|addresses|urls|ims|related|customFields)\.(\d+)\.([A-Za-z]+)$/.exec(header);
  if (!numbered) return null;
  const kind = numbered[1] as RapportGroupKind;
  const group = Number(numbered[2]);
  const part = numbered[3] ?? '';
  if (group < 1 || !(RAPPORT_GROUP_PARTS[kind] as readonly string[]).includes(part)) return null;
  if (kind === 'customFields') return { target: part === 'label' ? 'customFields[].label' : 'customFields[].value', group };
  return { target: `${kind}[].${part}`, group } as ColumnTarget;
};

export function looksLikeRapport(rawHeaders: readonly string[]): boolean {
  const headers = new Set(rawHeaders.map((header) => header.trim()));
  return headers.has('displayName') && headers.has('vcardUid') && headers.has('given');
}
