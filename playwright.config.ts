/**
 * End-to-end tests: the built interface in a real Chromium, talking to the real HTTP host
 * over a real SQLite file (see tests/e2e/fixtures.ts). Run after `npm run build`.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // The JSON report feeds the one-line summary of scripts/run-tests.mjs.
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    // The system Chromium: the suite never downloads browsers.
    browserName: 'chromium',
    launchOptions: {
      // RAPPORT_CHROMIUM points elsewhere on machines without Debian's package.
      executablePath: process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
