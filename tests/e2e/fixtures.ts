/**
 * Each test gets its own Rapport: the built HTTP server (dist/main/serve.cjs) on a free
 * port, with a fresh SQLite file in a temporary folder, stopped and removed afterwards.
 * The page fixture opens the address the server prints, token included, and fails the
 * test if the page logs an error (a CSP violation, an uncaught exception, a failed call).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const serverScript = path.join(repoRoot, 'dist', 'main', 'serve.cjs');
const OPEN_URL = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/;
const STARTUP_TIMEOUT_MS = 15_000;

/** Browsers ignore frame-ancestors in a meta policy and say so; the HTTP header still applies it. */
const EXPECTED_CONSOLE_NOISE = [/'frame-ancestors' is ignored when delivered via a <meta> element/];

export interface RapportServer {
  /** The address to open: http://127.0.0.1:PORT/#token=… */
  openUrl: string;
  origin: string;
  token: string;
  databasePath: string;
}

function waitForOpenUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not print its address in time:\n${output}`)), STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = OPEN_URL.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before it was ready:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface RapportOptions {
  /** A database file to start from (copied, so tests never change it); null for an empty one. */
  seedDatabase: string | null;
  /** Keep settings.firstRunDone false, so the welcome screen shows; most tests skip it. */
  firstRun: boolean;
}

export const test = base.extend<RapportOptions & { rapportServer: RapportServer }>({
  seedDatabase: [null, { option: true }],
  firstRun: [false, { option: true }],
  rapportServer: async ({ seedDatabase }, use) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-'));
    const databasePath = path.join(folder, 'rapport.sqlite');
    if (seedDatabase) await copyFile(seedDatabase, databasePath);
    const child = spawn(process.execPath, [serverScript, '--db', databasePath, '--port', '0'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const openUrl = await waitForOpenUrl(child);
      const url = new URL(openUrl);
      const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
      await use({ openUrl, origin: url.origin, token, databasePath });
    } finally {
      await stop(child);
      await rm(folder, { recursive: true, force: true });
    }
  },

  page: async ({ page, rapportServer, firstRun }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!EXPECTED_CONSOLE_NOISE.some((noise) => noise.test(text))) problems.push(`console: ${text}`);
    });
    if (!firstRun) {
      const response = await page.request.post(`${rapportServer.origin}/api/settings.update`, {
        headers: { Authorization: `Bearer ${rapportServer.token}` },
        data: { firstRunDone: true },
      });
      expect(response.ok(), 'marking the first run done').toBe(true);
    }
    await page.goto(rapportServer.openUrl);
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };
