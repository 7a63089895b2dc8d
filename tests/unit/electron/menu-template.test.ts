import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type AppCommand } from '../../../main/electron/menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDevelopment: boolean) {
  const commands: AppCommand[] = [];
  const calls: string[] = [];
  const template = buildMenuTemplate(
    { platform, isDevelopment, appName: 'Rapport' },
    { sendCommand: (command) => commands.push(command), backUp: () => calls.push('backUp'), showAbout: () => calls.push('about') },
  );
  return { template, items: flatten(template), commands, calls };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`menu item ${item?.label ?? '?'} has no click handler`);
  // Electron passes (menuItem, window, event); our handlers use none of them.
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux, plus the app menu on macOS', () => {
    expect(build('linux', false).template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build('darwin', false).template.map((menu) => menu.label)).toEqual(['Rapport', '&File', '&Edit', '&View', '&Help']);
  });

  it('sends command events for import, export, undo, redo, find and new contact', () => {
    const { items, commands } = build('win32', false);
    for (const label of ['Import…', 'Export…', 'Undo', 'Redo', 'Find…', 'New Contact', 'Settings…']) click(items.find((item) => item.label === label));
    expect(commands).toEqual(['import', 'export', 'undo', 'redo', 'find', 'newContact', 'settings']);
  });

  it('runs backup and about in the main process', () => {
    const { items, calls } = build('linux', false);
    click(items.find((item) => item.label === 'Back Up…'));
    click(items.find((item) => item.label === '&About Rapport'));
    expect(calls).toEqual(['backUp', 'about']);
  });

  it('leaves Ctrl+Z to focused text fields by not registering the undo and redo shortcuts', () => {
    const { items } = build('linux', false);
    for (const label of ['Undo', 'Redo']) expect(items.find((item) => item.label === label)?.registerAccelerator, label).toBe(false);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => build('linux', isDevelopment).items.map((item) => item.role).filter(Boolean);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    expect(roles(false)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom', 'quit']));
  });
});
