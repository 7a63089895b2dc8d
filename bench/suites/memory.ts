/**
 * 8. Peak memory of a process importing the 100k vCard file, in a child process of its
 * own. Target: ≤ 300 MB. The note gives the resident size before the import began
 * (Node, tsx and the modules loaded).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Suite } from '../lib/suite';

const run = promisify(execFile);
const MB = 1024 * 1024;
const CHILD = path.join('bench', 'children', 'import-peak-rss.ts');

interface ChildReport {
  peakRssBytes: number;
  beforeImportBytes: number;
  created: number;
}

async function measureChild(file: string, format: 'vcard' | 'csv', database: string): Promise<ChildReport> {
  fs.rmSync(path.dirname(database), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(database), { recursive: true });
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, file, format, database], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildReport;
}

export const memoryBenchmark: Suite = async ({ scale, dataSet, scratch, record }) => {
  const set = await dataSet(scale.medium);
  // The vCard reader holds a card's lines and the CSV reader a row: vCard is the heavier.
  for (const format of ['vcard'] as const) {
    const report = await measureChild(format === 'vcard' ? set.vcard : set.csv, format, path.join(scratch, `rss-${format}`, 'rapport.sqlite'));
    const peakMb = report.peakRssBytes / MB;
    record({
      benchmark: '8 Peak memory',
      case: `import of the ${format === 'vcard' ? 'vCard' : 'CSV'} file`,
      contacts: report.created,
      ours: null,
      baseline: null,
      ratio: null,
      figure: { name: 'MB peak RSS', value: peakMb },
      target: '≤ 300 MB',
      met: peakMb <= 300,
      note: `child process; ${(report.beforeImportBytes / MB).toFixed(0)} MB before the import began`,
    });
  }
};
