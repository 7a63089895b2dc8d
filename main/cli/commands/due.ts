import { parseArgs } from 'node:util';
import type { FollowUp, Today } from '../../../shared/domain/reminders';
import { CliUsageError, printJson } from '../cli-io';
import { formatTable } from '../format-table';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

function rows(label: string, items: readonly FollowUp[]): string[][] {
  return items.map((item) => [label, item.dueLocal.replace('T', ' '), item.source, item.title, item.contactName ?? '']);
}

/** Shows follow-ups without marking them notified: the app's notifications still come. */
export const dueCommand: CliCommand = {
  name: 'due',
  usage: 'rapport due [--days N] [--json]',
  summary: 'show follow-ups: overdue, due today and upcoming',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { ...COMMON_OPTIONS, days: { type: 'string', default: '7' } }, strict: true });
    const days = Number(values.days);
    if (!Number.isInteger(days) || days < 1) throw new CliUsageError('--days must be a whole number of at least 1');
    const runtime = await openForCli(values.db, io);
    try {
      const today = await call<Today>(runtime, 'reminders.today', { days });
      if (values.json) {
        printJson(io, today);
        return 0;
      }
      const table = [...rows('overdue', today.overdue), ...rows('today', today.today), ...rows('upcoming', today.upcoming)];
      io.stdout(table.length ? formatTable(['', `when (${today.timeZone})`, 'kind', 'what', 'who'], table) : 'Nothing is due.\n');
      return 0;
    } finally {
      runtime.close();
    }
  },
};
