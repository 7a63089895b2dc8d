// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node.
//
// node_modules/better-sqlite3 keeps its build for Node (vitest, the CLI, the browser host
// use it), so the Electron build happens on a copy in a temporary folder and only the
// resulting .node file is kept. The desktop app loads it through better-sqlite3's
// `nativeBinding` option; electron-builder ships it as an extra resource.
//
//   node scripts/rebuild-electron-native.mjs [--force]
//
// Needs the network once (Electron's headers from electronjs.org, or a prebuilt binary
// from GitHub) and a C++ toolchain when no prebuilt binary matches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const outputDir = path.join(root, 'native', 'electron');
const outputFile = path.join(outputDir, 'better_sqlite3.node');
/** Which Electron, better-sqlite3 and machine the binary was made for, so start.mjs can tell when it is stale. */
const infoFile = path.join(outputDir, 'better_sqlite3.json');

function readVersion(packageName) {
  return JSON.parse(fs.readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')).version;
}

function fail(sentence) {
  console.error(`rebuild-electron-native: ${sentence}`);
  process.exit(1);
}

const electronVersion = readVersion('electron');
const sqliteVersion = readVersion('better-sqlite3');
const wanted = { electronVersion, betterSqlite3Version: sqliteVersion, platform: process.platform, arch: process.arch };

if (!process.argv.includes('--force') && fs.existsSync(outputFile) && fs.existsSync(infoFile)) {
  const built = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
  if (Object.entries(wanted).every(([key, value]) => built[key] === value)) {
    console.log(`native/electron/better_sqlite3.node is already built for Electron ${electronVersion}.`);
    process.exit(0);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-electron-native-'));
try {
  // A minimal project whose only dependency is better-sqlite3: @electron/rebuild walks the
  // dependencies of `buildPath`'s package.json and rebuilds what it finds in its node_modules.
  fs.writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'rapport-electron-native', version: '0.0.0', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }, null, 2),
  );
  const sourceDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const moduleDir = path.join(work, 'node_modules', 'better-sqlite3');
  // Without build/: the Node build must never be mistaken for the Electron one.
  fs.cpSync(sourceDir, moduleDir, {
    recursive: true,
    filter: (source) => path.relative(sourceDir, source).split(path.sep)[0] !== 'build',
  });
  // prebuild-install lets @electron/rebuild download a ready Electron binary when one exists,
  // which needs no compiler. Linked, so its own dependencies resolve from our node_modules.
  try {
    fs.symlinkSync(path.dirname(require.resolve('prebuild-install/package.json')), path.join(work, 'node_modules', 'prebuild-install'), 'junction');
  } catch {
    // Without it the rebuild compiles from source, which is fine.
  }

  // npm hands ~/.npmrc's nodedir to scripts as npm_config_nodedir; node-gyp would then compile
  // against Node's headers and silently produce a binary Electron refuses to load.
  for (const key of Object.keys(process.env)) {
    if (key.toLowerCase() === 'npm_config_nodedir') delete process.env[key];
  }

  const { rebuild } = await import('@electron/rebuild');
  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})…`);
  try {
    await rebuild({
      buildPath: work,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
      mode: 'sequential',
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(
      `could not build better-sqlite3 for Electron ${electronVersion} (${reason}); run "npm run rebuild:electron" on a machine that can reach electronjs.org and has a C++ toolchain (python3, make, g++ or Visual Studio Build Tools), or copy a native/electron/better_sqlite3.node built there into this folder.`,
    );
  }

  const built = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(built)) fail(`@electron/rebuild finished but ${built} does not exist; run again with DEBUG=electron-rebuild to see why.`);
  fs.mkdirSync(outputDir, { recursive: true });
  fs.copyFileSync(built, outputFile);
  fs.writeFileSync(infoFile, `${JSON.stringify(wanted, null, 2)}\n`);
  console.log(`Wrote ${path.relative(root, outputFile)}.`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
