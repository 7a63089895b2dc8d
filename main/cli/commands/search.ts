import { parseArgs } from 'node:util';
import type { ContactSummary } from '../../../shared/domain/contact';
import { CliUsageError, printJson } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';
import { summaryTable } from './list';

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'rapport search QUERY [--limit N]',
  summary: 'find contacts by name, organization, e-mail, phone, notes or tag',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, limit: { type: 'string', default: '50' } },
      allowPositionals: true,
      strict: true,
    });
    const text = positionals.join(' ').trim();
    if (!text) throw new CliUsageError('say what to search for: rapport search QUERY');
    const runtime = await openForCli(values.db, io);
    try {
      const hits = await call<ContactSummary[]>(runtime, 'search.query', { text, limit: Number(values.limit) });
      if (values.json) printJson(io, hits);
      else io.stdout(hits.length ? summaryTable(hits) : `No contact matches “${text}”.\n`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};
