/**
 * Runs every benchmark and writes the results as JSON and as a markdown table.
 *
 *   npx tsx bench/run.ts [--scale full|smoke] [--only name,name]
 *
 * Exits non-zero only when a benchmark script breaks; missed targets are figures, not
 * failures (wall time on a shared machine is no basis for a red build).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { printRow, toMarkdown, type ResultRow } from './lib/results';
import { scaleFor } from './lib/scale';
import { dataSetLoader, type Suite } from './lib/suite';
import { browserBenchmark } from './suites/browser';
import { duplicatesBenchmark } from './suites/duplicates';
import { exportBenchmark } from './suites/export';
import { importBenchmark } from './suites/import';
import { listBenchmark } from './suites/list';
import { memoryBenchmark } from './suites/memory';
import { openBenchmark } from './suites/open';
import { searchBenchmark } from './suites/search';
import { vcardParse } from './suites/vcard-parse';

function readPrevious(file: string): ResultRow[] {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { rows: ResultRow[] }).rows;
  } catch {
    return [];
  }
}

const SUITES: Record<string, Suite> = {
  'vcard-parse': vcardParse,
  import: importBenchmark,
  search: searchBenchmark,
  list: listBenchmark,
  open: openBenchmark,
  export: exportBenchmark,
  duplicates: duplicatesBenchmark,
  memory: memoryBenchmark,
  browser: browserBenchmark,
};

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'full' }, only: { type: 'string' }, large: { type: 'string' } } });
// --large 100000 runs the 1M suites on a smaller set (its rows then say so and judge nothing).
const scale = { ...scaleFor(values.scale ?? 'full'), ...(values.large ? { large: Number(values.large) } : {}) };
const only = values.only ? values.only.split(',') : Object.keys(SUITES);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-'));
const rows: ResultRow[] = [];
const broken: string[] = [];
const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  sqlite: (new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get() as string),
};

for (const name of only) {
  const suite = SUITES[name];
  if (!suite) throw new Error(`no benchmark called ${name}; there are ${Object.keys(SUITES).join(', ')}`);
  console.log(`\n== ${name} (${scale.name})`);
  const started = performance.now();
  try {
    await suite({
      scale,
      scratch,
      dataSet: dataSetLoader(scale, (line) => console.log(`   ${line}`)),
      record: (row) => {
        rows.push({ suite: name, ...row });
        printRow(row);
      },
    });
  } catch (error) {
    broken.push(name);
    console.error(`${name} broke:`, error);
  }
  console.log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

fs.rmSync(scratch, { recursive: true, force: true });
const base = scale.name === 'full' ? 'results' : 'results-smoke';
const finishedAt = new Date().toISOString();
// A run of some suites keeps the other suites' rows from the last run, so the 1M suites
// can run apart from the 100k ones; rows are kept in the order of SUITES.
const previous = readPrevious(path.join('bench', `${base}.json`)).filter((row) => row.suite && !only.includes(row.suite));
const order = Object.keys(SUITES);
rows.splice(0, rows.length, ...[...previous, ...rows].sort((a, b) => order.indexOf(a.suite ?? '') - order.indexOf(b.suite ?? '')));
fs.writeFileSync(path.join('bench', `${base}.json`), `${JSON.stringify({ scale: scale.name, finishedAt, machine, broken, rows }, null, 2)}\n`);
fs.writeFileSync(
  path.join('bench', `${base}.md`),
  `# Benchmark results (${scale.name}, ${finishedAt})\n\nMachine: ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, SQLite ${machine.sqlite}\n\n${toMarkdown(rows)}`,
);
console.log(`\n${toMarkdown(rows)}`);
if (broken.length > 0) {
  console.error(`broken: ${broken.join(', ')}`);
  process.exitCode = 1;
}
