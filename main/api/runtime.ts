/**
 * The composition root shared by every host: open the database, build the services and
 * the dispatcher. Electron, the HTTP server and the CLI differ only in what they wrap
 * around this.
 */
import type { AppEvent } from '../../shared/api/events';
import { createCoreContext } from '../core/context';
import { createAppServices, type AppServices } from './app-services';
import { openDatabase, type OpenDatabaseOptions, type OpenedDatabase } from '../db/open';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers, type HostInfo } from './handlers';

export interface Runtime {
  opened: OpenedDatabase;
  services: AppServices;
  dispatch: Dispatch;
  close(): void;
}

export interface RuntimeOptions extends OpenDatabaseOptions {
  databasePath: string;
  host: HostInfo;
  emit?: (event: AppEvent) => void;
  log?: (error: unknown) => void;
}

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const opened = await openDatabase(options.databasePath, options);
  const listeners: ((event: AppEvent) => void)[] = options.emit ? [options.emit] : [];
  const ctx = createCoreContext(opened, { emit: (event) => listeners.forEach((listener) => listener(event)) });
  const services = createAppServices(ctx);
  const dispatch = createDispatcher(createHandlers(services, options.host), { log: options.log });
  return { opened, services, dispatch, close: () => opened.close() };
}
