/**
 * Weighted evidence that two contacts are one person. Positive evidence combines like
 * independent probabilities (1 - Π(1 - w)), so two strong signals approach 1 without
 * passing it and a weak signal never decides alone. Then doubts pull it down: clearly
 * different names (a shared family phone, a shared info@ mailbox), e-mails or phones that
 * both sides have but none in common, different birthdays.
 */
import type { MatchReason } from '../../../shared/domain/duplicates';
import type { ContactFeatures } from './contact-features';
import { nameSimilarity } from './name-features';
import { samePhone } from './phone-keys';

/** Pairs at or above this are reported (tuned on planted duplicates; see the tests). */
export const MATCH_THRESHOLD = 0.6;

const WEIGHT = {
  email: 0.9,
  phone: 0.85,
  fullName: 0.75,
  /** One-word names ("Ana") are common; equal ones are only a hint. */
  singleWordName: 0.35,
  organization: 0.25,
} as const;
/** Name similarity from which "similar-name" counts, and where its weight tops out. */
const SIMILAR_FROM = 0.85;
const SIMILAR_FULL = 0.97;
const SIMILAR_MIN_WEIGHT = 0.4;
const SIMILAR_MAX_WEIGHT = 0.75;
/** Below this the names are different people's names. */
const DIFFERENT_NAMES = 0.7;

const PENALTY = {
  /** Same family, different given name: relatives sharing a home phone. */
  sameFamilyOtherGiven: 0.65,
  differentNames: 0.4,
  conflictingEmails: 0.2,
  conflictingPhones: 0.2,
  /** One has only an e-mail, the other only a phone: nothing confirms the name. */
  disjointChannels: 0.2,
  differentBirthdays: 0.3,
} as const;

export interface PairScore {
  score: number;
  reasons: MatchReason[];
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** "--03-14" (year unknown) agrees with "1985-03-14"; two known years must agree too. */
function differentBirthdays(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a.slice(-5) !== b.slice(-5)) return true;
  return !a.startsWith('--') && !b.startsWith('--') && a !== b;
}

function reachable(contact: ContactFeatures): boolean {
  return contact.emails.length + contact.phones.length > 0;
}

function sharedEmailOf(a: ContactFeatures, b: ContactFeatures): string | undefined {
  for (const email of a.emails) if (b.emails.includes(email)) return email;
  return undefined;
}

function sharedPhoneOf(a: ContactFeatures, b: ContactFeatures): ContactFeatures['phones'][number] | undefined {
  for (const phone of a.phones) for (const other of b.phones) if (samePhone(phone, other)) return phone;
  return undefined;
}

/**
 * Reasons are only written out for pairs at or above `threshold`: the finder scores
 * millions of pairs and keeps a few thousand, so the text is built for those alone.
 */
export function scorePair(a: ContactFeatures, b: ContactFeatures, threshold = MATCH_THRESHOLD): PairScore {
  let disbelief = 1;
  const sharedEmail = sharedEmailOf(a, b);
  if (sharedEmail) disbelief *= 1 - WEIGHT.email;
  const sharedPhone = sharedPhoneOf(a, b);
  if (sharedPhone) disbelief *= 1 - WEIGHT.phone;

  let nameFactor = 1;
  let similarity = 0;
  if (a.name && b.name) {
    similarity = nameSimilarity(a.name, b.name);
    if (similarity === 1) {
      disbelief *= 1 - (Math.min(a.name.tokenCount, b.name.tokenCount) >= 2 ? WEIGHT.fullName : WEIGHT.singleWordName);
    } else if (similarity >= SIMILAR_FROM) {
      const strength = Math.min(1, (similarity - SIMILAR_FROM) / (SIMILAR_FULL - SIMILAR_FROM));
      disbelief *= 1 - (SIMILAR_MIN_WEIGHT + strength * (SIMILAR_MAX_WEIGHT - SIMILAR_MIN_WEIGHT));
    } else if (similarity < DIFFERENT_NAMES) {
      const sameFamily = a.name.family !== '' && a.name.family === b.name.family;
      nameFactor = sameFamily ? PENALTY.sameFamilyOtherGiven : PENALTY.differentNames;
    }
  }
  const sameOrganization = a.organizationId !== null && a.organizationId === b.organizationId;
  if (sameOrganization) disbelief *= 1 - WEIGHT.organization;
  if (disbelief === 1) return { score: 0, reasons: [] };

  let score = (1 - disbelief) * nameFactor;
  const emailsConflict = !sharedEmail && a.emails.length > 0 && b.emails.length > 0;
  const phonesConflict = !sharedPhone && a.phones.length > 0 && b.phones.length > 0;
  if (emailsConflict) score -= PENALTY.conflictingEmails;
  if (phonesConflict) score -= PENALTY.conflictingPhones;
  if (!emailsConflict && !phonesConflict && !sharedEmail && !sharedPhone && reachable(a) && reachable(b)) {
    score -= PENALTY.disjointChannels;
  }
  if (differentBirthdays(a.birthday, b.birthday)) score -= PENALTY.differentBirthdays;
  score = round(Math.max(0, score));
  if (score < threshold) return { score, reasons: [] };

  const reasons: MatchReason[] = [];
  if (sharedEmail) reasons.push({ kind: 'email', detail: sharedEmail });
  if (sharedPhone) reasons.push({ kind: 'phone', detail: sharedPhone.e164 ?? sharedPhone.number });
  if (similarity === 1) reasons.push({ kind: 'name', detail: a.displayName });
  else if (similarity >= SIMILAR_FROM) {
    reasons.push({ kind: 'similar-name', detail: `${a.displayName} ≈ ${b.displayName} (${round(similarity)})` });
  }
  if (sameOrganization) reasons.push({ kind: 'organization', detail: a.organizationName });
  return { score, reasons };
}
