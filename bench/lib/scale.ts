/**
 * Sizes for a run. The full run measures at the sizes the issue names; the smoke run
 * measures everything at 2k so CI proves the scripts still work in about a minute.
 */
export interface Scale {
  name: 'full' | 'smoke';
  /** The "100k" data set: import, export, search, duplicates, memory, browser. */
  medium: number;
  /** The "1M" data set: search, list, open. */
  large: number;
  /** Repeats for quick measurements (a query, a page). */
  quickRepeats: number;
  /** Repeats for whole-file work (an export, a parse). */
  bulkRepeats: number;
  /** Repeats of a whole import, ours and the floor each (an import of 100k takes minutes). */
  importRepeats: number;
  dataDir: string;
}

export function scaleFor(name: string): Scale {
  if (name === 'smoke') return { name: 'smoke', medium: 2_000, large: 2_000, quickRepeats: 10, bulkRepeats: 2, importRepeats: 1, dataDir: 'bench/data/smoke' };
  return { name: 'full', medium: 100_000, large: 1_000_000, quickRepeats: 40, bulkRepeats: 2, importRepeats: 1, dataDir: 'bench/data' };
}
