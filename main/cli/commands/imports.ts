import { parseArgs } from 'node:util';
import type { ImportSummary } from '../../../shared/domain/imports';
import { CliUsageError, printJson } from '../cli-io';
import { formatTable } from '../format-table';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

export const importsCommand: CliCommand = {
  name: 'imports',
  usage: 'rapport imports',
  summary: 'list past imports (with their reports in --json)',
  async run(args, io) {
    const { values } = parseArgs({ args, options: COMMON_OPTIONS, strict: true });
    const runtime = await openForCli(values.db, io);
    try {
      const list = await call<ImportSummary[]>(runtime, 'imports.list', {});
      if (values.json) {
        const withReports = await Promise.all(list.map((item) => call<ImportSummary>(runtime, 'imports.get', { id: item.importId })));
        printJson(io, withReports);
      } else {
        io.stdout(
          formatTable(
            ['ID', 'FILE', 'WHEN', 'STATUS', 'CREATED', 'MERGED', 'FAILED'],
            list.map((item) => [
              item.importId ?? '',
              item.fileName,
              item.startedAt.slice(0, 16).replace('T', ' '),
              item.undoneAt ? 'undone' : item.status,
              String(item.counts.created),
              String(item.counts.merged),
              String(item.counts.failed),
            ]),
          ),
        );
      }
      return 0;
    } finally {
      runtime.close();
    }
  },
};

export const undoImportCommand: CliCommand = {
  name: 'undo-import',
  usage: 'rapport undo-import ID',
  summary: 'undo an import as a whole: remove what it created, restore what it changed',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: COMMON_OPTIONS, allowPositionals: true, strict: true });
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new CliUsageError('give exactly one import id (rapport imports lists them)');
    const runtime = await openForCli(values.db, io, { mustExist: true });
    try {
      const summary = await call<ImportSummary>(runtime, 'imports.undo', { id });
      if (values.json) printJson(io, summary);
      else io.stdout(`Undid the import of ${summary.fileName}: ${summary.counts.created} created contacts removed, ${summary.counts.merged} merged contacts restored.\n`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};
