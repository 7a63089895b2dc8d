/**
 * The choices of the mapping table's target select, built from the ColumnMapping model
 * (shared/domain/column-mapping): every target name, in groups a person recognises, and
 * how to make a valid target object when one is chosen (keeping the group, label and
 * date order of the previous choice where they still apply).
 */
import { ColumnTargetSchema, TEXT_FIELD_TARGETS, type ColumnTarget, type ColumnTargetName } from '../../../shared/domain/column-mapping';

export type TargetCategory = 'name' | 'work' | 'contact' | 'address' | 'dates' | 'other';

export interface TargetOption {
  name: ColumnTargetName;
  category: TargetCategory;
}

const option = (category: TargetCategory, ...names: ColumnTargetName[]): TargetOption[] => names.map((name) => ({ name, category }));

export const TARGET_OPTIONS: readonly TargetOption[] = [
  ...option('name', 'prefix', 'given', 'middle', 'family', 'suffix', 'displayName', 'nickname', 'phoneticGiven', 'phoneticMiddle', 'phoneticFamily'),
  ...option('work', 'organizationName', 'title', 'department'),
  ...option(
    'contact',
    'emails[].address', 'emails[].label', 'emails[].primary',
    'phones[].number', 'phones[].label', 'phones[].primary',
    'urls[].url', 'urls[].label', 'urls[].primary',
    'ims[].handle', 'ims[].service', 'ims[].label', 'ims[].primary',
    'related[].name', 'related[].label',
  ),
  ...option(
    'address',
    'addresses[].street', 'addresses[].extended', 'addresses[].poBox', 'addresses[].city', 'addresses[].region',
    'addresses[].postalCode', 'addresses[].country', 'addresses[].formatted', 'addresses[].label', 'addresses[].primary',
  ),
  ...option('dates', 'birthday', 'birthday.year', 'birthday.month', 'birthday.day', 'anniversary', 'events[].value', 'events[].label'),
  ...option(
    'other',
    'notes', 'tags', 'favorite', 'customFields', 'customFields[].label', 'customFields[].value',
    'photo.base64', 'photo.mediaType', 'vcardUid', 'vcardExtras',
  ),
];

export const TARGET_CATEGORIES: readonly TargetCategory[] = ['name', 'work', 'contact', 'address', 'dates', 'other'];

/** A key for i18n: `emails[].address` → `emails_address`, `birthday.year` → `birthday_year`. */
export function targetKey(name: ColumnTargetName): string {
  return name.replace('[]', '').replace('.', '_');
}

/** Value targets that take a default label ("work", "home") when no label column says. */
const LABELLED: ReadonlySet<ColumnTargetName> = new Set<ColumnTargetName>([
  'emails[].address', 'phones[].number', 'urls[].url', 'ims[].handle', 'related[].name',
  'addresses[].street', 'addresses[].extended', 'addresses[].poBox', 'addresses[].city', 'addresses[].region',
  'addresses[].postalCode', 'addresses[].country', 'addresses[].formatted',
]);

export function takesLabel(name: ColumnTargetName): boolean {
  return LABELLED.has(name);
}

/** Whether the target is one part of a numbered multi-valued entry (email 2, address 1…). */
export function hasGroup(target: ColumnTarget): target is Extract<ColumnTarget, { group: number }> {
  return 'group' in target;
}

function groupOf(previous: ColumnTarget): number {
  return hasGroup(previous) ? previous.group : 1;
}

/** A valid target object for `name`, carrying over what still fits from `previous`. */
export function makeTarget(name: ColumnTargetName, header: string, previous: ColumnTarget): ColumnTarget {
  const previousLabel = 'label' in previous && previous.target !== 'customFields' ? previous.label : undefined;
  const dateOrder = 'dateOrder' in previous ? previous.dateOrder : 'mdy';
  let candidate: Record<string, unknown>;
  if (name === 'ignore' || (TEXT_FIELD_TARGETS as readonly string[]).includes(name)) candidate = { target: name };
  else if (name === 'birthday' || name === 'anniversary') candidate = { target: name, dateOrder };
  else if (name === 'events[].value') candidate = { target: name, group: groupOf(previous), dateOrder };
  else if (name === 'tags') candidate = { target: name, separator: ',', googleGroups: false };
  else if (name === 'customFields') candidate = { target: name, label: header.trim() || 'Column' };
  else if (name.includes('[]')) {
    candidate = { target: name, group: groupOf(previous) };
    if (takesLabel(name) && previousLabel) candidate.label = previousLabel;
  } else candidate = { target: name };
  const parsed = ColumnTargetSchema.safeParse(candidate);
  return parsed.success ? parsed.data : { target: 'ignore' };
}

/** `target` with one setting changed, or unchanged when the change would not be valid. */
export function withSetting(target: ColumnTarget, key: 'group' | 'label' | 'dateOrder' | 'separator', value: string | number | undefined): ColumnTarget {
  const candidate: Record<string, unknown> = { ...target, [key]: value };
  if (value === undefined || value === '') delete candidate[key];
  const parsed = ColumnTargetSchema.safeParse(candidate);
  return parsed.success ? parsed.data : target;
}
