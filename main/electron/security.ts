/**
 * Hardening that applies to every web page Electron creates, not just our window, following
 * Electron's security checklist: no navigation away from the app, no new windows, no
 * <webview>, no permissions, and links open in the system's own programs only when safe.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-links';
import { APP_ORIGIN } from './app-origin';
import { isAppUrl } from '../hosts/electron-ipc';

/**
 * Permissions the interface may use: writing to the clipboard (copy a phone number) and
 * notifications (reminders). Camera, microphone, location, MIDI and the rest are refused.
 */
const ALLOWED_PERMISSIONS = new Set<string>(['clipboard-sanitized-write', 'notifications']);

export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(webContents.getURL(), APP_ORIGIN));
  });
  session.setPermissionCheckHandler((webContents, permission) =>
    ALLOWED_PERMISSIONS.has(permission) && webContents !== null && isAppUrl(webContents.getURL(), APP_ORIGIN),
  );
}

function openOutside(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error));
}

function lockDown(contents: WebContents): void {
  // The app is one page that never navigates. Links meant for the browser use
  // target="_blank" and arrive at the window-open handler below; a script that changes
  // location (an injected one, say) gets nowhere, not even the system browser.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Call once, before any window exists. */
export function hardenApp(): void {
  // Every renderer sandboxed, including any a dependency might create.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}
