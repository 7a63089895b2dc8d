/**
 * One row of cells plus a ColumnMapping gives one ContactDraft. Cells are first collected
 * per target (several columns may feed one field or one numbered group), then assembled
 * into the draft's lists, then fitted to the schema's limits.
 */
import { ContactDraftSchema, type ContactDraft } from '../../../shared/domain/contact';
import type { PartialDate } from '../../../shared/domain/partial-date';
import { columnLabel } from './build-mapping';
import type { ColumnMapping, ColumnTarget, DateOrder, TextFieldTarget } from '../../../shared/domain/column-mapping';
import { parseCsvDate } from './csv-dates';
import { fitDraft, type DraftWarning } from './fit-draft';
import { restoreNeutralizedFormula, stripPhoneApostrophes } from './formula-guard';
import { unwrapStrayQuotes } from './header-match';
import { canonicalLabel, parseLabelCell } from './labels';

export interface MappedRow {
  draft: ContactDraft;
  warnings: DraftWarning[];
}

interface GroupCells {
  parts: Map<string, string[]>;
  defaultLabel: string | undefined;
  splitOn: string | undefined;
  service: string | undefined;
  dateOrder: DateOrder;
}

interface DateCell {
  text: string;
  order: DateOrder;
  header: string;
}

/** Everything read from one row, before it is shaped into a draft. */
interface CollectedRow {
  text: Map<TextFieldTarget, string[]>;
  birthday: DateCell | null;
  anniversary: DateCell | null;
  birthdayParts: { year?: string; month?: string; day?: string; header: string };
  favorite: boolean;
  tags: string[];
  customFields: Array<{ label: string; value: string }>;
  photo: { base64?: string; mediaType?: string };
  vcardExtras: string[];
  groups: Map<string, Map<number, GroupCells>>;
}

const TRUTHY = /^(true|yes|y|1|x|oui|ja|\*)$/i;
/** Values where leading and trailing spaces may mean something and are kept. */
const UNTRIMMED_TARGETS: ReadonlySet<string> = new Set(['notes', 'customFields', 'customFields[].value', 'vcardExtras']);

function isPhoneTarget(target: ColumnTarget): boolean {
  return target.target === 'phones[].number';
}

function cleanCell(cell: string, target: ColumnTarget, mapping: ColumnMapping): string {
  let value = mapping.dialect === 'generic' ? unwrapStrayQuotes(cell) : cell;
  if (mapping.formulaGuard === 'all') value = restoreNeutralizedFormula(value);
  // Rapport's own file undoes its guard exactly; a phone there may truly begin with `'`.
  if (isPhoneTarget(target) && mapping.dialect !== 'rapport') value = stripPhoneApostrophes(value);
  return UNTRIMMED_TARGETS.has(target.target) ? value : value.trim();
}

function emptyCollection(): CollectedRow {
  return {
    text: new Map(),
    birthday: null,
    anniversary: null,
    birthdayParts: { header: '' },
    favorite: false,
    tags: [],
    customFields: [],
    photo: {},
    vcardExtras: [],
    groups: new Map(),
  };
}

function groupCells(collected: CollectedRow, kind: string, group: number): GroupCells {
  let byGroup = collected.groups.get(kind);
  if (!byGroup) {
    byGroup = new Map();
    collected.groups.set(kind, byGroup);
  }
  let cells = byGroup.get(group);
  if (!cells) {
    cells = { parts: new Map(), defaultLabel: undefined, splitOn: undefined, service: undefined, dateOrder: 'mdy' };
    byGroup.set(group, cells);
  }
  return cells;
}

function splitTags(value: string, separator: string, googleGroups: boolean, collected: CollectedRow): void {
  for (const part of value.split(separator)) {
    let tag = part.trim();
    if (!tag) continue;
    if (googleGroups && tag.startsWith('* ')) {
      // Google's system groups: "starred" is a flag here, "myContacts" is every contact.
      const system = tag.slice(2).trim().toLowerCase().replace(/\s+/g, '');
      if (system === 'starred') {
        collected.favorite = true;
        continue;
      }
      if (system === 'mycontacts') continue;
      tag = tag.slice(2).trim();
    }
    if (!collected.tags.includes(tag)) collected.tags.push(tag);
  }
}

function collect(cells: readonly string[], mapping: ColumnMapping): CollectedRow {
  const collected = emptyCollection();
  cells.forEach((cell, index) => {
    const target: ColumnTarget = mapping.columns[index] ?? { target: 'customFields', label: columnLabel(mapping.headers, index) };
    if (target.target === 'ignore') return;
    const value = cleanCell(cell, target, mapping);
    // Rapport's own files keep whitespace-only notes and custom values; elsewhere blank is empty.
    if (mapping.dialect === 'rapport' && UNTRIMMED_TARGETS.has(target.target) ? value === '' : value.trim() === '') return;
    const header = columnLabel(mapping.headers, index);
    switch (target.target) {
      case 'birthday':
      case 'anniversary':
        collected[target.target] ??= { text: value, order: target.dateOrder, header };
        return;
      case 'birthday.year':
      case 'birthday.month':
      case 'birthday.day':
        collected.birthdayParts[target.target.slice('birthday.'.length) as 'year' | 'month' | 'day'] = value;
        collected.birthdayParts.header = header;
        return;
      case 'favorite':
        collected.favorite ||= TRUTHY.test(value);
        return;
      case 'tags':
        splitTags(value, target.separator, target.googleGroups, collected);
        return;
      case 'customFields':
        if (!target.skipValues?.includes(value.trim())) collected.customFields.push({ label: target.label, value });
        return;
      case 'photo.base64':
        collected.photo.base64 = value.replace(/\s+/g, '');
        return;
      case 'photo.mediaType':
        collected.photo.mediaType = value;
        return;
      case 'vcardExtras':
        collected.vcardExtras.push(...value.split('\n').filter((line) => line.trim() !== ''));
        return;
      default:
        break;
    }
    if ('group' in target) {
      const kind = target.target.slice(0, target.target.indexOf('['));
      const part = target.target.slice(target.target.indexOf('.') + 1);
      const cellsOfGroup = groupCells(collected, kind, target.group);
      cellsOfGroup.parts.set(part, [...(cellsOfGroup.parts.get(part) ?? []), value]);
      if ('label' in target && target.label !== undefined) cellsOfGroup.defaultLabel ??= target.label;
      if ('splitOn' in target && target.splitOn !== undefined) cellsOfGroup.splitOn = target.splitOn;
      if ('service' in target && target.service !== undefined) cellsOfGroup.service = target.service;
      if ('dateOrder' in target) cellsOfGroup.dateOrder = target.dateOrder;
      return;
    }
    const texts = collected.text.get(target.target) ?? [];
    texts.push(value);
    collected.text.set(target.target, texts);
  });
  return collected;
}

export function mapRow(cells: readonly string[], mapping: ColumnMapping): MappedRow {
  const collected = collect(cells, mapping);
  const warnings: DraftWarning[] = [];
  const rawLabels = mapping.dialect === 'rapport';
  const draft = assemble(collected, rawLabels, warnings);
  const fitted = fitDraft(draft);
  return { draft: fitted.draft, warnings: [...warnings, ...fitted.warnings] };
}

/** The draft for one row, as it would be stored. */
export function applyMapping(cells: readonly string[], mapping: ColumnMapping): ContactDraft {
  return mapRow(cells, mapping).draft;
}

function joinText(values: readonly string[] | undefined, field: TextFieldTarget): string {
  if (!values) return '';
  return values.join(field === 'notes' ? '\n' : ' ');
}

function readLabel(cell: string | undefined, defaultLabel: string | undefined, rawLabels: boolean): { label: string; primary: boolean } {
  if (cell === undefined) return { label: canonicalLabel(defaultLabel ?? ''), primary: false };
  return rawLabels ? { label: cell, primary: false } : parseLabelCell(cell);
}

function sortedGroups(collected: CollectedRow, kind: string): GroupCells[] {
  const byGroup = collected.groups.get(kind);
  if (!byGroup) return [];
  return [...byGroup.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells);
}

function first(cells: GroupCells, part: string): string | undefined {
  return cells.parts.get(part)?.[0];
}

/** A labelled list (emails, phones, urls): one entry per value, several per cell with splitOn. */
function labelledValues(cells: GroupCells, valuePart: string, rawLabels: boolean): Array<{ label: string; value: string; primary: boolean }> {
  const { label, primary: starred } = readLabel(first(cells, 'label'), cells.defaultLabel, rawLabels);
  const primary = starred || TRUTHY.test(first(cells, 'primary') ?? '');
  const values = (cells.parts.get(valuePart) ?? [])
    .flatMap((value) => (cells.splitOn ? value.split(cells.splitOn) : [value]))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return values.map((value, index) => ({ label, value, primary: primary && index === 0 }));
}

function parseDateCell(cell: DateCell | null, field: string, collected: CollectedRow, warnings: DraftWarning[]): PartialDate | null {
  if (!cell) return null;
  const result = parseCsvDate(cell.text, cell.order);
  if (result.kind === 'date') return result.date;
  if (result.kind === 'invalid') {
    warnings.push({ field: cell.header, reason: `"${cell.text}" is not a date Rapport understands; it was kept as a custom field` });
    collected.customFields.push({ label: cell.header || field, value: cell.text });
  }
  return null;
}

function birthdayFromParts(collected: CollectedRow, warnings: DraftWarning[]): PartialDate | null {
  const { year, month, day, header } = collected.birthdayParts;
  if (month === undefined && day === undefined && year === undefined) return null;
  const text = `${year ?? ''}-${month ?? ''}-${day ?? ''}`;
  const numbers = [year, month, day].map((part) => (part === undefined ? null : Number(part)));
  const [y, m, d] = numbers;
  const result = m && d ? parseCsvDate(`${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y ? String(y).padStart(4, '0') : '1604'}`, 'mdy') : null;
  if (result?.kind === 'date') return result.date;
  warnings.push({ field: header, reason: `birth year/month/day "${text}" is not a date; it was kept as a custom field` });
  collected.customFields.push({ label: 'Birthday', value: text });
  return null;
}

function assemble(collected: CollectedRow, rawLabels: boolean, warnings: DraftWarning[]): ContactDraft {
  const draft: ContactDraft = ContactDraftSchema.parse({});
  for (const [field, values] of collected.text) {
    if (field === 'vcardUid') draft.vcardUid = values[0] ?? null;
    else draft[field] = joinText(values, field);
  }
  draft.favorite = collected.favorite;
  draft.birthday = parseDateCell(collected.birthday, 'Birthday', collected, warnings) ?? birthdayFromParts(collected, warnings);
  draft.anniversary = parseDateCell(collected.anniversary, 'Anniversary', collected, warnings);

  for (const cells of sortedGroups(collected, 'emails')) {
    for (const { label, value, primary } of labelledValues(cells, 'address', rawLabels)) draft.emails.push({ label, address: value, primary });
  }
  for (const cells of sortedGroups(collected, 'phones')) {
    for (const { label, value, primary } of labelledValues(cells, 'number', rawLabels)) draft.phones.push({ label, number: value, primary });
  }
  for (const cells of sortedGroups(collected, 'urls')) {
    for (const { label, value, primary } of labelledValues(cells, 'url', rawLabels)) draft.urls.push({ label, url: value, primary });
  }
  for (const cells of sortedGroups(collected, 'ims')) {
    const service = first(cells, 'service') ?? cells.service ?? '';
    for (const { label, value, primary } of labelledValues(cells, 'handle', rawLabels)) draft.ims.push({ label, service, handle: value, primary });
  }
  for (const cells of sortedGroups(collected, 'related')) {
    const { label } = readLabel(first(cells, 'label'), cells.defaultLabel, rawLabels);
    const name = (cells.parts.get('name') ?? []).join(', ');
    if (name) draft.related.push({ label, name, contactId: null });
  }
  for (const cells of sortedGroups(collected, 'addresses')) {
    const part = (name: string): string => (cells.parts.get(name) ?? []).join('\n');
    const address = {
      street: part('street'),
      extended: part('extended'),
      poBox: part('poBox'),
      city: part('city'),
      region: part('region'),
      postalCode: part('postalCode'),
      country: part('country'),
    };
    const hasParts = Object.values(address).some((value) => value !== '');
    // A one-cell address is kept whole in street: splitting free text would guess wrong.
    if (!hasParts) address.street = part('formatted');
    if (!address.street && !hasParts) continue;
    const { label, primary: starred } = readLabel(first(cells, 'label'), cells.defaultLabel, rawLabels);
    draft.addresses.push({ label, ...address, primary: starred || TRUTHY.test(first(cells, 'primary') ?? '') });
  }
  for (const [index, cells] of sortedGroups(collected, 'customFields').entries()) {
    // A labelled field may be empty on purpose (Rapport writes those too).
    const value = first(cells, 'value') ?? (first(cells, 'label') !== undefined ? '' : undefined);
    if (value === undefined) continue;
    const label = first(cells, 'label')?.trim() || `Custom field ${index + 1}`;
    collected.customFields.push({ label, value });
  }
  for (const cells of sortedGroups(collected, 'events')) {
    const value = first(cells, 'value');
    if (value === undefined) continue;
    const label = (first(cells, 'label') ?? '').replace(/^\*\s*/, '').trim();
    const kind = label.toLowerCase();
    const target = kind === 'anniversary' ? 'anniversary' : kind === 'birthday' ? 'birthday' : null;
    if (target && draft[target] === null) {
      const date = parseDateCell({ text: value, order: cells.dateOrder, header: label }, label, collected, warnings);
      if (date) draft[target] = date;
    } else {
      collected.customFields.push({ label: label || 'Event', value });
    }
  }
  draft.customFields = collected.customFields;
  draft.tags = collected.tags;
  draft.vcardExtras = collected.vcardExtras.map((line) => ({ line }));
  if (collected.photo.base64) {
    draft.photo = { mediaType: collected.photo.mediaType ?? 'image/jpeg', base64: collected.photo.base64 };
  }
  return draft;
}
