/**
 * Writes a benchmark data set: a database through the real services, the matching vCard
 * 3.0 and Google CSV files, and the planted duplicate pairs as JSON.
 *
 *   npx tsx bench/generate.ts --size 100000 --out bench/data/100k [--seed N] [--no-files]
 */
import { parseArgs } from 'node:util';
import { generateDataSetFiles } from './lib/data-set-files';

const { values } = parseArgs({
  options: { size: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, 'no-files': { type: 'boolean' } },
});
const size = Number(values.size ?? 2_000);
const out = values.out ?? `bench/data/${size}`;
const started = performance.now();
const result = await generateDataSetFiles({ size, dir: out, seed: values.seed ? Number(values.seed) : undefined, files: !values['no-files'], log: console.log });
console.log(`wrote ${size} contacts to ${result.database} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
