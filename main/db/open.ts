/**
 * Opens the one database file Rapport owns, with the settings every connection needs,
 * and brings its schema up to date. Nothing else in the app creates a connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { RapportError } from '../../shared/domain/errors';
import { assertNotFromTheFuture, migrate, readSchemaVersion, type MigrationOutcome } from './migrate';
import { ensureDeviceIdentity, type DeviceIdentity } from './device';
import { foldKey } from '../../shared/text/fold-key';

export interface OpenDatabaseOptions {
  /** Where better-sqlite3's native addon lives when it is not the default (the Electron build). */
  nativeBinding?: string;
  /** Open without writing anything: no migration, no device id, queries only. */
  readonly?: boolean;
  /** A name for this machine, shown to sync peers. */
  deviceName?: string;
}

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  device: DeviceIdentity;
  migration: MigrationOutcome;
  close(): void;
}

const BUSY_TIMEOUT_MS = 5_000;

function applyPragmas(db: Database.Database, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // FULL: a power cut right after a save must not lose that save.
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // SQLite's lower() and LIKE know only ASCII; searches by city or name need "Cluj" = "cluj" = "CLUJ", "Ș" = "s".
  db.function('rapport_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldKey(value) : value));
}

function backupPathFor(dbPath: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${dbPath}.schema-${fromVersion}.${stamp}.backup`;
}

function explainOpenFailure(filePath: string, error: unknown): RapportError {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new RapportError('DATABASE_CORRUPT', `${filePath} is not a Rapport database or is damaged. Restore it from a backup.`);
  }
  if (code === 'SQLITE_BUSY') {
    return new RapportError('DATABASE_BUSY', `${filePath} is locked by another program. Close other copies of Rapport and try again.`);
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new RapportError('FILE_UNREADABLE', `Cannot open ${filePath}: check that the folder exists and you may write to it.`);
  }
  return error instanceof RapportError ? error : new RapportError('INTERNAL', `Cannot open ${filePath}: ${String(error)}`);
}

export async function openDatabase(filePath: string, options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const absolute = path.resolve(filePath);
  const readonly = options.readonly ?? false;
  if (!readonly) fs.mkdirSync(path.dirname(absolute), { recursive: true });

  let db: Database.Database;
  try {
    // A newer schema must be refused before anything is written, so look first read-only.
    if (fs.existsSync(absolute)) {
      const peek = new Database(absolute, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
      try {
        assertNotFromTheFuture(peek, absolute);
      } finally {
        peek.close();
      }
    }
    db = new Database(absolute, { readonly, fileMustExist: readonly, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw explainOpenFailure(absolute, error);
  }

  try {
    applyPragmas(db, readonly);
    assertNotFromTheFuture(db, absolute);
    const migration = readonly
      ? { from: readSchemaVersion(db), to: readSchemaVersion(db), backupPath: null }
      : await migrate(db, { backupPath: (from) => backupPathFor(absolute, from) });
    const device = ensureDeviceIdentity(db, { readonly, deviceName: options.deviceName });
    return {
      db,
      path: absolute,
      device,
      migration,
      close: () => closeDatabase(db),
    };
  } catch (error) {
    db.close();
    throw explainOpenFailure(absolute, error);
  }
}

function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  if (!db.readonly) {
    try {
      db.pragma('optimize');
    } catch {
      // optimize is advice for the query planner; failing it must not block closing.
    }
  }
  db.close();
}
