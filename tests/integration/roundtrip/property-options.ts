/**
 * fast-check settings shared by the round-trip properties. Seeded, so a failure is
 * reproducible: ROUNDTRIP_SEED overrides the seed, which is printed once per file.
 * The database-backed properties do not shrink by default: each shrink step re-runs the
 * whole pipeline (two databases), so a failure took minutes to report. The seed and the
 * counterexample are still printed; ROUNDTRIP_SHRINK=1 shrinks it when it is worth it.
 */
import type fc from 'fast-check';

export const SEED = Number(process.env.ROUNDTRIP_SEED ?? 7_301_2024);
const SHRINK = process.env.ROUNDTRIP_SHRINK === '1';

let printed = false;
function printSeedOnce(): void {
  if (printed) return;
  printed = true;
  console.info(`round-trip properties: seed ${SEED} (set ROUNDTRIP_SEED to change it, ROUNDTRIP_SHRINK=1 to shrink failures)`);
}

/** Options for a property that runs the database pipeline: no shrinking unless asked. */
export function databaseRuns(numRuns: number): fc.Parameters<unknown> {
  printSeedOnce();
  return { numRuns, seed: SEED, endOnFailure: !SHRINK };
}

/** Options for a pure writer → reader property: cheap, so failures shrink. */
export function pureRuns(numRuns: number): fc.Parameters<unknown> {
  printSeedOnce();
  return { numRuns, seed: SEED };
}
