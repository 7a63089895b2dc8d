/**
 * The `rapport` command line. Every command goes through the same dispatcher as the app.
 * A bad argument or a refused database prints one clear line and exits non-zero; stack
 * traces are for bugs only (and go to stderr with RAPPORT_DEBUG=1).
 */
import { RapportError } from '../../shared/domain/errors';
import { RAPPORT_VERSION } from '../version';
import { CliUsageError, type CliIo } from './cli-io';
import { addCommand } from './commands/add';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { dueCommand } from './commands/due';
import { conflictsCommand } from './commands/conflicts';
import type { CliCommand } from './commands/command';
import { getCommand } from './commands/get';
import { duplicatesCommand, mergeCommand } from './commands/duplicates';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { importsCommand, undoImportCommand } from './commands/imports';
import { listCommand } from './commands/list';
import { logCommand } from './commands/log';
import { reportCommand } from './commands/report';
import { searchCommand } from './commands/search';
import { statsCommand } from './commands/stats';
import { syncCommand } from './commands/sync';

export const COMMANDS: CliCommand[] = [
  addCommand, listCommand, getCommand, searchCommand, importCommand, exportCommand, importsCommand, undoImportCommand,
  duplicatesCommand, mergeCommand, logCommand, dueCommand, reportCommand,
  statsCommand, backupCommand, checkCommand, syncCommand, conflictsCommand,
];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `Rapport ${RAPPORT_VERSION}: your contacts, offline.`,
    '',
    'Usage: rapport COMMAND [options]',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Every command takes --db PATH (or RAPPORT_DB) and --json.',
    'rapport COMMAND --help shows the usage of one command.',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${RAPPORT_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`rapport: there is no command "${name}". Run rapport --help for the list.\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n  ${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`rapport ${name}: ${(error as Error).message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof RapportError) {
      io.stderr(`rapport ${name}: ${error.message}\n`);
      return 1;
    }
    io.stderr(`rapport ${name}: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    if (io.env.RAPPORT_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 1;
  }
}
