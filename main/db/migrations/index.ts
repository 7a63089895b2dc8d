/**
 * Every migration, in order. The position in this list is the schema version it leads to
 * (`PRAGMA user_version`). Forward-only: never edit or reorder a shipped entry; add one.
 */
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-crm';
import { migration0003 } from './0003-sync';

export const MIGRATIONS: readonly string[] = [migration0001, migration0002, migration0003];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
