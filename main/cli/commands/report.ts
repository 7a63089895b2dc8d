import { parseArgs } from 'node:util';
import type { Pareto, PipelineStageValue, RevenueMonth, RfmReport } from '../../../shared/domain/insights';
import { formatMoney } from '../../../shared/domain/purchases';
import { CliUsageError, printJson } from '../cli-io';
import { formatTable } from '../format-table';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

const REPORTS = ['rfm', 'pareto', 'pipeline', 'revenue'] as const;
type ReportName = (typeof REPORTS)[number];

const METHODS: Record<ReportName, string> = { rfm: 'insights.rfm', pareto: 'insights.pareto', pipeline: 'insights.pipeline', revenue: 'insights.revenue' };

function describe(name: ReportName, value: unknown): string {
  switch (name) {
    case 'rfm': {
      const report = value as RfmReport;
      if (!report.currency) return 'No purchases yet.\n';
      return `RFM segments (${report.currency})\n${formatTable(['segment', 'customers'], report.segments.map((row) => [row.segment, String(row.count)]))}`;
    }
    case 'pareto': {
      const pareto = value as Pareto;
      if (!pareto.currency || pareto.customers === 0) return 'No purchases yet.\n';
      return `${pareto.customersFor80} of ${pareto.customers} customers (${(pareto.share * 100).toFixed(1)}%) bring 80% of revenue (${formatMoney(pareto.totalMinor, pareto.currency)}).\n`;
    }
    case 'pipeline':
      return formatTable(
        ['stage', 'deals', 'value'],
        (value as PipelineStageValue[]).map((row) => [row.name, String(row.deals), row.currency ? formatMoney(row.totalMinor, row.currency) : '']),
      );
    case 'revenue': {
      const months = value as RevenueMonth[];
      if (months.length === 0) return 'No purchases in the last 12 months.\n';
      return formatTable(['month', 'purchases', 'revenue'], months.map((row) => [row.month, String(row.purchases), formatMoney(row.totalMinor, row.currency)]));
    }
  }
}

export const reportCommand: CliCommand = {
  name: 'report',
  usage: `rapport report ${REPORTS.join('|')} [--currency EUR] [--json]`,
  summary: 'RFM segments, the Pareto share, pipeline value by stage or revenue by month',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, currency: { type: 'string' } }, allowPositionals: true, strict: true });
    const name = positionals[0] as ReportName | undefined;
    if (!name || positionals.length > 1 || !(REPORTS as readonly string[]).includes(name)) throw new CliUsageError(`name one report: ${REPORTS.join(', ')}`);
    const currency = values.currency?.toUpperCase();
    if (currency !== undefined && (name === 'pipeline' || name === 'revenue')) throw new CliUsageError(`--currency is for rfm and pareto; ${name} shows every currency`);
    const runtime = await openForCli(values.db, io);
    try {
      const value = await call<unknown>(runtime, METHODS[name], currency ? { currency } : {});
      if (values.json) printJson(io, value);
      else io.stdout(describe(name, value));
      return 0;
    } finally {
      runtime.close();
    }
  },
};
