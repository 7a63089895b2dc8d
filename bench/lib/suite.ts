/** What every benchmark suite receives and returns. */
import path from 'node:path';
import { generateDataSetFiles, type DataSetFiles } from './data-set-files';
import type { ResultRow } from './results';
import type { Scale } from './scale';

export interface SuiteContext {
  scale: Scale;
  /** The data set of this size, generated on first use and reused afterwards. */
  dataSet(size: number, options?: { files?: boolean }): Promise<DataSetFiles>;
  /** A scratch folder for this run (import targets, export files). */
  scratch: string;
  record(row: ResultRow): void;
}

export type Suite = (context: SuiteContext) => Promise<void>;

export function sizeLabel(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}m`;
  if (size >= 1_000 && size % 1_000 === 0) return `${size / 1_000}k`;
  return String(size);
}

/** Sets up to 100k are written through the services; the 1M set is grown from the 100k one. */
const GROW_ABOVE = 100_000;

export function dataSetLoader(scale: Scale, log: (line: string) => void): SuiteContext['dataSet'] {
  const load: SuiteContext['dataSet'] = async (size, options = {}) => {
    const dir = path.join(scale.dataDir, sizeLabel(size));
    const growFrom = size > GROW_ABOVE && size % GROW_ABOVE === 0 ? await load(GROW_ABOVE) : undefined;
    return generateDataSetFiles({ size, dir, files: growFrom ? false : options.files ?? true, growFrom, log });
  };
  return load;
}
