/**
 * Planted duplicates: a second card for an earlier person, changed the ways real
 * duplicates differ (spelling, formatting, missing fields), with one shared piece of
 * evidence (an e-mail, a phone or the full name) the way a person would recognise them.
 */
import type { ContactDraftInput } from '../../shared/domain/contact';
import { formatPhone, type Person } from './make-person';
import { Random } from './random';

export type VariantKind = 'accents-and-case' | 'phone-format' | 'typo' | 'reordered' | 'initial-only';
export const VARIANT_KINDS: readonly VariantKind[] = ['accents-and-case', 'phone-format', 'typo', 'reordered', 'initial-only'];

const stripMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Swaps two neighbouring letters of a Latin name, or doubles one: the usual slip. */
function typo(text: string, random: Random): string {
  if (text.length < 4) return `${text}${text.at(-1) ?? ''}`;
  const at = random.int(1, text.length - 3);
  return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
}

export function plantDuplicate(original: Person, kind: VariantKind, seed: number): ContactDraftInput {
  const random = new Random(seed ^ Math.imul(original.index + 7, 0x85ebca6b));
  const source = original.draft;
  const emails = source.emails ?? [];
  const phones = source.phones ?? [];
  const base: ContactDraftInput = { given: source.given ?? '', family: source.family ?? '', displayName: source.displayName ?? '' };
  switch (kind) {
    case 'accents-and-case':
      return {
        ...base,
        given: stripMarks(base.given ?? '').toUpperCase(),
        family: stripMarks(base.family ?? '').toUpperCase(),
        displayName: base.displayName ? stripMarks(base.displayName) : '',
        emails: emails.slice(0, 1).map((email) => ({ ...email, address: email.address.toUpperCase() })),
        organizationName: source.organizationName ?? '',
      };
    case 'phone-format': {
      const national = original.nationalNumbers[0]!;
      return {
        ...base,
        phones: [{ label: 'mobile', number: formatPhone(original.pool.countryCode, national, original.index + 1 + random.int(0, 2)) }],
        addresses: source.addresses ?? [],
      };
    }
    case 'typo':
      return {
        ...base,
        family: original.pool.script === 'latin' ? typo(base.family ?? '', random) : base.family ?? '',
        given: original.pool.script === 'latin' ? base.given ?? '' : `${base.given ?? ''}`,
        emails: emails.slice(-1),
        title: source.title ?? '',
      };
    case 'reordered':
      return {
        // "Family, Given" typed into a single name field, as CSV exports from old phones do.
        displayName: `${source.family ?? ''}, ${source.given ?? ''}`,
        given: source.given ?? '',
        family: source.family ?? '',
        phones: phones.slice(0, 1).map((phone) => ({ ...phone, number: phone.number.replace(/\D/g, '') })),
      };
    case 'initial-only':
      return {
        ...base,
        given: `${[...(base.given ?? '')][0] ?? ''}.`,
        displayName: '',
        emails: emails.slice(0, 1),
        phones: phones.slice(0, 1),
      };
  }
}
