#!/usr/bin/env node
// `npx rapport` / the installed `rapport` command. The TypeScript sources are bundled by
// `npm run build:main` (which `npm install` runs through the prepare script).
const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('rapport: the command line has not been built yet. Run: npm run build:main\n');
  process.exit(1);
}
require(built);
