/**
 * Rules shared by the Google and Outlook projections (google-projection.ts,
 * outlook-projection.ts): what a third-party CSV layout does to a value on its way out and
 * back in, whoever wrote the file.
 */
import { normalizePhone } from '../../../main/core/phones';
import type { Comparable } from './comparable-contact';

export type ComparablePhone = Comparable['phones'][number];

/**
 * Phone numbers never keep a leading apostrophe in these layouts: it is either Rapport's
 * formula guard or Excel's "keep as text" marker, and the reader cannot tell which.
 * E.164 follows the number it is computed from (no default country in a fresh database).
 */
export function phoneWithNumber(phone: ComparablePhone, number: string): ComparablePhone {
  return number === phone.number ? phone : { ...phone, number, e164: normalizePhone(number, null).e164 };
}

export function withoutLeadingApostrophes(number: string): string {
  return number.replace(/^\s*'+/, '').trim();
}

/** One cell of several values joined by `separator` comes back as the cell split on it. */
export function splitCell(values: readonly string[], separator: string): string[] {
  return values
    .join(separator)
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Tags are compared without case in these layouts. Splitting a tag cell makes new tag
 * names ("a ::: B" → "a", "B"), and the database keeps one spelling per name whatever the
 * case: which spelling survives depends on which contact created it first.
 */
export function tagsWithoutCase(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.toLowerCase()))].sort();
}

/** Notes, custom values: a value of only spaces is empty to a third-party layout's reader. */
export function blankIsEmpty(value: string): string {
  return value.trim() === '' ? '' : value;
}

/**
 * The database keeps one primary entry per kind, the first one marked (child-specs.ts): a
 * label read back as primary (Google's `*`) can only win where no earlier entry is.
 */
export function singlePrimary<T extends { primary: boolean }>(items: readonly T[]): T[] {
  let seen = false;
  return items.map((item) => {
    const primary = item.primary && !seen;
    seen ||= primary;
    return { ...item, primary };
  });
}
