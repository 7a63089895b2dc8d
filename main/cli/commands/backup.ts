import { parseArgs } from 'node:util';
import { printJson } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'rapport backup [--out FILE]',
  summary: 'write a consistent copy of the database (default: backups/ beside it)',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { ...COMMON_OPTIONS, out: { type: 'string' } }, strict: true });
    const runtime = await openForCli(values.db, io, { mustExist: true });
    try {
      const result = await call<{ path: string; bytes: number }>(runtime, 'app.backup', values.out ? { path: values.out } : {});
      if (values.json) printJson(io, result);
      else io.stdout(`Backed up to ${result.path} (${result.bytes} bytes).\n`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};
