// `npm test`: the build, then every vitest test (unit and integration, on real SQLite
// files) and every Playwright test (real Chromium against the real HTTP host), then one
// closing line that counts them all: "tests: N passed, N failed, N skipped".
// Both suites run even when the first fails, so one run shows everything that is broken.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const VITEST_REPORT = 'test-reports/vitest.json';
const PLAYWRIGHT_REPORT = 'test-reports/playwright.json';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

mkdirSync('test-reports', { recursive: true });
for (const report of [VITEST_REPORT, PLAYWRIGHT_REPORT]) rmSync(report, { force: true });

if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.error('tests: the build failed, so no test ran');
  process.exit(1);
}
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`]);
const playwrightStatus = run('npx', ['playwright', 'test']);

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(VITEST_REPORT)) {
  const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}
if (existsSync(PLAYWRIGHT_REPORT)) {
  const { stats } = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, 'utf8'));
  counts.passed += stats.expected + stats.flaky;
  counts.failed += stats.unexpected;
  counts.skipped += stats.skipped;
}
// A suite that crashed before writing its report still fails the run.
const failed = vitestStatus !== 0 || playwrightStatus !== 0 || counts.failed > 0 || counts.passed === 0;
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failed ? 1 : 0);
