import { parseArgs } from 'node:util';
import type { ImportSummary } from '../../../shared/domain/imports';
import { RapportError } from '../../../shared/domain/errors';
import { CliUsageError, printJson } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { createProgressBar } from '../progress-bar';
import { COMMON_OPTIONS, type CliCommand } from './command';

const FORMATS = ['auto', 'vcard', 'jcard', 'csv'];
const POLICIES = ['create', 'skip', 'merge'];

function describeSummary(summary: ImportSummary): string {
  const { counts } = summary;
  const lines = [
    `${summary.fileName} (${summary.format}${summary.dialect && summary.dialect !== summary.format ? `, ${summary.dialect}` : ''}): ${summary.status}`,
    `  read ${counts.read}, created ${counts.created}, merged ${counts.merged}, skipped ${counts.skipped}, failed ${counts.failed}`,
  ];
  for (const issue of summary.report.slice(0, 50)) {
    lines.push(`  ${issue.severity === 'error' ? 'error' : 'note '} line ${issue.line}${issue.field ? ` ${issue.field}` : ''}: ${issue.reason}`);
  }
  if (summary.report.length > 50 || summary.reportTruncated) lines.push(`  … and more: rapport imports --json shows the whole report`);
  if (summary.importId) lines.push(`  undo with: rapport undo-import ${summary.importId}`);
  return `${lines.join('\n')}\n`;
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'rapport import FILE [--format auto|vcard|jcard|csv] [--mapping auto|google|outlook|thunderbird|NAME] [--on-duplicate create|skip|merge] [--dry-run]',
  summary: 'import contacts from a vCard or CSV file',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        ...COMMON_OPTIONS,
        format: { type: 'string', default: 'auto' },
        mapping: { type: 'string', default: 'auto' },
        'on-duplicate': { type: 'string', default: 'merge' },
        'dry-run': { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new CliUsageError('give exactly one file to import');
    if (!FORMATS.includes(values.format)) throw new CliUsageError(`--format must be one of ${FORMATS.join(', ')}, not ${values.format}`);
    if (!POLICIES.includes(values['on-duplicate'])) throw new CliUsageError(`--on-duplicate must be one of ${POLICIES.join(', ')}, not ${values['on-duplicate']}`);
    const bar = createProgressBar(io);
    const runtime = await openForCli(values.db, io, {
      emit: (event) => {
        if (event.type === 'progress') bar.update(event.done, event.total, event.counts);
      },
    });
    try {
      const summary = await call<ImportSummary>(runtime, 'imports.run', {
        path: file,
        format: values.format,
        mapping: values.mapping,
        onDuplicate: values['on-duplicate'],
        dryRun: values['dry-run'],
      });
      bar.finish();
      if (values.json) printJson(io, { ...summary, created: summary.counts.created, merged: summary.counts.merged, skipped: summary.counts.skipped, failed: summary.counts.failed });
      else io.stdout(describeSummary(summary));
      // Exit 0 when the file was read, even with failed records (they are in the report).
      if (summary.counts.read === 0 && summary.status === 'failed') {
        throw new RapportError('FILE_UNREADABLE', summary.report[0]?.reason ?? `${file} could not be read.`);
      }
      return 0;
    } finally {
      bar.finish();
      runtime.close();
    }
  },
};
