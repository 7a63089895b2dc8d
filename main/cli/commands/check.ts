import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { RapportError } from '../../../shared/domain/errors';
import { resolveDatabasePath } from '../../db/data-location';
import { openDatabase } from '../../db/open';
import { checkDatabase } from '../../core/health/check-database';
import { printJson } from '../cli-io';
import { COMMON_OPTIONS, type CliCommand } from './command';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'rapport check',
  summary: 'check the database (integrity, foreign keys, search index); exit 1 on any fault',
  async run(args, io) {
    const { values } = parseArgs({ args, options: COMMON_OPTIONS, strict: true });
    const databasePath = resolveDatabasePath(values.db, io.env);
    if (!fs.existsSync(databasePath)) {
      throw new RapportError('FILE_UNREADABLE', `There is no database at ${databasePath}. Give another with --db PATH.`);
    }
    // Read-only: a check must never change the file it checks.
    const opened = await openDatabase(databasePath, { readonly: true });
    try {
      const report = checkDatabase(opened.db);
      if (values.json) printJson(io, { database: databasePath, ...report });
      else {
        for (const check of report.checks) io.stdout(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}: ${check.detail}\n`);
        io.stdout(report.healthy ? `${databasePath} is healthy.\n` : `${databasePath} has ${report.problems.length} problem(s).\n`);
      }
      return report.healthy ? 0 : 1;
    } finally {
      opened.close();
    }
  },
};
