/**
 * Runs one import in its own process and prints the peak resident set size, so the
 * figure is this import's and not the benchmark runner's.
 *
 *   node --import tsx bench/children/import-peak-rss.ts FILE FORMAT DATABASE
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCoreContext } from '../../main/core/context';
import { openDatabase } from '../../main/db/open';
import { importFile } from '../../main/interchange/import/import-file';

/** VmHWM is the kernel's own high-water mark of the resident set: no sample can miss the peak. */
function peakRssBytes(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : process.memoryUsage().rss;
}

const [file, format, database] = process.argv.slice(2);
if (!file || (format !== 'vcard' && format !== 'csv') || !database) throw new Error('usage: FILE vcard|csv DATABASE');
const beforeImport = peakRssBytes();
const opened = await openDatabase(database, { deviceName: 'bench' });
const summary = await importFile(createCoreContext(opened), {
  filePath: file, fileName: path.basename(file), format, mapping: 'auto', onDuplicate: 'create', dryRun: false, taskId: 'bench',
});
opened.close();
process.stdout.write(`${JSON.stringify({ peakRssBytes: peakRssBytes(), beforeImportBytes: beforeImport, created: summary.counts.created })}\n`);
