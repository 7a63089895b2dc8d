/**
 * The duplicate finder over the whole database: read features, block, score each pair
 * inside a block once, keep the pairs above the threshold and union them into groups.
 */
import type Database from 'better-sqlite3';
import type { DuplicateGroup, DuplicatePair, DuplicateScan } from '../../../shared/domain/duplicates';
import { buildBlocks, DEFAULT_BLOCK_CAP } from './blocking';
import { readContactFeatures } from './contact-features';
import { dropAmbiguousNamePairs, type ScoredPair } from './drop-ambiguous-name-pairs';
import { MATCH_THRESHOLD, scorePair } from './score-pair';
import { UnionFind } from './union-find';

export interface FindCandidatesOptions {
  limit?: number;
  blockCap?: number;
  threshold?: number;
}

const REPORTED_SKIPPED_BLOCKS = 100;

interface KeptPair extends ScoredPair {
  pair: DuplicatePair;
}

export function findDuplicateCandidates(db: Database.Database, options: FindCandidatesOptions = {}): DuplicateScan {
  const cap = options.blockCap ?? DEFAULT_BLOCK_CAP;
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const features = readContactFeatures(db);
  const count = features.length;
  const { blocks, skipped } = buildBlocks(features, cap);

  // A pair shares several keys more often than not (same name and same phone): score it once.
  // i * count + j stays an exact integer for any contact count SQLite could hold here.
  const seen = new Set<number>();
  const candidates: KeptPair[] = [];
  for (const block of blocks) {
    for (let x = 0; x < block.length; x += 1) {
      for (let y = x + 1; y < block.length; y += 1) {
        const first = block[x] ?? 0;
        const second = block[y] ?? 0;
        const [i, j] = first < second ? [first, second] : [second, first];
        const key = i * count + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const left = features[i];
        const right = features[j];
        if (!left || !right) continue;
        const { score, reasons } = scorePair(left, right, threshold);
        if (score < threshold) continue;
        const nameOnly = !reasons.some((reason) => reason.kind === 'email' || reason.kind === 'phone');
        candidates.push({ a: i, b: j, score, nameOnly, pair: { a: left.id, b: right.id, score, reasons } });
      }
    }
  }

  const kept = dropAmbiguousNamePairs(candidates);
  const sets = new UnionFind(count);
  for (const { a, b } of kept) sets.union(a, b);
  const byRoot = new Map<number, { members: Set<number>; pairs: DuplicatePair[]; score: number }>();
  for (const { a, b, pair } of kept) {
    const root = sets.find(a);
    let group = byRoot.get(root);
    if (!group) {
      group = { members: new Set(), pairs: [], score: 0 };
      byRoot.set(root, group);
    }
    group.members.add(a).add(b);
    group.pairs.push(pair);
    group.score = Math.max(group.score, pair.score);
  }
  const groups: DuplicateGroup[] = [...byRoot.values()]
    .map((group) => ({
      contacts: [...group.members]
        .sort((x, y) => x - y)
        .map((index) => ({ id: features[index]?.id ?? '', displayName: features[index]?.displayName ?? '' })),
      score: group.score,
      pairs: group.pairs.sort((x, y) => y.score - x.score),
    }))
    .sort((x, y) => y.score - x.score || y.contacts.length - x.contacts.length || (x.contacts[0]?.id ?? '').localeCompare(y.contacts[0]?.id ?? ''));

  return {
    groups: groups.slice(0, options.limit ?? groups.length),
    totalGroups: groups.length,
    scannedContacts: count,
    comparedPairs: seen.size,
    blockCap: cap,
    skippedBlocks: skipped.slice(0, REPORTED_SKIPPED_BLOCKS),
    skippedBlockCount: skipped.length,
  };
}
