/**
 * The whole data set as a stream of contacts: person i, or a planted duplicate of an
 * earlier person. Deterministic for a seed and size, and never held in memory at once
 * (only the indexes of planted copies are remembered, 2% of the size).
 */
import type { ContactDraftInput } from '../../shared/domain/contact';
import { makePerson } from './make-person';
import { plantDuplicate, VARIANT_KINDS, type VariantKind } from './plant-duplicate';
import { Random } from './random';

export const DEFAULT_SEED = 20_261_124;
/** Share of contacts that are planted duplicates of an earlier one. */
export const DUPLICATE_SHARE = 0.02;

export interface DatasetRecord {
  index: number;
  draft: ContactDraftInput;
  /** For a planted duplicate: the index of the contact it duplicates and how it differs. */
  duplicateOf: { index: number; kind: VariantKind } | null;
}

export interface PlantedPair {
  a: number;
  b: number;
  kind: VariantKind;
}

export function* generateDataset(size: number, seed = DEFAULT_SEED): Generator<DatasetRecord> {
  const random = new Random(seed);
  const planted = new Set<number>();
  const originals = new Set<number>();
  for (let index = 0; index < size; index += 1) {
    if (index < 20 || !random.chance(DUPLICATE_SHARE)) {
      yield { index, draft: makePerson(seed, index).draft, duplicateOf: null };
      continue;
    }
    // Each original gets at most one copy and copies are never copied: pairs stay pairs.
    let originalIndex = random.int(0, index - 1);
    while (planted.has(originalIndex) || originals.has(originalIndex)) originalIndex = random.int(0, index - 1);
    planted.add(index);
    originals.add(originalIndex);
    const kind = random.pick(VARIANT_KINDS);
    // The original is regenerated from its index, so nothing earlier has to be kept.
    yield { index, draft: plantDuplicate(makePerson(seed, originalIndex), kind, seed), duplicateOf: { index: originalIndex, kind } };
  }
}
