import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRuntime, type Runtime } from '../../main/api/runtime';
import { startHttpHost, type HttpHost } from '../../main/hosts/http-host';
import { makeTempDir } from '../support/test-database';

let runtime: Runtime;
let host: HttpHost;
let staticDir: string;

beforeEach(async () => {
  const dir = makeTempDir();
  staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Rapport</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  runtime = await startRuntime({ databasePath: path.join(dir, 'rapport.sqlite'), host: { version: 'test', host: 'http' }, emit: (event) => host?.publish(event) });
  host = await startHttpHost({ dispatch: runtime.dispatch, staticDir });
});
afterEach(async () => {
  await host.close();
  runtime.close();
});

const post = (method: string, body: unknown, token: string | null = host.token) =>
  fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('the HTTP host', () => {
  it('listens on 127.0.0.1 only and prints an address with the token in the fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.openUrl).toBe(`${host.url}/#token=${host.token}`);
  });

  it('dispatches an API call with the token', async () => {
    const response = await post('contacts.create', { given: 'Ana' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { value: { displayName: 'Ana' } } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    expect((await post('app.stats', {}, null)).status).toBe(401);
    expect((await post('app.stats', {}, 'x'.repeat(32))).status).toBe(401);
    const events = await fetch(`${host.url}/api/events?token=wrong`);
    expect(events.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    // fetch() will not send a forged Host header, so speak HTTP directly.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: host.port, path: '/api/app.stats', method: 'POST', headers: { Host: 'evil.example', Authorization: `Bearer ${host.token}` } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers bad JSON with INVALID_INPUT', async () => {
    const response = await fetch(`${host.url}/api/app.stats`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` }, body: '{nope' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the interface with a strict CSP, and nothing outside its folder', async () => {
    const page = await fetch(`${host.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Rapport</title>');
    const escape = await fetch(`${host.url}/..%2fsecret.txt`);
    expect(await escape.text()).not.toContain('outside');
  });

  it('pushes data-changed events to subscribers', async () => {
    const controller = new AbortController();
    const response = await fetch(`${host.url}/api/events?token=${host.token}`, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read(); // ": connected"
    await post('contacts.create', { given: 'Ana' });
    let text = '';
    while (!text.includes('dataChanged')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/data: \{"type":"dataChanged","entities":\["contacts"\]/);
    controller.abort();
  });
});
