/**
 * The desktop app from launch to quit: one instance, one data folder shared with the CLI
 * and the browser host, one database opened after 'ready' (so a refusal can be shown in a
 * dialog) and closed on quit, one window talking to it over the checked IPC channel.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import { startRuntime, type Runtime } from '../api/runtime';
import { defaultDataFolder } from '../db/data-location';
import { createEventSender, registerIpcHost } from '../hosts/electron-ipc';
import { RAPPORT_VERSION } from '../version';
import { backUpWithDialog, showAbout } from './app-dialogs';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin';
import { declareAppScheme, serveRenderer } from './app-protocol';
import { chooseDatabasePath } from './command-line';
import { buildMenuTemplate } from './menu-template';
import { nativeBindingPath } from './native-binding';
import { hardenApp, restrictPermissions } from './security';
import { createMainWindow } from './window';
import { WINDOW_STATE_FILE } from './window-state';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startApp(): void {
  const isDevelopment = !app.isPackaged;

  // One folder for the desktop app, the CLI and the browser host. Linux's default would be
  // ~/.config/Rapport; macOS and Windows already agree, but saying so keeps it one rule.
  // Before the single-instance lock, which lives in userData.
  app.setPath('userData', defaultDataFolder());
  // Chromium's caches and storage in a subfolder, so the data folder itself holds only
  // what is ours: the database, its backups and the window state.
  app.setPath('sessionData', path.join(app.getPath('userData'), 'Session'));
  if (process.platform === 'win32') app.setAppUserModelId('app.rapport.desktop');

  if (!app.requestSingleInstanceLock()) {
    // Another Rapport owns the database; it will be told to show itself (second-instance).
    app.quit();
    return;
  }

  declareAppScheme();
  hardenApp();

  const distDir = path.join(__dirname, '..');
  const rendererDir = path.join(distDir, 'renderer');
  const preloadPath = path.join(__dirname, 'preload.cjs');
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const iconPath = isDevelopment ? path.join(app.getAppPath(), 'resources', 'icon.png') : undefined;

  let window: BrowserWindow | null = null;
  let runtime: Runtime | null = null;
  let unregisterIpc: (() => void) | null = null;

  const liveWindow = (): BrowserWindow | null => (window && !window.isDestroyed() ? window : null);

  /** Shows why the app cannot start and leaves; showErrorBox works even before any window. */
  const refuseToStart = (title: string, message: string): void => {
    dialog.showErrorBox(title, message);
    runtime?.close();
    runtime = null;
    // exit, not quit: there is nothing to wind down, and a non-zero code tells scripts it failed.
    app.exit(1);
  };

  const openWindow = (): void => {
    window = createMainWindow({ preloadPath, url: APP_ENTRY_URL, stateFile, isDevelopment, iconPath });
    window.on('closed', () => {
      window = null;
    });
  };

  app.on('second-instance', () => {
    const existing = liveWindow();
    if (!existing) {
      if (runtime) openWindow();
      return;
    }
    if (existing.isMinimized()) existing.restore();
    existing.show();
    existing.focus();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock with no window; elsewhere closing the window quits.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (!liveWindow() && runtime) openWindow();
  });

  app.on('will-quit', () => {
    unregisterIpc?.();
    unregisterIpc = null;
    // Closing runs PRAGMA optimize and checkpoints the WAL, leaving one tidy file behind.
    runtime?.close();
    runtime = null;
  });

  app
    .whenReady()
    .then(async () => {
      restrictPermissions(session.defaultSession);
      serveRenderer(session.defaultSession, rendererDir);

      if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
        refuseToStart('Rapport is not built', `The interface was not found in ${rendererDir}. Run "npm run build" and start Rapport again.`);
        return;
      }
      const nativeBinding = nativeBindingPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
      if (!fs.existsSync(nativeBinding)) {
        refuseToStart(
          'Rapport is missing a component',
          `The SQLite module built for Electron was not found at ${nativeBinding}. Run "npm run rebuild:electron" and start Rapport again.`,
        );
        return;
      }

      const databasePath = chooseDatabasePath(process.argv, process.env, app.getPath('userData'));
      const sendEvent = createEventSender(() => liveWindow()?.webContents ?? null);
      try {
        runtime = await startRuntime({
          databasePath,
          nativeBinding,
          host: { version: RAPPORT_VERSION, host: 'electron' },
          emit: sendEvent,
        });
      } catch (error) {
        // A newer schema, a damaged file, a locked file: say which and stop before any window.
        refuseToStart('Rapport cannot open its database', describe(error));
        return;
      }
      const { dispatch } = runtime;

      unregisterIpc = registerIpcHost({
        ipcMain,
        dispatch,
        getMainFrame: () => liveWindow()?.webContents.mainFrame ?? null,
        origin: APP_ORIGIN,
        onRefused: (frameUrl, method) => console.warn(`Refused IPC call ${String(method)} from ${frameUrl ?? 'an unknown frame'}`),
      });

      const template = buildMenuTemplate(
        { platform: process.platform, isDevelopment, appName: app.getName() },
        {
          sendCommand: (command) => sendEvent({ type: 'command', command }),
          backUp: () => void backUpWithDialog(liveWindow(), dispatch).catch((error: unknown) => console.error('Backup failed:', error)),
          showAbout: () => void showAbout(liveWindow(), databasePath),
        },
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));

      openWindow();
    })
    .catch((error: unknown) => {
      // Anything unexpected during start-up still ends in a sentence, not a crash report.
      refuseToStart('Rapport could not start', describe(error));
    });
}
