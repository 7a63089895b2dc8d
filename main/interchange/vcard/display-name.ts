/**
 * The name shown for a contact when the card has no FN: the name parts, else the
 * nickname, organization, e-mail or phone. Empty only when the card has none of them.
 */
import type { ContactDraft } from '../../../shared/domain/contact';

type NameSource = Pick<
  ContactDraft,
  'displayName' | 'prefix' | 'given' | 'middle' | 'family' | 'suffix' | 'nickname' | 'organizationName'
> & { emails: ReadonlyArray<{ address: string }>; phones: ReadonlyArray<{ number: string }> };

export function deriveDisplayName(source: NameSource): string {
  if (source.displayName.trim()) return source.displayName.trim();
  const fromParts = [source.prefix, source.given, source.middle, source.family, source.suffix]
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ');
  return (
    fromParts ||
    source.nickname.trim() ||
    source.organizationName.trim() ||
    source.emails[0]?.address.trim() ||
    source.phones[0]?.number.trim() ||
    ''
  );
}
