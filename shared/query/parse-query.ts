/**
 * The saved-search language: whitespace-separated terms, all of which must hold.
 *
 *   tag:vip org:acme city:cluj has:phone -has:email "ana maria" created<30d last-contacted>90d
 *   segment:at-risk value>1000 due:overdue
 *
 * `value>N` compares lifetime value in major units (1000 = 1000.00) in each currency on its
 * own; `segment:` is the RFM segment; `due:overdue` is an open follow-up past its time.
 * A term is `field:value`, `field>value` or `field<value`; a leading `-` negates it; a bare
 * word (or "quoted words") searches everything, as the search box does. Values may be
 * quoted: `tag:"key account"`. Pure, so the renderer's visual builder parses with it too.
 */
import { RFM_SEGMENTS, type RfmSegment } from '../domain/insights';

export const TEXT_FIELDS = ['tag', 'org', 'city', 'region', 'country', 'name', 'email', 'phone', 'title', 'notes'] as const;
export const HAS_VALUES = ['phone', 'email', 'address', 'photo', 'birthday', 'notes', 'tag', 'org', 'url'] as const;
export const IS_VALUES = ['favorite', 'favourite'] as const;
export const DATE_FIELDS = ['created', 'updated', 'last-contacted'] as const;
export const DUE_VALUES = ['overdue'] as const;

export type TextField = (typeof TEXT_FIELDS)[number];
export type HasValue = (typeof HAS_VALUES)[number];
export type DateField = (typeof DATE_FIELDS)[number];

export type QueryTerm =
  | { kind: 'text'; value: string; negated: boolean }
  | { kind: 'field'; field: TextField; value: string; negated: boolean }
  | { kind: 'has'; value: HasValue; negated: boolean }
  | { kind: 'is'; value: 'favorite'; negated: boolean }
  /** `older`: the date lies further back than `value` (created>30d = created more than 30 days ago). */
  | { kind: 'date'; field: DateField; comparison: 'older' | 'newer'; value: RelativeOrAbsoluteDate; negated: boolean }
  | { kind: 'segment'; value: RfmSegment; negated: boolean }
  /** `above`: some currency's lifetime total exceeds amount; `below`: none reaches it. */
  | { kind: 'value'; comparison: 'above' | 'below'; amount: number; negated: boolean }
  | { kind: 'due'; value: (typeof DUE_VALUES)[number]; negated: boolean };

export type RelativeOrAbsoluteDate = { days: number } | { isoDate: string };

export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

interface RawToken {
  text: string;
  position: number;
  quoted: boolean;
}

/** Splits on whitespace, keeping "quoted runs" (also after `field:`) together. */
function tokenize(query: string): RawToken[] {
  const tokens: RawToken[] = [];
  const pattern = /(-?)([\p{L}\p{N}_-]+[:<>])?"([^"]*)"?|\S+/gu;
  for (const match of query.matchAll(pattern)) {
    const [whole, minus, prefix, quotedValue] = match;
    if (quotedValue !== undefined) {
      tokens.push({ text: `${minus ?? ''}${prefix ?? ''}${quotedValue}`, position: match.index, quoted: true });
    } else {
      tokens.push({ text: whole, position: match.index, quoted: false });
    }
  }
  return tokens;
}

function parseDateValue(value: string, position: number): RelativeOrAbsoluteDate {
  const relative = /^(\d+)([dwmy])$/i.exec(value);
  if (relative) {
    const amount = Number(relative[1]);
    const unitDays = { d: 1, w: 7, m: 30, y: 365 }[relative[2]!.toLowerCase() as 'd' | 'w' | 'm' | 'y'];
    return { days: amount * unitDays };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { isoDate: value };
  throw new QuerySyntaxError(`"${value}" is not a date: write 30d, 12w, 6m, 1y or 2024-01-31`, position);
}

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const token of tokenize(query)) {
    let text = token.text;
    const negated = text.startsWith('-') && text.length > 1;
    if (negated) text = text.slice(1);
    const operator = /^([\p{L}\p{N}_-]+)([:<>])(.*)$/u.exec(text);
    if (!operator || (token.quoted && !/^[\p{L}\p{N}_-]+[:<>]/u.test(text))) {
      if (text) terms.push({ kind: 'text', value: text, negated });
      continue;
    }
    const field = operator[1]!.toLowerCase();
    const symbol = operator[2]!;
    const value = operator[3]!;
    if (!value) throw new QuerySyntaxError(`"${field}${symbol}" needs a value after it`, token.position);
    if (field === 'value') {
      if (symbol === ':') throw new QuerySyntaxError('use value>… or value<…, e.g. value>1000', token.position);
      const amount = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(amount)) throw new QuerySyntaxError(`"${value}" is not an amount: write value>1000`, token.position);
      terms.push({ kind: 'value', comparison: symbol === '>' ? 'above' : 'below', amount, negated });
    } else if (includes(DATE_FIELDS, field)) {
      if (symbol === ':') throw new QuerySyntaxError(`use ${field}>… or ${field}<…, e.g. ${field}>30d`, token.position);
      const comparison = symbol === '>' ? 'older' : 'newer';
      terms.push({ kind: 'date', field, comparison, value: parseDateValue(value, token.position), negated });
    } else if (symbol !== ':') {
      throw new QuerySyntaxError(`"${field}" cannot be compared with ${symbol}; write ${field}:value`, token.position);
    } else if (field === 'has') {
      const wanted = value.toLowerCase();
      if (!includes(HAS_VALUES, wanted)) {
        throw new QuerySyntaxError(`has:${value} is unknown; try has:${HAS_VALUES.join(', has:')}`, token.position);
      }
      terms.push({ kind: 'has', value: wanted, negated });
    } else if (field === 'segment') {
      const wanted = value.toLowerCase();
      if (!includes(RFM_SEGMENTS, wanted)) throw new QuerySyntaxError(`segment:${value} is unknown; try segment:${RFM_SEGMENTS.join(', segment:')}`, token.position);
      terms.push({ kind: 'segment', value: wanted, negated });
    } else if (field === 'due') {
      if (!includes(DUE_VALUES, value.toLowerCase())) throw new QuerySyntaxError(`due:${value} is unknown; try due:overdue`, token.position);
      terms.push({ kind: 'due', value: 'overdue', negated });
    } else if (field === 'is') {
      if (!includes(IS_VALUES, value.toLowerCase())) throw new QuerySyntaxError(`is:${value} is unknown; try is:favorite`, token.position);
      terms.push({ kind: 'is', value: 'favorite', negated });
    } else if (includes(TEXT_FIELDS, field)) {
      terms.push({ kind: 'field', field, value, negated });
    } else {
      throw new QuerySyntaxError(
        `"${field}:" is not a filter. Known: ${[...TEXT_FIELDS, 'has', 'is', 'segment', 'due', 'value', ...DATE_FIELDS].join(', ')}`,
        token.position,
      );
    }
  }
  return terms;
}

/** Writes terms back as text (the visual builder edits terms and shows this). */
export function formatQuery(terms: readonly QueryTerm[]): string {
  const quote = (value: string): string => (/[\s"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);
  return terms
    .map((term) => {
      const sign = term.negated ? '-' : '';
      switch (term.kind) {
        case 'text':
          return `${sign}${quote(term.value)}`;
        case 'field':
          return `${sign}${term.field}:${quote(term.value)}`;
        case 'has':
          return `${sign}has:${term.value}`;
        case 'is':
          return `${sign}is:favorite`;
        case 'date': {
          const value = 'days' in term.value ? `${term.value.days}d` : term.value.isoDate;
          return `${sign}${term.field}${term.comparison === 'older' ? '>' : '<'}${value}`;
        }
        case 'segment':
          return `${sign}segment:${term.value}`;
        case 'value':
          return `${sign}value${term.comparison === 'above' ? '>' : '<'}${term.amount}`;
        case 'due':
          return `${sign}due:${term.value}`;
      }
    })
    .join(' ');
}
