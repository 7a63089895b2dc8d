/**
 * The few native dialogs the main process shows itself: About, and the Back Up… flow that
 * must work even when the interface is busy or broken.
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { contract } from '../../shared/api/contract';
import type { Dispatch } from '../api/dispatch';
import { RAPPORT_VERSION } from '../version';

function showMessage(window: BrowserWindow | null, options: MessageBoxOptions): Promise<unknown> {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

export async function showAbout(window: BrowserWindow | null, databasePath: string): Promise<void> {
  await showMessage(window, {
    type: 'info',
    title: 'About Rapport',
    message: `Rapport ${RAPPORT_VERSION}`,
    detail: [
      'An offline-first contact manager. Your data stays on this computer.',
      '',
      `Database: ${databasePath}`,
      `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`,
    ].join('\n'),
    buttons: ['OK'],
  });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export async function backUpWithDialog(window: BrowserWindow | null, dispatch: Dispatch): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const saveOptions = {
    title: 'Back Up Rapport',
    buttonLabel: 'Back Up',
    defaultPath: path.join(app.getPath('documents'), `Rapport backup ${stamp}.sqlite`),
    filters: [{ name: 'Rapport backup', extensions: ['sqlite'] }],
  };
  const choice = window ? await dialog.showSaveDialog(window, saveOptions) : await dialog.showSaveDialog(saveOptions);
  if (choice.canceled || !choice.filePath) return;
  const result = await dispatch('app.backup', { path: choice.filePath });
  if (result.ok) {
    const { path: written, bytes } = contract['app.backup'].output.parse(result.value);
    await showMessage(window, { type: 'info', title: 'Backup complete', message: 'Rapport was backed up.', detail: `${written}\n${formatBytes(bytes)}` });
  } else {
    await showMessage(window, { type: 'error', title: 'Backup failed', message: 'Rapport could not be backed up.', detail: result.error.message });
  }
}
