import { parseArgs } from 'node:util';
import type { ContactPage } from '../../../shared/domain/listing';
import type { ContactSummary } from '../../../shared/domain/contact';
import { CliUsageError, printJson } from '../cli-io';
import { formatTable } from '../format-table';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

export function summaryTable(items: ContactSummary[]): string {
  return formatTable(
    ['ID', 'NAME', 'ORGANIZATION', 'EMAIL', 'PHONE'],
    items.map((item) => [item.id, item.displayName, item.organizationName, item.primaryEmail ?? '', item.primaryPhone ?? '']),
  );
}

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'rapport list [--limit N] [--sort name|lastContacted|created] [--query Q]',
  summary: 'list contacts',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, limit: { type: 'string', default: '100' }, sort: { type: 'string', default: 'name' }, query: { type: 'string' } },
      strict: true,
    });
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1_000) throw new CliUsageError(`--limit must be a whole number from 1 to 1000, not ${values.limit}`);
    const runtime = await openForCli(values.db, io);
    try {
      const page = await call<ContactPage>(runtime, 'contacts.list', {
        limit,
        sort: values.sort,
        filter: values.query ? { query: values.query } : {},
      });
      if (values.json) printJson(io, page.items);
      else io.stdout(summaryTable(page.items));
      return 0;
    } finally {
      runtime.close();
    }
  },
};
