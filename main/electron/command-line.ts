/**
 * The desktop app's own arguments. Electron's argv also carries Chromium switches and, in
 * development, the app folder, so unknown options and positionals are tolerated.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE_NAME, resolveDatabasePath } from '../db/data-location';

export function readDbArgument(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: { db: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return typeof values.db === 'string' && values.db !== '' ? values.db : undefined;
}

/** `--db PATH`, else RAPPORT_DB, else rapport.sqlite in the userData folder. */
export function chooseDatabasePath(argv: readonly string[], env: NodeJS.ProcessEnv, userDataFolder: string): string {
  const explicit = readDbArgument(argv) ?? env.RAPPORT_DB;
  return explicit ? resolveDatabasePath(explicit, env) : path.join(userDataFolder, DATABASE_FILE_NAME);
}
