/**
 * A dialect's knowledge of headers: given a normalised header (see header-match.ts) and the
 * raw one, the target of that column, or null when the dialect does not know it.
 * `AUTO_GROUP` asks the mapping builder to give the column the next free group of its kind
 * (generic files have "Email", "Email 2", "Work Email", … without numbering we can trust).
 */
import type { ColumnTarget } from '../../../../shared/domain/column-mapping';

export type HeaderMatcher = (normalizedHeader: string, rawHeader: string) => ColumnTarget | null;

export const AUTO_GROUP = 0;

/** Builds a lookup matcher from `[header, target]` pairs written as the exporter spells them. */
export function tableMatcher(table: ReadonlyArray<readonly [string, ColumnTarget]>, normalize: (header: string) => string): HeaderMatcher {
  const byHeader = new Map<string, ColumnTarget>();
  for (const [header, target] of table) byHeader.set(normalize(header), target);
  return (normalizedHeader) => byHeader.get(normalizedHeader) ?? null;
}
