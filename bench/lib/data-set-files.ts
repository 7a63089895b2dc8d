/**
 * A data set on disk, made once and reused: the database, the two interchange files and
 * the planted pairs. A marker file written last says the set is complete, so a run that
 * was interrupted is redone rather than measured half-written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SEED, type PlantedPair } from './dataset';
import { growDatabase } from './grow-database';
import { writeDatabase } from './write-database';
import { writeInterchangeFiles } from './write-files';

export interface DataSetFiles {
  dir: string;
  size: number;
  database: string;
  vcard: string;
  csv: string;
  /** Planted pairs by data-set index, with the contact ids in the database. */
  pairsFile: string;
}

export interface PairsJson {
  size: number;
  seed: number;
  pairs: (PlantedPair & { aId: string; bId: string })[];
}

export function dataSetPaths(dir: string, size: number): DataSetFiles {
  return {
    dir,
    size,
    database: path.join(dir, 'rapport.sqlite'),
    vcard: path.join(dir, 'contacts.vcf'),
    csv: path.join(dir, 'google.csv'),
    pairsFile: path.join(dir, 'planted-pairs.json'),
  };
}

export async function generateDataSetFiles(options: {
  size: number;
  dir: string;
  seed?: number | undefined;
  files?: boolean;
  /** Grow this (smaller, service-written) set instead of writing through the services. */
  growFrom?: DataSetFiles | undefined;
  log?: (line: string) => void;
}): Promise<DataSetFiles> {
  const seed = options.seed ?? DEFAULT_SEED;
  const paths = dataSetPaths(options.dir, options.size);
  const complete = path.join(options.dir, `complete-${options.size}-${seed}`);
  const marker = options.files === false ? `${complete}-db` : complete;
  // A set with files serves a request for the database alone, not the other way round.
  if (fs.existsSync(complete) || fs.existsSync(marker)) return paths;
  fs.rmSync(options.dir, { recursive: true, force: true });
  fs.mkdirSync(options.dir, { recursive: true });
  const log = options.log ?? (() => {});
  if (options.growFrom) {
    await growDatabase(options.growFrom.database, paths.database, options.size / options.growFrom.size, log);
    fs.copyFileSync(options.growFrom.pairsFile, paths.pairsFile);
    fs.writeFileSync(marker, new Date().toISOString());
    return paths;
  }
  if (options.files !== false) {
    writeInterchangeFiles(options.size, seed, paths);
    log(`files written: ${paths.vcard}, ${paths.csv}`);
  }
  const step = Math.max(10_000, Math.floor(options.size / 20));
  let reported = 0;
  const written = await writeDatabase(paths.database, options.size, seed, (done) => {
    if (done - reported >= step) {
      reported = done;
      log(`database: ${done} contacts`);
    }
  });
  const json: PairsJson = {
    size: options.size,
    seed,
    pairs: written.pairs.map((pair) => ({ ...pair, aId: written.ids[pair.a]!, bId: written.ids[pair.b]! })),
  };
  fs.writeFileSync(paths.pairsFile, JSON.stringify(json));
  fs.writeFileSync(marker, new Date().toISOString());
  return paths;
}
