import fs from 'node:fs';
import type { CoreContext } from '../context';

export function createStatsService(ctx: CoreContext) {
  const count = (sql: string): number => ctx.db.prepare(sql).pluck().get() as number;
  return {
    get() {
      const fileBytes = (suffix: string): number => {
        try {
          return fs.statSync(ctx.dbPath + suffix).size;
        } catch {
          return 0;
        }
      };
      return {
        contacts: count('SELECT count(*) FROM contacts WHERE deleted_at IS NULL'),
        organizations: count('SELECT count(*) FROM organizations WHERE deleted_at IS NULL'),
        tags: count('SELECT count(*) FROM tags WHERE deleted_at IS NULL'),
        savedSearches: count('SELECT count(*) FROM saved_searches WHERE deleted_at IS NULL'),
        inTrash:
          count('SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL') +
          count('SELECT count(*) FROM organizations WHERE deleted_at IS NOT NULL'),
        changes: count('SELECT count(*) FROM change_sets'),
        databaseBytes: fileBytes('') + fileBytes('-wal'),
      };
    },
  };
}
