/**
 * The composition root shared by every host: open the database, build the services and
 * the dispatcher. Electron, the HTTP server and the CLI differ only in what they wrap
 * around this. Restoring a backup swaps the database underneath, so callers hold the
 * runtime and never a service directly across calls.
 */
import fs from 'node:fs';
import type { AppEvent } from '../../shared/api/events';
import { RapportError } from '../../shared/domain/errors';
import { createCoreContext } from '../core/context';
import { checkDatabase } from '../core/health/check-database';
import { defaultBackupPath } from '../core/backup/backup-service';
import { openDatabase, type OpenDatabaseOptions, type OpenedDatabase } from '../db/open';
import { createAppServices, type AppServices, type AppServicesOptions } from './app-services';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers, type HostInfo } from './handlers';

export interface Runtime {
  readonly opened: OpenedDatabase;
  readonly services: AppServices;
  dispatch: Dispatch;
  close(): void;
}

export interface RuntimeOptions extends OpenDatabaseOptions, AppServicesOptions {
  databasePath: string;
  host: HostInfo;
  emit?: (event: AppEvent) => void;
  log?: (error: unknown) => void;
}

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const emit = (event: AppEvent): void => options.emit?.(event);
  let opened: OpenedDatabase;
  let services: AppServices;
  let inner: Dispatch;

  const build = (database: OpenedDatabase): void => {
    opened = database;
    services = createAppServices(createCoreContext(database, { emit }), { secrets: options.secrets });
    inner = createDispatcher(createHandlers(services, options.host, { restoreBackup }), { log: options.log });
  };

  /**
   * Replaces the database with a backup: the backup is checked first (a Rapport database,
   * not from a newer version, healthy), the current file is backed up in turn, and only
   * then is it swapped in. A bad backup leaves everything as it was.
   */
  async function restoreBackup(backupPath: string): Promise<{ restoredFrom: string; previousSavedAt: string }> {
    if (!fs.existsSync(backupPath)) throw new RapportError('FILE_UNREADABLE', `There is no file at ${backupPath}.`, { field: 'path' });
    const candidate = await openDatabase(backupPath, { readonly: true, nativeBinding: options.nativeBinding });
    try {
      const health = checkDatabase(candidate.db);
      if (!health.healthy && health.problems.some((problem) => !problem.startsWith('schema'))) {
        throw new RapportError('DATABASE_CORRUPT', `${backupPath} is damaged (${health.problems.join('; ')}); it was not restored.`);
      }
    } finally {
      candidate.close();
    }
    const previousSavedAt = defaultBackupPath(opened.path, new Date(), '-before-restore');
    await services.backup.backup(previousSavedAt);
    const target = opened.path;
    opened.close();
    try {
      fs.copyFileSync(backupPath, target);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
      build(await openDatabase(target, options));
    } catch (error) {
      // Put the previous database back rather than leave the app without one.
      fs.copyFileSync(previousSavedAt, target);
      build(await openDatabase(target, options));
      throw error;
    }
    emit({ type: 'dataChanged', entities: ['contacts', 'organizations', 'tags', 'savedSearches', 'activities', 'reminders', 'deals', 'imports', 'settings'], changeSetId: null });
    return { restoredFrom: backupPath, previousSavedAt };
  }

  build(await openDatabase(options.databasePath, options));
  return {
    get opened() {
      return opened;
    },
    get services() {
      return services;
    },
    dispatch: (method, input) => inner(method, input),
    close: () => opened.close(),
  };
}
