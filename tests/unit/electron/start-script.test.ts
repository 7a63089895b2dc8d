/**
 * scripts/start.mjs decides between Electron and the browser build by asking the electron
 * package for its binary. Run for real in --dry-run mode, which prints its plan and runs nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths';
import { makeTempDir } from '../../support/test-database';

const script = path.join(repoRoot, 'scripts', 'start.mjs');
const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function plan(args: string[], env: NodeJS.ProcessEnv): string {
  const { ELECTRON_OVERRIDE_DIST_PATH: _ignored, ...base } = process.env;
  return execFileSync(process.execPath, [script, '--dry-run', ...args], { cwd: repoRoot, env: { ...base, ...env }, encoding: 'utf8' });
}

describe('scripts/start.mjs', () => {
  it('falls back to the browser build, with --db and --port, when Electron has no binary', () => {
    // The electron package is installed here without its binary, so require('electron') throws.
    const output = plan(['--db', '/tmp/x.sqlite', '--port', '4321'], {});
    expect(output).toContain('Electron is not installed on this machine');
    expect(output).toMatch(/would launch: .*node\S* \S*dist[/\\]main[/\\]serve\.cjs --db \/tmp\/x\.sqlite --port 4321/);
  });

  it('launches Electron with the app folder and --db when the binary exists', () => {
    const dist = makeTempDir('rapport-fake-electron-');
    cleanup.push(dist);
    const binary = path.join(dist, 'electron');
    fs.writeFileSync(binary, '');
    // electron/index.js honours this variable, so the real detection code path runs.
    const output = plan(['--db', '/tmp/x.sqlite'], { ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(output).not.toContain('Electron is not installed');
    expect(output).toContain(`would launch: ${binary} ${repoRoot} --db /tmp/x.sqlite`);
  });

  it('treats a binary path that does not exist as no Electron', () => {
    const dist = path.join(makeTempDir('rapport-no-electron-'), 'missing');
    cleanup.push(path.dirname(dist));
    expect(plan([], { ELECTRON_OVERRIDE_DIST_PATH: dist })).toContain('Electron is not installed on this machine');
  });
});
