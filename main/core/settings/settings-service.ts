/**
 * Settings live in their own key-value table. They are this machine's preferences, so they
 * are not part of the change log and never travel with sync.
 */
import { SettingsSchema, type Settings, type SettingsPatch } from '../../../shared/domain/settings';
import { statement } from '../../db/statements';
import type { CoreContext } from '../context';

export function readSettings(ctx: CoreContext): Settings {
  const rows = statement(ctx.db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  const parsed = SettingsSchema.safeParse(stored);
  // A value written by a newer version (or by hand) that no longer fits falls back to the default.
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export function createSettingsService(ctx: CoreContext) {
  return {
    get: (): Settings => readSettings(ctx),
    update(patch: SettingsPatch): Settings {
      const upsert = statement(ctx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
      ctx.db.transaction(() => {
        for (const [key, value] of Object.entries(patch)) {
          if (value !== undefined) upsert.run(key, JSON.stringify(value));
        }
      })();
      ctx.emit({ type: 'dataChanged', entities: ['settings'], changeSetId: null });
      return readSettings(ctx);
    },
  };
}
