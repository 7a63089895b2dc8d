/**
 * The visual builder's rows and the query text are two views of the same terms: rows are
 * turned into QueryTerms and written with formatQuery; text is read with parseQuery.
 */
import { DATE_FIELDS, HAS_VALUES, TEXT_FIELDS, formatQuery, parseQuery, type DateField, type HasValue, type QueryTerm, type TextField } from '../../../shared/query/parse-query';

/** 'raw': a term the builder has no row for (newer syntax); kept as written, never dropped. */
export type BuilderField = 'text' | TextField | 'has' | 'is' | DateField | 'raw';
export const BUILDER_FIELDS: readonly BuilderField[] = ['text', ...TEXT_FIELDS, 'has', 'is', ...DATE_FIELDS];

export interface BuilderRow {
  key: number;
  field: BuilderField;
  negated: boolean;
  /** Date rows only: 'older' is `>` (further back than), 'newer' is `<`. */
  comparison: 'older' | 'newer';
  value: string;
}

let nextKey = 1;

export function blankRow(): BuilderRow {
  return { key: nextKey++, field: 'tag', negated: false, comparison: 'older', value: '' };
}

export function isDateField(field: BuilderField): field is DateField {
  return (DATE_FIELDS as readonly string[]).includes(field);
}

export function rowsOfTerms(terms: readonly QueryTerm[]): BuilderRow[] {
  return terms.map((term) => {
    const base = { key: nextKey++, negated: term.negated, comparison: 'older' as const };
    switch (term.kind) {
      case 'text':
        return { ...base, field: 'text', value: term.value };
      case 'field':
        return { ...base, field: term.field, value: term.value };
      case 'has':
        return { ...base, field: 'has', value: term.value };
      case 'is':
        return { ...base, field: 'is', value: 'favorite' };
      case 'date':
        return { ...base, field: term.field, comparison: term.comparison, value: 'days' in term.value ? `${term.value.days}d` : term.value.isoDate };
      default:
        return { ...base, negated: false, field: 'raw', value: formatQuery([term]) };
    }
  });
}

/** Rows still being filled in (no value yet) are left out of the text. */
export function termsOfRows(rows: readonly BuilderRow[]): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const row of rows) {
    const value = row.value.trim();
    if (row.field === 'raw') {
      try {
        terms.push(...parseQuery(row.value));
      } catch {
        // Being edited into something not yet valid: left out until it parses.
      }
    } else if (row.field === 'is') {
      terms.push({ kind: 'is', value: 'favorite', negated: row.negated });
    } else if (!value) {
      continue;
    } else if (row.field === 'text') {
      terms.push({ kind: 'text', value, negated: row.negated });
    } else if (row.field === 'has') {
      if ((HAS_VALUES as readonly string[]).includes(value)) terms.push({ kind: 'has', value: value as HasValue, negated: row.negated });
    } else if (isDateField(row.field)) {
      const relative = /^(\d+)([dwmy])$/i.exec(value);
      const units = { d: 1, w: 7, m: 30, y: 365 } as const;
      const parsed = relative
        ? { days: Number(relative[1]) * units[(relative[2] ?? 'd').toLowerCase() as keyof typeof units] }
        : /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? { isoDate: value }
          : null;
      if (parsed) terms.push({ kind: 'date', field: row.field, comparison: row.comparison, value: parsed, negated: row.negated });
    } else {
      terms.push({ kind: 'field', field: row.field, value, negated: row.negated });
    }
  }
  return terms;
}
