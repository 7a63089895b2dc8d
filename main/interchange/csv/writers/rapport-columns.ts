/**
 * Rapport's own layout: every field, named by its path (dialects/rapport.ts), so an export
 * imports back as the same contact. Flags are `true` or empty; dates are ISO.
 */
import { formatPartialDate } from '../../../../shared/domain/partial-date';
import { TEXT_FIELD_TARGETS } from '../../../../shared/domain/column-mapping';
import { RAPPORT_GROUP_PARTS, RAPPORT_LIST_SEPARATOR, type RapportGroupKind } from '../dialects/rapport';
import { tagNames, type CsvColumn, type CsvShape, type ExportContact } from './export-contact';

function flag(value: boolean | undefined): string {
  return value ? 'true' : '';
}

function scalarColumns(): CsvColumn[] {
  const columns: CsvColumn[] = TEXT_FIELD_TARGETS.map((field) => ({
    header: field,
    cell: (contact: ExportContact) => (field === 'vcardUid' ? (contact.vcardUid ?? '') : contact[field]),
  }));
  columns.push(
    { header: 'birthday', cell: (c) => (c.birthday ? formatPartialDate(c.birthday) : '') },
    { header: 'anniversary', cell: (c) => (c.anniversary ? formatPartialDate(c.anniversary) : '') },
    { header: 'favorite', cell: (c) => flag(c.favorite) },
    { header: 'tags', cell: (c) => tagNames(c).join(RAPPORT_LIST_SEPARATOR) },
    { header: 'photo.mediaType', cell: (c) => c.photo?.mediaType ?? '' },
    { header: 'photo.base64', cell: (c) => c.photo?.base64 ?? '' },
    { header: 'vcardExtras', cell: (c) => c.vcardExtras.map((extra) => extra.line).join(RAPPORT_LIST_SEPARATOR) },
  );
  return columns;
}

function groupEntry(contact: ExportContact, kind: RapportGroupKind, index: number): Record<string, unknown> | undefined {
  const list: ReadonlyArray<object> = contact[kind];
  const entry = list[index];
  return entry ? (entry as Record<string, unknown>) : undefined;
}

function partText(value: unknown): string {
  if (typeof value === 'boolean') return flag(value);
  return typeof value === 'string' ? value : '';
}

export function rapportColumns(shape: CsvShape): CsvColumn[] {
  const columns = scalarColumns();
  for (const kind of Object.keys(RAPPORT_GROUP_PARTS) as RapportGroupKind[]) {
    for (let index = 0; index < shape[kind]; index++) {
      for (const part of RAPPORT_GROUP_PARTS[kind]) {
        columns.push({
          header: `${kind}.${index + 1}.${part}`,
          cell: (contact) => partText(groupEntry(contact, kind, index)?.[part]),
        });
      }
    }
  }
  return columns;
}
