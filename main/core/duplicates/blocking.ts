/**
 * Blocking: contacts are only compared with contacts that share a key (an e-mail, a phone,
 * a folded name, a family name and initial, a phonetic code). That keeps the work near
 * linear in the number of contacts instead of quadratic. A block larger than the cap is
 * skipped and reported: 300 people filed under "smith|j" are not evidence of anything, and
 * comparing them all would be most of the scan's time.
 */
import type { BlockingKeyKind, SkippedBlock } from '../../../shared/domain/duplicates';
import type { ContactFeatures } from './contact-features';

export const DEFAULT_BLOCK_CAP = 50;

export interface Blocks {
  /** Each block: indexes into the features array, at least two, at most the cap. */
  blocks: number[][];
  skipped: SkippedBlock[];
}

/** One map per kind: no key concatenation, and a kind's keys cannot collide with another's. */
const KINDS: readonly BlockingKeyKind[] = ['email', 'phone', 'full-name', 'family-initial', 'phonetic'];

function addMember(members: Map<string, number[]>, key: string, index: number): void {
  const list = members.get(key);
  if (!list) members.set(key, [index]);
  // A contact with two phones sharing a tail is still one member.
  else if (list[list.length - 1] !== index) list.push(index);
}

export function buildBlocks(features: readonly ContactFeatures[], cap: number): Blocks {
  const byKind = new Map(KINDS.map((kind) => [kind, new Map<string, number[]>()]));
  const email = byKind.get('email') ?? new Map<string, number[]>();
  const phone = byKind.get('phone') ?? new Map<string, number[]>();
  const fullName = byKind.get('full-name') ?? new Map<string, number[]>();
  const familyInitial = byKind.get('family-initial') ?? new Map<string, number[]>();
  const phonetic = byKind.get('phonetic') ?? new Map<string, number[]>();
  features.forEach((contact, index) => {
    for (const address of contact.emails) addMember(email, address, index);
    for (const number of contact.phones) if (number.tail) addMember(phone, number.tail, index);
    const name = contact.name;
    if (!name) return;
    addMember(fullName, name.sortedKey, index);
    if (name.familyInitialKey) addMember(familyInitial, name.familyInitialKey, index);
    if (name.phoneticKey) addMember(phonetic, name.phoneticKey, index);
  });
  const blocks: number[][] = [];
  const skipped: SkippedBlock[] = [];
  for (const [kind, members] of byKind) {
    for (const [key, list] of members) {
      if (list.length < 2) continue;
      if (list.length > cap) skipped.push({ kind, key, size: list.length });
      else blocks.push(list);
    }
  }
  skipped.sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
  return { blocks, skipped };
}
