/**
 * Merging a server card into a contact that changed here too, field by field against the
 * card as it was at the last sync (the common point):
 *
 * - changed on one side only: that side's value;
 * - changed on both: the server's, because its change is observed now and so carries the
 *   later clock (the same last-writer-wins rule as bundles); losing free text (notes,
 *   custom fields) is kept as a conflict for the Conflicts view;
 * - no common point (a card linked to an existing contact on the first sync): the local
 *   value where there is one, the server's to fill gaps; differing notes become conflicts.
 */
import type { ContactDraft, ContactPatch } from '../../../shared/domain/contact';

const FREE_TEXT: Partial<Record<keyof ContactDraft, string>> = { notes: 'notes', customFields: 'custom_fields' };
/** Fields that name local things (an organization's id) or never come from a card. */
const SKIPPED = new Set<string>(['organizationId', 'vcardUid']);

export interface CardConflict {
  field: string;
  kept: string;
  lost: string;
}

/** Compares without the row ids Rapport gives e-mails, phones… (a card has none). */
function comparable(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => (key === 'id' ? undefined : inner)) ?? 'null';
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

export function mergeCard(base: ContactDraft | null, local: ContactDraft, server: ContactDraft): { patch: ContactPatch; conflicts: CardConflict[] } {
  const patch: Record<string, unknown> = {};
  const conflicts: CardConflict[] = [];
  for (const key of Object.keys(server) as (keyof ContactDraft)[]) {
    if (SKIPPED.has(key)) continue;
    const [l, s] = [local[key], server[key]];
    if (comparable(l) === comparable(s)) continue;
    const freeText = FREE_TEXT[key];
    if (base === null) {
      if (isEmpty(l)) patch[key] = s;
      else if (freeText && !isEmpty(s)) conflicts.push({ field: freeText, kept: asText(l), lost: asText(s) });
      continue;
    }
    const b = base[key];
    if (comparable(s) === comparable(b)) continue;
    patch[key] = s;
    if (comparable(l) !== comparable(b) && freeText && !isEmpty(l)) conflicts.push({ field: freeText, kept: asText(s), lost: asText(l) });
  }
  return { patch: patch as ContactPatch, conflicts };
}
