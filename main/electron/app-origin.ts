/**
 * Where the renderer's pages live. A custom privileged scheme rather than file:// gives the
 * interface a real origin of its own: CSP 'self' then means our files and nothing else on
 * disk, and the IPC sender check has a host to compare.
 */
import type { AppOrigin } from '../hosts/electron-ipc';

export const APP_SCHEME = 'app';
export const APP_HOST = 'rapport';
export const APP_ORIGIN: AppOrigin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
