import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportResult, ExportScope } from '../../../shared/domain/exports';
import { ExportFormatSchema } from '../../../shared/domain/exports';
import type { Tag } from '../../../shared/domain/records';
import { CliUsageError, printJson } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'rapport export --format vcard3|vcard4|jcard|csv-google|csv-outlook|csv [--out FILE] [--tag T] [--query Q] [--encoding utf-8|windows-1252]',
  summary: 'export contacts (to standard output when no --out)',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        ...COMMON_OPTIONS,
        format: { type: 'string' },
        out: { type: 'string' },
        tag: { type: 'string' },
        query: { type: 'string' },
        encoding: { type: 'string', default: 'utf-8' },
      },
      strict: true,
    });
    const format = ExportFormatSchema.safeParse(values.format);
    if (!format.success) throw new CliUsageError(`--format must be one of ${ExportFormatSchema.options.join(', ')}`);
    if (values.encoding !== 'utf-8' && values.encoding !== 'windows-1252') throw new CliUsageError('--encoding must be utf-8 or windows-1252');
    if (values.tag && values.query) throw new CliUsageError('give --tag or --query, not both');
    const runtime = await openForCli(values.db, io, { mustExist: true });
    // Standard output gets the file through a temporary copy: the export is written whole first.
    const target = values.out ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-export-')), 'contacts');
    try {
      let scope: ExportScope = { kind: 'all' };
      if (values.query) scope = { kind: 'query', query: values.query };
      if (values.tag) {
        const tags = await call<Tag[]>(runtime, 'tags.list', {});
        const tag = tags.find((candidate) => candidate.name.toLowerCase() === values.tag!.toLowerCase());
        if (!tag) throw new CliUsageError(`there is no tag “${values.tag}” (tags: ${tags.map((t) => t.name).join(', ') || 'none'})`);
        scope = { kind: 'tag', tagId: tag.id };
      }
      const result = await call<ExportResult>(runtime, 'exports.run', { format: format.data, scope, path: target, encoding: values.encoding });
      if (values.out) {
        if (values.json) printJson(io, result);
        else io.stderr(`Exported ${result.count} contacts to ${result.path}${result.unmappable ? ` (${result.unmappable} characters had no Windows-1252 byte and became ?)` : ''}.\n`);
      } else {
        if (io.stdoutBytes) io.stdoutBytes(fs.readFileSync(target));
        else io.stdout(fs.readFileSync(target, 'utf8'));
      }
      return 0;
    } finally {
      runtime.close();
      if (!values.out) fs.rmSync(path.dirname(target), { recursive: true, force: true });
    }
  },
};
