/**
 * `npm test`: every stage in turn (unit tests, real-build tests, type check, build, checks over
 * dist/, browser tests), a table of what each found, and ONE closing line for the whole run:
 * `N passed, N failed` (`, N skipped` when some were), summed over Vitest and Playwright, with the
 * type check and the build counted as one check each. Exits non-zero when anything failed.
 *
 * Every stage runs even when an earlier one failed, so one run shows every failure; only the
 * stages that read dist/ (dist checks, browser tests) are skipped when the build failed, since
 * they would test the previous build.
 *
 * The build is made for the address the browser tests serve it at (SITE_URL =
 * http://127.0.0.1:$PREVIEW_PORT/), so canonical links, oEmbed files and the share dialog agree.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.PREVIEW_PORT ?? 4321);
const reports = mkdtempSync(join(tmpdir(), 'chronology-test-'));
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PREVIEW_PORT: String(port),
  SITE_URL: `http://127.0.0.1:${port}/`,
};
delete env.BASE_PATH;

const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
const vitestJson = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

/** @typedef {{ passed: number, failed: number, skipped: number, note?: string }} Counts */

/** Counts from Vitest's JSON report; a file that failed to load counts as one failure. */
function vitestCounts(name) {
  const file = join(reports, `${name}.json`);
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const fileErrors = r.testResults.filter(
    (t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + fileErrors,
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

/** Counts from Playwright's JSON report; tests that passed on a retry count as passed (and are named flaky). */
function playwrightCounts() {
  const file = join(reports, 'e2e.json');
  if (!existsSync(file)) return null;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
    ...(stats.flaky ? { note: `${stats.flaky} flaky (passed on retry)` } : {}),
  };
}

const stages = [
  {
    name: 'unit',
    what: 'Vitest: tests/unit, tests/charts',
    args: [...vitest, 'tests/unit', 'tests/charts', ...vitestJson('unit')],
    counts: () => vitestCounts('unit'),
  },
  {
    name: 'build tests',
    what: 'Vitest: real builds, one file at a time',
    args: [...vitest, 'tests/build', '--no-file-parallelism', ...vitestJson('build')],
    counts: () => vitestCounts('build'),
  },
  { name: 'check', what: 'astro check (types), one check', args: ['node_modules/astro/bin/astro.mjs', 'check'] },
  { name: 'build', what: 'scripts/build.mjs, one check', args: ['scripts/build.mjs'], builds: true },
  {
    name: 'dist',
    what: 'Vitest over dist/',
    args: [...vitest, '--config', 'vitest.dist.config.ts', ...vitestJson('dist')],
    counts: () => vitestCounts('dist'),
    needsBuild: true,
  },
  {
    name: 'e2e',
    what: 'Playwright',
    args: ['node_modules/@playwright/test/cli.js', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json') },
    counts: playwrightCounts,
    needsBuild: true,
  },
];

const rows = [];
let built = true;
for (const stage of stages) {
  if (stage.needsBuild && !built) {
    rows.push({ stage: stage.name, passed: 0, failed: 0, skipped: 0, note: 'not run: the build failed' });
    continue;
  }
  console.log(`\n━━ npm test: ${stage.name} (${stage.what})`);
  const started = Date.now();
  const result = spawnSync(process.execPath, stage.args, { stdio: 'inherit', env: { ...env, ...stage.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const ok = result.status === 0;
  if (stage.builds) built = ok;
  /** @type {Counts} */
  let counts = stage.counts?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  // A runner that failed without reporting a failed test (it crashed, or found no tests) is one failure.
  if (!ok && counts.failed === 0)
    counts = { ...counts, failed: 1, note: `exited with ${result.status ?? result.signal}` };
  rows.push({ stage: stage.name, ...counts, seconds, note: counts.note ?? '' });
}
rmSync(reports, { recursive: true, force: true });

const total = rows.reduce(
  (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);
console.log('\nnpm test, by stage:');
console.table(rows);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 || rows.some((r) => r.note.startsWith('not run')) ? 1 : 0);
