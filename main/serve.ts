/**
 * `npm start` without Electron: the same interface in a browser, served on 127.0.0.1.
 *
 *   node dist/main/serve.cjs [--db PATH] [--port N]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AppEvent } from '../shared/api/events';
import { RapportError } from '../shared/domain/errors';
import { resolveDatabasePath } from './db/data-location';
import { startRuntime } from './api/runtime';
import { startHttpHost, type HttpHost } from './hosts/http-host';
import { RAPPORT_VERSION } from './version';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
    strict: true,
  });
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RapportError('INVALID_INPUT', `--port must be a number from 0 to 65535, not ${values.port}`);
  const databasePath = resolveDatabasePath(values.db);
  // Events raised before the host is listening have nobody to go to.
  let publish: (event: AppEvent) => void = () => {};
  const runtime = await startRuntime({
    databasePath,
    host: { version: RAPPORT_VERSION, host: 'http' },
    emit: (event) => publish(event),
  });
  const host: HttpHost = await startHttpHost({
    dispatch: runtime.dispatch,
    staticDir: values.static ?? path.join(__dirname, '..', 'renderer'),
    port,
  });
  publish = host.publish;
  console.log(`Rapport is running. Open this address in your browser:\n\n  ${host.openUrl}\n\nDatabase: ${databasePath}\nPress Ctrl+C to stop.`);
  const stop = async (): Promise<void> => {
    await host.close();
    runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
