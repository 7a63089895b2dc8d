#!/usr/bin/env bash
# Everything a fresh machine needs before `npm start` or `npm test`; safe to run again.
#  1. Debian's Chromium for the browser tests (only as root on a Debian-like system;
#     elsewhere Playwright uses RAPPORT_CHROMIUM or a browser you installed).
#  2. npm dependencies. Electron's binary is fetched separately and may fail (no route to
#     its host on some machines): then Rapport runs in the browser instead of its own window.
#  3. The build: main process bundles and the renderer.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's Chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "setup: no Chromium at /usr/bin/chromium; the browser tests will use RAPPORT_CHROMIUM if you set it"
  fi
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies (better-sqlite3 compiles from source where no prebuilt binary fits: about a minute)"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ -z "${CI:-}" ] && ! node -e "require('electron')" >/dev/null 2>&1; then
  echo "setup: fetching Electron's binary for the desktop window"
  if ! timeout 300 node node_modules/electron/install.js >/dev/null 2>&1; then
    echo "setup: Electron's binary could not be downloaded here; npm start will serve Rapport to your browser instead"
  fi
fi

npm run --silent build
echo "setup: done"
