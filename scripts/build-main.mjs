// Bundles the main-process entry points with esbuild. Native and Electron modules stay
// external: better-sqlite3 is loaded from node_modules (or from the Electron build in
// native/electron), electron from the runtime.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const entries = [
  { in: 'main/serve.ts', out: 'dist/main/serve.cjs' },
  { in: 'main/cli.ts', out: 'dist/main/cli.cjs' },
  { in: 'main/electron/main.ts', out: 'dist/electron/main.cjs' },
  { in: 'main/electron/preload.ts', out: 'dist/electron/preload.cjs' },
].filter((entry) => existsSync(entry.in));

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: [entry.in],
      outfile: entry.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true,
      external: ['better-sqlite3', 'electron'],
      define: { __RAPPORT_VERSION__: JSON.stringify(version) },
      logLevel: 'warning',
    }),
  ),
);
console.log(`built ${entries.map((e) => e.out).join(', ')}`);
