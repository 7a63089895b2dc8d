/**
 * Tests run on real database files in a fresh temporary folder, through the real services.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../main/db/open';
import { createCoreContext, type CoreContextOptions } from '../../main/core/context';
import { createServices, type Services } from '../../main/core/services';
import type { AppEvent } from '../../shared/api/events';

export interface TestDatabase {
  dir: string;
  path: string;
  opened: OpenedDatabase;
  services: Services;
  events: AppEvent[];
  close(): void;
}

export function makeTempDir(prefix = 'rapport-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function openTestDatabase(options: CoreContextOptions & { dir?: string; fileName?: string } = {}): Promise<TestDatabase> {
  const dir = options.dir ?? makeTempDir();
  const dbPath = path.join(dir, options.fileName ?? 'rapport.sqlite');
  const opened = await openDatabase(dbPath, { deviceName: 'test-device' });
  const events: AppEvent[] = [];
  const ctx = createCoreContext(opened, {
    ...options,
    emit: (event) => {
      events.push(event);
      options.emit?.(event);
    },
  });
  return {
    dir,
    path: dbPath,
    opened,
    services: createServices(ctx),
    events,
    close: () => opened.close(),
  };
}
