/**
 * The Electron main-process entry, bundled to dist/electron/main.cjs. Everything lives in
 * small modules; this file only starts them.
 */
import { startApp } from './app-lifecycle';

startApp();
