/**
 * Which stored contact an incoming card is "the same person" as, for the import's
 * duplicate policy. UID, e-mail and phone matches are certain. A similar name alone is
 * trusted only for a card with no e-mail and no phone: a card that has them and matched
 * none is a different person who happens to share a name.
 */
import type Database from 'better-sqlite3';
import type { ContactDraft } from '../../../shared/domain/contact';
import { findMatchesForDraft } from '../../core/duplicates/find-matches-for-draft';

export interface ExistingMatch {
  contactId: string;
  rule: 'uid' | 'email' | 'phone' | 'name';
}

export function matchExistingContact(db: Database.Database, draft: ContactDraft, defaultCountry: string | null): ExistingMatch | null {
  const [best] = findMatchesForDraft(db, draft, { defaultCountry, firstCertainOnly: true });
  if (!best) return null;
  if (best.rule === 'name' && (draft.emails.length > 0 || draft.phones.length > 0)) return null;
  return { contactId: best.contactId, rule: best.rule };
}
