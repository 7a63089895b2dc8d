/**
 * For the importer: which existing contacts an incoming card probably is. Rules run from
 * the most certain to the least (vCard UID, e-mail, E.164 phone, name), each through an
 * index, so the importer can ask this once per card at import speed. A contact matched by
 * an earlier rule is not repeated by a later one.
 */
import type Database from 'better-sqlite3';
import type { ContactDraft } from '../../../shared/domain/contact';
import type { DraftMatch } from '../../../shared/domain/duplicates';
import { statement } from '../../db/statements';
import { normalizePhone } from '../phones';
import { nameFeatures, nameSimilarity } from './name-features';

export interface DraftMatchOptions {
  /** For normalising phones typed without a country code, as the writer would. */
  defaultCountry: string | null;
  /** Name similarity from which a name alone counts as a match. */
  nameThreshold?: number;
  /** Stop at the first certain match (UID, e-mail, phone): the importer needs one, not all. */
  firstCertainOnly?: boolean;
}

/** Shorter numbers (extensions, short codes) are not evidence of the same person. */
const MIN_MATCH_DIGITS = 6;

type DraftFields = Pick<ContactDraft, 'vcardUid' | 'emails' | 'phones' | 'given' | 'family' | 'displayName' | 'nickname'>;

const DEFAULT_NAME_THRESHOLD = 0.92;
/** Name candidates read from the full-text index per word; enough for any real surname. */
const NAME_CANDIDATES = 200;
const PREFIX_LETTERS = 4;

interface NameCandidate {
  id: string;
  given: string;
  family: string;
  display_name: string;
  display_name_set: number;
  nickname: string;
}

export function findMatchesForDraft(db: Database.Database, draft: DraftFields, options: DraftMatchOptions): DraftMatch[] {
  const matches: DraftMatch[] = [];
  const found = new Set<string>();
  const add = (contactId: string, rule: DraftMatch['rule'], detail: string, score: number): void => {
    if (found.has(contactId)) return;
    found.add(contactId);
    matches.push({ contactId, rule, detail, score });
  };

  const uid = draft.vcardUid?.trim();
  if (uid) {
    const ids = statement(db, 'SELECT id FROM contacts WHERE vcard_uid = ? AND deleted_at IS NULL').pluck().all(uid) as string[];
    for (const id of ids) add(id, 'uid', uid, 1);
  }

  const byEmail = statement(
    db,
    `SELECT DISTINCT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
      WHERE e.address_key = ? AND c.deleted_at IS NULL`,
  ).pluck();
  for (const email of draft.emails) {
    const key = email.address.trim().toLowerCase();
    for (const id of byEmail.all(key) as string[]) add(id, 'email', key, 0.9);
  }

  const byPhone = statement(
    db,
    `SELECT DISTINCT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
      WHERE p.e164 = ? AND c.deleted_at IS NULL`,
  ).pluck();
  // Without a country a number cannot be made E.164; the same digits are still the same phone.
  const byDigits = statement(
    db,
    `SELECT DISTINCT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
      WHERE p.digits = ? AND c.deleted_at IS NULL`,
  ).pluck();
  for (const phone of draft.phones) {
    const { e164, digits } = normalizePhone(phone.number, options.defaultCountry);
    if (e164) for (const id of byPhone.all(e164) as string[]) add(id, 'phone', e164, 0.85);
    else if (digits.length >= MIN_MATCH_DIGITS) for (const id of byDigits.all(digits) as string[]) add(id, 'phone', digits, 0.85);
  }
  if (options.firstCertainOnly && matches.length > 0) return matches;

  const wanted = nameFeatures({ given: draft.given, family: draft.family, fallback: draft.displayName || draft.nickname });
  if (wanted) {
    const threshold = options.nameThreshold ?? DEFAULT_NAME_THRESHOLD;
    // The family name (or the only word) finds candidates through the full-text index,
    // which folds diacritics the same way; similarity then decides.
    const word = (wanted.family || wanted.given).split(' ').sort((x, y) => y.length - x.length)[0] ?? '';
    const lookup = statement(
      db,
      `SELECT c.id, c.given, c.family, c.display_name, c.display_name_set, c.nickname
         FROM contact_search s JOIN contacts c ON c.seq = s.rowid
        WHERE contact_search MATCH ? AND c.deleted_at IS NULL LIMIT ${NAME_CANDIDATES}`,
    );
    const similar = (rows: NameCandidate[]) =>
      rows
        .map((row) => {
          const fallback = row.display_name_set === 1 ? row.display_name : row.nickname;
          const features = nameFeatures({ given: row.given, family: row.family, fallback });
          return { row, similarity: features ? nameSimilarity(wanted, features) : 0 };
        })
        .filter((candidate) => candidate.similarity >= threshold)
        .sort((x, y) => y.similarity - x.similarity);
    const quoted = (term: string): string => `"${term.replace(/"/g, '""')}"`;
    // The whole word first; then its first letters, for a typo further on ("Popesku").
    let scored = similar(lookup.all(`name : ${quoted(word)}`) as NameCandidate[]);
    if (scored.length === 0 && word.length > PREFIX_LETTERS) {
      scored = similar(lookup.all(`name : ${quoted(word.slice(0, PREFIX_LETTERS))}*`) as NameCandidate[]);
    }
    for (const { row, similarity } of scored) add(row.id, 'name', row.display_name, Math.round(similarity * 0.75 * 1000) / 1000);
  }
  return matches;
}
