/**
 * Jaro-Winkler similarity (0..1). Names differ mostly by a letter dropped, doubled or
 * swapped, and agree on their first letters; Jaro-Winkler rewards exactly that, where a
 * plain edit distance would rate "Jon"/"John" no better than "Jon"/"Ion".
 */
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

/**
 * Scratch flags reused across calls: the finder calls this millions of times, and two
 * small allocations per call were a large share of the scan.
 */
let aMatched = new Uint8Array(64);
let bMatched = new Uint8Array(64);

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  if (a.length > aMatched.length) aMatched = new Uint8Array(a.length * 2);
  if (b.length > bMatched.length) bMatched = new Uint8Array(b.length * 2);
  aMatched.fill(0, 0, a.length);
  bMatched.fill(0, 0, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (bMatched[j] === 1 || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (aMatched[i] !== 1) continue;
    while (bMatched[k] !== 1) k += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < MAX_PREFIX && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
}
