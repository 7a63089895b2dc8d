/**
 * Every contact shows under some name. When the person did not type one, it is derived
 * from what is there: the name parts, then the nickname, the organization, an e-mail
 * address, a phone number.
 */
import type { ContactDraft } from '../../../shared/domain/contact';
import { foldKey } from '../../../shared/text/fold-key';

type NameSources = Pick<ContactDraft, 'prefix' | 'given' | 'middle' | 'family' | 'suffix' | 'nickname' | 'emails' | 'phones'>;

export function deriveDisplayName(draft: NameSources, organizationName: string): string {
  const fromParts = [draft.prefix, draft.given, draft.middle, draft.family, draft.suffix]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
  return (
    fromParts ||
    draft.nickname.trim() ||
    organizationName.trim() ||
    draft.emails[0]?.address.trim() ||
    draft.phones[0]?.number.trim() ||
    ''
  );
}

/** The key the list sorts by; the renderer refines order within a page with Intl.Collator. */
export function nameSortKey(displayName: string): string {
  return foldKey(displayName);
}
