import fs from 'node:fs';
import type { AppEvent } from '../../shared/api/events';
import { RapportError } from '../../shared/domain/errors';
import { startRuntime, type Runtime } from '../api/runtime';
import { resolveDatabasePath } from '../db/data-location';
import { RAPPORT_VERSION } from '../version';
import type { CliIo } from './cli-io';

export async function openForCli(
  dbOption: string | undefined,
  io: CliIo,
  options: { mustExist?: boolean; emit?: (event: AppEvent) => void } = {},
): Promise<Runtime> {
  const databasePath = resolveDatabasePath(dbOption, io.env);
  if (options.mustExist && !fs.existsSync(databasePath)) {
    throw new RapportError('FILE_UNREADABLE', `There is no database at ${databasePath}. Give another with --db PATH.`);
  }
  return startRuntime({
    databasePath,
    host: { version: RAPPORT_VERSION, host: 'cli' },
    emit: options.emit,
    log: (error) => io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  });
}

/** Calls the API through the same dispatcher as the app, so the CLI gets the same validation. */
export async function call<T>(runtime: Runtime, method: string, input: unknown): Promise<T> {
  const result = await runtime.dispatch(method, input);
  if (!result.ok) throw new RapportError(result.error.code, result.error.message, result.error.details);
  return result.value as T;
}
