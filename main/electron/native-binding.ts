/**
 * Where the Electron build of better-sqlite3 lives. node_modules holds the build for Node's
 * ABI (tests, CLI, browser host); Electron needs its own, made by
 * scripts/rebuild-electron-native.mjs into native/electron/ and shipped by electron-builder
 * as an extra resource.
 */
import path from 'node:path';

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export interface NativeBindingLocation {
  isPackaged: boolean;
  /** process.resourcesPath: where extraResources land in a packaged app. */
  resourcesPath: string;
  /** The project folder in development (app.getAppPath()). */
  appPath: string;
}

export function nativeBindingPath(location: NativeBindingLocation): string {
  return location.isPackaged
    ? path.join(location.resourcesPath, 'native', NATIVE_BINDING_FILE)
    : path.join(location.appPath, 'native', 'electron', NATIVE_BINDING_FILE);
}
