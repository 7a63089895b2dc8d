/**
 * The loopback HTTP host: the same dispatcher as the Electron IPC host, for the browser
 * build and the Playwright suite. It listens on 127.0.0.1 only, and every API request must
 * carry the token made at launch, so another user or a web page cannot call it.
 *
 *   POST /api/<method>          body: JSON input → JSON ApiResult
 *   GET  /api/events?token=…    server-sent events (AppEvent as JSON per message)
 *   GET  /*                     the built renderer (index.html for unknown paths)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AppEvent } from '../../shared/api/events';
import type { Dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer); when absent only the API is served. */
  staticDir?: string | undefined;
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  /** The address to open in a browser: the token travels in the fragment, never to the server's logs. */
  openUrl: string;
  token: string;
  port: number;
  publish(event: AppEvent): void;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function sameToken(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(Object.assign(new Error('request body too large'), { status: 413 }));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, response: http.ServerResponse): void {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const requested = path.normalize(path.join(staticDir, decoded));
  // Never serve anything outside the renderer folder (../ tricks).
  const inside = requested.startsWith(path.resolve(staticDir) + path.sep) || requested === path.resolve(staticDir);
  let file = inside && fs.existsSync(requested) && fs.statSync(requested).isFile() ? requested : path.join(staticDir, 'index.html');
  if (!fs.existsSync(file)) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('The interface has not been built. Run: npm run build');
    return;
  }
  file = path.resolve(file);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  fs.createReadStream(file).pipe(response);
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 16 * 1024 * 1024;
  const subscribers = new Set<http.ServerResponse>();
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      const status = (error as { status?: number }).status ?? 500;
      if (!response.headersSent) sendJson(response, status, { ok: false, error: { code: 'INTERNAL', message: String((error as Error).message) } });
      else response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends its own Host.
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendJson(response, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Unknown host.' } });
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname === '/api/events') {
      if (!sameToken(url.searchParams.get('token'), token)) {
        sendJson(response, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token.' } });
        return;
      }
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      subscribers.add(response);
      request.on('close', () => subscribers.delete(response));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!sameToken(bearer, token)) {
        sendJson(response, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token.' } });
        return;
      }
      if (request.method !== 'POST') {
        sendJson(response, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Use POST.' } });
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(request, maxBody);
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        sendJson(response, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not JSON.' } });
        return;
      }
      sendJson(response, 200, await options.dispatch(method, input));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Method not allowed.' } });
      return;
    }
    if (!options.staticDir) {
      sendJson(response, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No interface is served here.' } });
      return;
    }
    serveStatic(options.staticDir, url.pathname, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}`;

  // Keep server-sent event streams alive through idle periods.
  const heartbeat = setInterval(() => {
    for (const subscriber of subscribers) subscriber.write(': ping\n\n');
  }, 25_000);
  heartbeat.unref();

  return {
    url,
    openUrl: `${url}/#token=${token}`,
    token,
    port,
    publish(event) {
      const message = `data: ${JSON.stringify(event)}\n\n`;
      for (const subscriber of subscribers) subscriber.write(message);
    },
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        for (const subscriber of subscribers) subscriber.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
