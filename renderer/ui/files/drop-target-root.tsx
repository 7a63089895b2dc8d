/**
 * The window-wide drop target lives in its own small React root beside the app's: it must
 * listen whatever the app shows, and the app has no slot for always-present overlays.
 * Mounted once i18next is ready, so its text is translated from the first drag.
 */
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { openAppDialog } from '../app-dialogs';
import { DropOverlay } from './drop-overlay';
import './files.css';

function openImport(file: File): void {
  openAppDialog('import', { file });
}

function FilesRoot() {
  return <DropOverlay onFile={openImport} />;
}

export function mountDropTarget(): void {
  const mount = () => {
    const container = document.createElement('div');
    container.id = 'files-drop-target';
    document.body.append(container);
    createRoot(container).render(<FilesRoot />);
  };
  if (i18next.isInitialized) mount();
  else i18next.on('initialized', mount);
}
