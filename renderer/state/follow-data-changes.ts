/**
 * Keeps the stores in step with the database when something else changes it: another
 * window, the command line, an import or a sync. Bursts of events (an import sends many)
 * become one refresh.
 */
import type { AppEvent } from '../../shared/api/events';
import { api } from '../api/client';
import type { Unsubscribe } from '../api/transport';
import { refreshContactViews } from './refresh-contact-views';

const COALESCE_MS = 60;

function touchesContacts(event: AppEvent): boolean {
  // Tags and organizations show on contact rows and in the detail pane, so they count too.
  return event.type === 'dataChanged' && event.entities.some((entity) => entity === 'contacts' || entity === 'tags' || entity === 'organizations');
}

export function followDataChanges(): Unsubscribe {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const stop = api.subscribe((event) => {
    if (!touchesContacts(event) || pending !== undefined) return;
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
