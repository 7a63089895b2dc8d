/**
 * Where screens built outside the core interface plug in (imported once by main.tsx).
 * Add a line per screen; see app-views.ts, app-dialogs.ts, app-commands.ts and
 * palette/palette-actions.ts for what each slot receives.
 *
 *   mountView('imports', ImportsView);
 *   mountView('duplicates', DuplicatesView);
 *   mountView('settings', SettingsView);
 *   mountDialog('export', ExportDialog);
 *   mountDialog('welcome', WelcomeDialog);
 *   addPaletteActions([{ id: 'import.file', label: () => i18next.t('files:…'), run: () => … }]);
 */
import { mountFilesScreens } from './files/mount-files-screens';

mountFilesScreens();
