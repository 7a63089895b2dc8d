// `npm start`: the desktop app when Electron's binary is installed, otherwise the same
// interface served to a browser on 127.0.0.1 (machines where Electron's download fails).
// Builds whatever is missing first.
//
//   node scripts/start.mjs [--db PATH] [--port N] [--dry-run]
//
// --dry-run prints the steps and the command it would run, and runs nothing.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  strict: true,
});
const dryRun = values['dry-run'];

/**
 * The electron package's main export is the path of its binary, and it throws when the
 * binary was never downloaded. The file must also exist: ELECTRON_OVERRIDE_DIST_PATH or a
 * half-deleted install can name one that is not there.
 */
function findElectronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const exists = (relative) => fs.existsSync(path.join(root, relative));

function run(description, command, args) {
  console.log(`${dryRun ? 'would run' : 'running'}: ${description}`);
  if (dryRun) return;
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: "${description}" failed; fix the error above and run npm start again.`);
    process.exit(result.status ?? 1);
  }
}

function ensureBuilt(needsElectronBundles) {
  const mainBundles = ['dist/main/serve.cjs', ...(needsElectronBundles ? ['dist/electron/main.cjs', 'dist/electron/preload.cjs'] : [])];
  if (!mainBundles.every(exists)) run('node scripts/build-main.mjs', process.execPath, [path.join(root, 'scripts', 'build-main.mjs')]);
  if (!exists('dist/renderer/index.html')) {
    const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    run('vite build --config renderer/vite.config.ts', process.execPath, [viteBin, 'build', '--config', 'renderer/vite.config.ts']);
  }
}

/** The Electron build of better-sqlite3 must exist and match the installed Electron and better-sqlite3. */
function nativeBindingIsCurrent() {
  const info = path.join(root, 'native', 'electron', 'better_sqlite3.json');
  if (!exists('native/electron/better_sqlite3.node') || !fs.existsSync(info)) return false;
  try {
    const built = JSON.parse(fs.readFileSync(info, 'utf8'));
    const versionOf = (name) => JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
    return (
      built.electronVersion === versionOf('electron') &&
      built.betterSqlite3Version === versionOf('better-sqlite3') &&
      built.platform === process.platform &&
      built.arch === process.arch
    );
  } catch {
    return false;
  }
}

/** Starts the child with the terminal attached and leaves with its exit code. */
function launch(command, args, env = process.env) {
  console.log(`${dryRun ? 'would launch' : 'launching'}: ${[command, ...args].join(' ')}`);
  if (dryRun) return;
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const passThrough = [...(values.db ? ['--db', values.db] : [])];
const electron = findElectronBinary();

if (electron) {
  ensureBuilt(true);
  if (!nativeBindingIsCurrent()) run('node scripts/rebuild-electron-native.mjs', process.execPath, [path.join(root, 'scripts', 'rebuild-electron-native.mjs')]);
  if (values.port) console.log('start: --port applies to the browser build only; the desktop app has no port.');
  // Set in the environment, it would make Electron behave as plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  launch(electron, [root, ...passThrough], env);
} else {
  console.log('Electron is not installed on this machine, so Rapport serves the same interface for your browser instead.');
  ensureBuilt(false);
  launch(process.execPath, [path.join(root, 'dist', 'main', 'serve.cjs'), ...passThrough, ...(values.port ? ['--port', values.port] : [])]);
}
