/**
 * Backups use SQLite's online backup API: a consistent copy taken while Rapport keeps
 * running, never a file copy that could catch a half-written page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RapportError } from '../../../shared/domain/errors';
import type { CoreContext } from '../context';

export function defaultBackupPath(dbPath: string, now: Date, suffix = ''): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return unusedPath(path.join(path.dirname(dbPath), 'backups', `rapport-${stamp}${suffix}.sqlite`));
}

/** A backup never replaces another file: two in the same second get -2, -3… */
export function unusedPath(wanted: string): string {
  if (!fs.existsSync(wanted)) return wanted;
  const extension = path.extname(wanted);
  const stem = wanted.slice(0, wanted.length - extension.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${extension}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

export function createBackupService(ctx: CoreContext) {
  return {
    async backup(target?: string): Promise<{ path: string; bytes: number }> {
      const destination = path.resolve(target ?? defaultBackupPath(ctx.dbPath, ctx.now()));
      if (destination === path.resolve(ctx.dbPath)) {
        throw new RapportError('INVALID_INPUT', 'A backup cannot overwrite the database itself; choose another file.', { field: 'path' });
      }
      try {
        fs.mkdirSync(path.dirname(destination), { recursive: true });
        await ctx.db.backup(destination);
      } catch (error) {
        throw new RapportError('FILE_UNREADABLE', `Could not write the backup to ${destination}: ${(error as Error).message}`, { field: 'path' });
      }
      return { path: destination, bytes: fs.statSync(destination).size };
    },
  };
}
