/**
 * A name is evidence only when it points one way. A card that has nothing but "Hélène
 * Harris" matches every Hélène Harris equally; linking it to all of them would chain three
 * different people into one group. So a pair that rests on the name alone (no shared
 * e-mail or phone) is kept only when it is clearly the best name match of both its
 * contacts, and a weak one is dropped when either contact already has a sure match
 * elsewhere (it is then most likely a namesake of that contact's real duplicate).
 */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  /** True when neither an e-mail nor a phone is shared. */
  nameOnly: boolean;
}

/** How much better the best name-only match must be than the next one. */
const MARGIN = 0.05;
/** Name-only pairs below this give way to a sure match of either contact. */
const WEAK = 0.7;

export function dropAmbiguousNamePairs<T extends ScoredPair>(pairs: readonly T[]): T[] {
  const nameOnlyScores = new Map<number, number[]>();
  const hasSureMatch = new Set<number>();
  for (const pair of pairs) {
    if (!pair.nameOnly) {
      hasSureMatch.add(pair.a).add(pair.b);
      continue;
    }
    for (const end of [pair.a, pair.b]) {
      const scores = nameOnlyScores.get(end);
      if (scores) scores.push(pair.score);
      else nameOnlyScores.set(end, [pair.score]);
    }
  }
  const clearlyBest = (end: number, score: number): boolean => {
    const scores = nameOnlyScores.get(end) ?? [];
    const others = [...scores];
    others.splice(others.indexOf(score), 1);
    return others.every((other) => score - other >= MARGIN);
  };
  return pairs.filter((pair) => {
    if (!pair.nameOnly) return true;
    if (pair.score < WEAK && (hasSureMatch.has(pair.a) || hasSureMatch.has(pair.b))) return false;
    return clearlyBest(pair.a, pair.score) && clearlyBest(pair.b, pair.score);
  });
}
