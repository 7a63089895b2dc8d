/**
 * Native menu items and shortcuts arrive as `command` events (see shared/api/events).
 * Import, export and settings go to the slots other screens mount (app-views, app-dialogs).
 */
import { useEffect } from 'react';
import { api } from '../api/client';
import { backupNow, exportContacts, focusSearchBox, newContact, openPalette, redoLatest, showView, startImport, undoLatest } from './commands/app-commands-run';

export function useMenuCommands(): void {
  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type !== 'command') return;
        switch (event.command) {
          case 'newContact':
            return newContact();
          case 'find':
            return focusSearchBox();
          case 'undo':
            return void undoLatest();
          case 'redo':
            return void redoLatest();
          case 'commandPalette':
            return openPalette();
          case 'import':
            return startImport();
          case 'export':
            return exportContacts();
          case 'settings':
            return showView('settings');
          case 'backup':
            return void backupNow();
        }
      }),
    [],
  );
}
