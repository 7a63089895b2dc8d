/**
 * Repeats a measurement and summarises it. Benchmarks measure and print; they never
 * assert on wall time, because a shared two-core machine is noisy. Ratios against a
 * baseline run in the same process, interleaved, are what survive the noise.
 */
export interface Summary {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, medianMs: median, p95Ms: at(0.95), minMs: sorted[0]! };
}

export function timeSync<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * Runs ours and the baseline in turns (ours, baseline, ours, …) so a burst of noise from
 * another process lands on both rather than on one.
 */
export async function interleave(
  repeats: number,
  ours: () => Promise<number> | number,
  baseline: (() => Promise<number> | number) | null,
): Promise<{ ours: number[]; baseline: number[] }> {
  const result = { ours: [] as number[], baseline: [] as number[] };
  for (let run = 0; run < repeats; run += 1) {
    result.ours.push(await ours());
    if (baseline) result.baseline.push(await baseline());
  }
  return result;
}
