/**
 * The native menu, as data. Menu items that act on the app's data do not act here: they
 * send a {type:'command'} event and the interface decides (it knows what is selected, and
 * undo is app-level, over the change log, not the text field's).
 *
 * Only types come from electron, so the template can be checked without Electron running.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppEvent } from '../../shared/api/events';

export type AppCommand = Extract<AppEvent, { type: 'command' }>['command'];

export interface MenuActions {
  sendCommand(command: AppCommand): void;
  /** Save dialog, then app.backup, then a message: works even if the interface is busy. */
  backUp(): void;
  showAbout(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools exist only in development builds. */
  isDevelopment: boolean;
  appName: string;
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.sendCommand(name),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { label: `About ${options.appName}`, click: () => actions.showAbout() },
            { type: 'separator' },
            command('Settings…', 'settings', 'CmdOrCtrl+,'),
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Contact', 'newContact', 'CmdOrCtrl+N'),
      { type: 'separator' },
      command('Import…', 'import', 'CmdOrCtrl+O'),
      command('Export…', 'export', 'CmdOrCtrl+Shift+E'),
      { label: 'Back Up…', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backUp() },
      ...(isMac
        ? []
        : ([{ type: 'separator' }, command('Settings…', 'settings', 'CmdOrCtrl+,'), { type: 'separator' }, { role: 'quit' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The shortcut is shown but not registered: Ctrl+Z must still reach a focused text field
      // for its own undo; the interface maps the key to app-level undo elsewhere.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.sendCommand('undo') },
      {
        label: 'Redo',
        accelerator: isMac || options.platform === 'linux' ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y',
        registerAccelerator: false,
        click: () => actions.sendCommand('redo'),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Command Palette…', 'commandPalette', 'CmdOrCtrl+K'),
      { type: 'separator' },
      ...(options.isDevelopment ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: isMac ? [{ label: `About ${options.appName}`, click: () => actions.showAbout() }] : [{ label: `&About ${options.appName}`, click: () => actions.showAbout() }],
  };

  return [...appMenu, file, edit, view, help];
}
