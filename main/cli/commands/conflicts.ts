import { parseArgs } from 'node:util';
import type { Conflict } from '../../../shared/domain/sync';
import { printJson } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

const short = (text: string | null): string => (text === null ? '(none)' : text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\s+/g, ' ');

export const conflictsCommand: CliCommand = {
  name: 'conflicts',
  usage: 'rapport conflicts [--all] [--json]',
  summary: 'list texts that lost a merge (both devices changed them), to review',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { ...COMMON_OPTIONS, all: { type: 'boolean', default: false } }, strict: true });
    const runtime = await openForCli(values.db, io, { mustExist: true });
    try {
      const conflicts = await call<Conflict[]>(runtime, 'sync.conflicts', { includeResolved: values.all });
      if (values.json) printJson(io, conflicts);
      else if (conflicts.length === 0) io.stdout('No conflicts.\n');
      else for (const c of conflicts) io.stdout(`${c.id}  ${c.recordLabel} · ${c.field}\n  kept: ${short(c.keptValue)}\n  lost: ${short(c.lostValue)} (from ${c.lostDevice})\n`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};
