/**
 * Maps an app://rapport/… request to a file in dist/renderer, and to nothing else on disk.
 * Pure path logic, kept apart from Electron so it can be tested.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppOrigin } from '../hosts/electron-ipc';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFile {
  file: string;
  contentType: string;
}

export function resolveRendererFile(rendererDir: string, requestUrl: string, origin: AppOrigin): RendererFile | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== origin.protocol || url.host !== origin.host) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const requested = path.resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  // Never anything outside the renderer folder, whatever ../ or %2e%2e the URL carries.
  if (requested !== root && !requested.startsWith(root + path.sep)) return null;

  let file = requested;
  if (requested === root || !isFile(requested)) {
    // Client-side routes (no extension) get the app shell; a missing asset is a real 404.
    if (requested !== root && path.extname(requested) !== '') return null;
    file = path.join(root, 'index.html');
    if (!isFile(file)) return null;
  }
  return { file, contentType: MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}
