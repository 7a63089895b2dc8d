/**
 * Keeps the stores in step with the database when something else changes it: another
 * window, the command line, an import, a sync or another screen (Settings). Bursts of
 * events (an import sends many) become one refresh.
 */
import type { AppEvent } from '../../shared/api/events';
import { api } from '../api/client';
import type { Unsubscribe } from '../api/transport';
import { refreshContactViews } from './refresh-contact-views';
import { useSettingsStore } from './settings-store';

const COALESCE_MS = 60;
const CONTACT_ENTITIES: ReadonlySet<string> = new Set(['contacts', 'tags', 'organizations', 'savedSearches', 'imports']);

export function followDataChanges(): Unsubscribe {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const stop = api.subscribe((event: AppEvent) => {
    if (event.type !== 'dataChanged') return;
    if (event.entities.includes('settings')) void useSettingsStore.getState().load();
    // Tags, organizations and saved searches show on rows, in the sidebar and in the detail pane.
    if (!event.entities.some((entity) => CONTACT_ENTITIES.has(entity)) || pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      void refreshContactViews();
    }, COALESCE_MS);
  });
  return () => {
    clearTimeout(pending);
    stop();
  };
}
