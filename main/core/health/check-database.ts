/**
 * A health check a person can run before trusting a file: SQLite's own integrity and
 * foreign-key checks, the schema version, and whether the search index matches the
 * contacts it indexes.
 */
import type Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index';
import { readSchemaVersion } from '../../db/migrate';

export interface HealthReport {
  healthy: boolean;
  schemaVersion: number;
  problems: string[];
  checks: { name: string; ok: boolean; detail: string }[];
}

export function checkDatabase(db: Database.Database): HealthReport {
  const checks: HealthReport['checks'] = [];

  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  const integrityOk = integrity.length === 1 && integrity[0]?.integrity_check === 'ok';
  checks.push({ name: 'integrity', ok: integrityOk, detail: integrityOk ? 'ok' : integrity.map((row) => row.integrity_check).join('; ') });

  const foreignKeys = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  checks.push({
    name: 'foreign keys',
    ok: foreignKeys.length === 0,
    detail: foreignKeys.length === 0 ? 'ok' : foreignKeys.slice(0, 20).map((row) => `${row.table} row ${row.rowid} points to a missing ${row.parent}`).join('; '),
  });

  const schemaVersion = readSchemaVersion(db);
  checks.push({
    name: 'schema',
    ok: schemaVersion === LATEST_SCHEMA_VERSION,
    detail: schemaVersion === LATEST_SCHEMA_VERSION ? `version ${schemaVersion}` : `version ${schemaVersion}, expected ${LATEST_SCHEMA_VERSION}`,
  });

  if (schemaVersion >= 1) {
    const live = db.prepare('SELECT count(*) FROM contacts WHERE deleted_at IS NULL').pluck().get() as number;
    const indexed = db.prepare('SELECT count(*) FROM contact_search').pluck().get() as number;
    checks.push({
      name: 'search index',
      ok: live === indexed,
      detail: live === indexed ? `${indexed} contacts indexed` : `${indexed} entries for ${live} contacts`,
    });
  }

  const problems = checks.filter((check) => !check.ok).map((check) => `${check.name}: ${check.detail}`);
  return { healthy: problems.length === 0, schemaVersion, problems, checks };
}
