import { parseArgs } from 'node:util';
import { printJson } from '../cli-io';
import { formatTable } from '../format-table';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

export const statsCommand: CliCommand = {
  name: 'stats',
  usage: 'rapport stats',
  summary: 'count what the database holds',
  async run(args, io) {
    const { values } = parseArgs({ args, options: COMMON_OPTIONS, strict: true });
    const runtime = await openForCli(values.db, io);
    try {
      const stats = await call<Record<string, number>>(runtime, 'app.stats', {});
      if (values.json) printJson(io, { database: runtime.opened.path, ...stats });
      else io.stdout(`Database: ${runtime.opened.path}\n` + formatTable(['WHAT', 'COUNT'], Object.entries(stats).map(([key, value]) => [key, String(value)])));
      return 0;
    } finally {
      runtime.close();
    }
  },
};
