/**
 * Brings a database up to the latest schema. All pending migrations run in one
 * transaction: a failure leaves the file exactly as it was. A copy is taken with SQLite's
 * backup API first, so even a migration that "succeeds" wrongly can be rolled back by hand.
 */
import type Database from 'better-sqlite3';
import { RapportError } from '../../shared/domain/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index';

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses, before anything is written, a file made by a newer Rapport. */
export function assertNotFromTheFuture(db: Database.Database, filePath: string): void {
  const version = readSchemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new RapportError(
      'DATABASE_FROM_NEWER_VERSION',
      `${filePath} was written by a newer version of Rapport (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'Update Rapport to open it. The file was not changed.',
      { schemaVersion: version, supportedVersion: LATEST_SCHEMA_VERSION },
    );
  }
}

export interface MigrationOutcome {
  from: number;
  to: number;
  backupPath: string | null;
}

export interface MigrateOptions {
  backupPath: (fromVersion: number) => string | null;
  /** The migrations to apply; the app's own list unless a test brings a longer one. */
  migrations?: readonly string[];
}

export async function migrate(db: Database.Database, options: MigrateOptions): Promise<MigrationOutcome> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const from = readSchemaVersion(db);
  if (from >= latest) return { from, to: from, backupPath: null };

  // An empty file has nothing worth backing up.
  const backupPath = from > 0 ? options.backupPath(from) : null;
  if (backupPath) await db.backup(backupPath);

  const applyPending = db.transaction(() => {
    for (let version = from + 1; version <= latest; version++) {
      db.exec(migrations[version - 1]!);
    }
    // user_version is written inside the transaction, so it commits with the schema.
    db.pragma(`user_version = ${latest}`);
  });
  applyPending.exclusive();
  return { from, to: latest, backupPath };
}
