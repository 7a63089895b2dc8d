/**
 * Native menu items and shortcuts arrive as `command` events (see shared/api/events);
 * this routes the ones the first interface can already do.
 */
import { useEffect } from 'react';
import { api } from '../api/client';
import { undoChangeSet } from '../state/contact-actions';
import { useViewStore } from '../state/view-store';
import { focusSearchBox } from './contact-list/search-box';

export function useMenuCommands(): void {
  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type !== 'command') return;
        switch (event.command) {
          case 'newContact':
            useViewStore.getState().openEditor({ mode: 'create' });
            break;
          case 'find':
            useViewStore.getState().showView('allContacts');
            // The list pane mounts with the view; wait a frame for its search box.
            requestAnimationFrame(focusSearchBox);
            break;
          case 'undo':
            // Nothing to undo is not worth a message here; the menu item is the feedback.
            undoChangeSet().catch(() => {});
            break;
          default:
            break; // import, export, settings, …: later issues.
        }
      }),
    [],
  );
}
