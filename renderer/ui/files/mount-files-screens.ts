/**
 * Plugs the file, duplicates, settings and welcome screens into the core interface's slots
 * (see ../app-views.ts, ../app-dialogs.ts, ../palette/palette-actions.ts).
 */
import i18next from 'i18next';
import { mountDialog, openAppDialog } from '../app-dialogs';
import { mountView } from '../app-views';
import { DuplicatesView } from '../duplicates/duplicates-view';
import { addPaletteActions } from '../palette/palette-actions';
import { SettingsView } from '../settings/settings-view';
import { WelcomeDialog } from '../welcome/welcome-screen';
import { mountDropTarget } from './drop-target-root';
import { ExportDialog } from './export-dialog';
import { ImportWizard } from './import-wizard';
import { ImportsView } from './imports-view';

export function mountFilesScreens(): void {
  mountView('imports', ImportsView);
  mountView('duplicates', DuplicatesView);
  mountView('settings', SettingsView);
  mountDialog('export', ExportDialog);
  mountDialog('import', ImportWizard);
  mountDialog('welcome', WelcomeDialog);
  addPaletteActions([
    {
      id: 'files.import',
      label: () => i18next.t('files:palette.import'),
      keywords: () => i18next.t('files:palette.importKeywords'),
      run: () => void openAppDialog('import', {}),
    },
  ]);
  mountDropTarget();
}
