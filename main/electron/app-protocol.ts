/**
 * Serves the built renderer on app://rapport/ with the same Content Security Policy as the
 * HTTP host. The scheme must be declared privileged before the app is ready, so that it is
 * "standard" (relative URLs and an origin work) and "secure" (like https).
 */
import fs from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../hosts/content-security-policy';
import { APP_ORIGIN, APP_SCHEME } from './app-origin';
import { resolveRendererFile } from './renderer-files';

/** Call before app 'ready'. */
export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Call after 'ready', on the session the window uses. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: COMMON_HEADERS });
    }
    const found = resolveRendererFile(rendererDir, request.url, APP_ORIGIN);
    if (!found) return new Response('Not found', { status: 404, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain' } });
    try {
      const body = await fs.readFile(found.file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...COMMON_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': 'no-cache' },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain' } });
    }
  });
}
