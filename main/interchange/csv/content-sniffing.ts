/**
 * Files without a header row (Palm, old Thunderbird, hand-made lists): decide from the
 * cells whether the first row is data, and then what each column holds.
 */
import { customFieldTarget, type ColumnMapping, type ColumnTarget } from '../../../shared/domain/column-mapping';
import { buildMappingFromHeaders } from './build-mapping';
import { isKnownHeaderName } from './dialects/detect-dialect';
import { THUNDERBIRD_HEADERS } from './dialects/thunderbird';

const EMAIL_LIKE = /^[^\s@,;]+@[^\s@,;]+$/;
const URL_LIKE = /^(https?:\/\/|www\.)\S+$/i;

export function looksLikeEmail(value: string): boolean {
  return EMAIL_LIKE.test(value.trim());
}

/** Digits and phone punctuation only, with enough digits not to be a postal code or a count. */
export function looksLikePhone(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 20;
}

/** A first row is data when it carries an e-mail or a phone number and no known header name. */
export function firstRowLooksLikeData(cells: readonly string[]): boolean {
  const hasContactValue = cells.some((cell) => cell.includes('@') || looksLikePhone(cell));
  return hasContactValue && !cells.some(isKnownHeaderName);
}

/** Old Thunderbird wrote its usual columns without the header line. */
function looksLikeHeaderlessThunderbird(rows: ReadonlyArray<readonly string[]>): boolean {
  const first = rows[0];
  return first !== undefined && first.length >= THUNDERBIRD_HEADERS.length - 1 && first.length <= THUNDERBIRD_HEADERS.length + 1 && looksLikeEmail(first[4] ?? '');
}

type ColumnKind = 'email' | 'phone' | 'url' | 'text' | 'empty';

function classifyColumn(values: readonly string[]): ColumnKind {
  const filled = values.map((value) => value.trim()).filter((value) => value !== '');
  if (filled.length === 0) return 'empty';
  const share = (predicate: (value: string) => boolean): number => filled.filter(predicate).length / filled.length;
  if (share(looksLikeEmail) >= 0.5) return 'email';
  if (share(looksLikePhone) >= 0.5) return 'phone';
  if (share((value) => URL_LIKE.test(value)) >= 0.5) return 'url';
  return 'text';
}

/** Sample rows are all data rows here. */
export function buildMappingFromContent(rows: ReadonlyArray<readonly string[]>): ColumnMapping {
  if (looksLikeHeaderlessThunderbird(rows)) {
    return { ...buildMappingFromHeaders(THUNDERBIRD_HEADERS, 'thunderbird'), headers: [] };
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  const kinds = Array.from({ length: width }, (_, index) => classifyColumn(rows.map((row) => row[index] ?? '')));
  const textColumns = kinds.flatMap((kind, index) => (kind === 'text' ? [index] : []));
  const nameTargets = nameColumns(rows, textColumns);
  const counters = { email: 0, phone: 0, url: 0 };
  const columns = kinds.map((kind, index): ColumnTarget => {
    const label = `Column ${index + 1}`;
    switch (kind) {
      case 'email':
        return { target: 'emails[].address', group: ++counters.email, label: '' };
      case 'phone':
        return { target: 'phones[].number', group: ++counters.phone, label: '' };
      case 'url':
        return { target: 'urls[].url', group: ++counters.url, label: '' };
      case 'text':
        return nameTargets.get(index) ?? customFieldTarget(label);
      case 'empty':
        return customFieldTarget(label);
    }
  });
  return { version: 1, dialect: 'generic', headers: [], columns, formulaGuard: 'phones' };
}

/**
 * The first text column is the name. When the next two always spell it out
 * ("John Doe", "John", "Doe") they are the given and family names.
 */
function nameColumns(rows: ReadonlyArray<readonly string[]>, textColumns: readonly number[]): Map<number, ColumnTarget> {
  const names = new Map<number, ColumnTarget>();
  const [full, given, family] = textColumns;
  if (full === undefined) return names;
  names.set(full, { target: 'displayName' });
  if (given !== undefined && family !== undefined) {
    const spelledOut = rows.every((row) => {
      const whole = (row[full] ?? '').trim();
      return whole === '' || whole === `${(row[given] ?? '').trim()} ${(row[family] ?? '').trim()}`;
    });
    if (spelledOut) {
      names.set(given, { target: 'given' });
      names.set(family, { target: 'family' });
    }
  }
  return names;
}
