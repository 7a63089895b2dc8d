/**
 * Where Rapport keeps its database when nobody says otherwise. The desktop app passes
 * Electron's userData folder; the command line and the browser host compute the same
 * folder here, so all three open the same file.
 */
import os from 'node:os';
import path from 'node:path';

export const DATABASE_FILE_NAME = 'rapport.sqlite';

export function defaultDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Rapport');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Rapport');
  const xdg = env.XDG_DATA_HOME;
  return path.posix.join(xdg && path.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share'), 'Rapport');
}

/** `--db PATH` wins, then `RAPPORT_DB`, then the data folder. */
export function resolveDatabasePath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit ?? env.RAPPORT_DB;
  if (chosen) return path.resolve(chosen);
  return path.join(defaultDataFolder(process.platform, env), DATABASE_FILE_NAME);
}
