/**
 * `npm run check:content` (scripts/check-content.mjs): the whole content folder checked without
 * building, every problem and warning printed as the build prints them, exit code 1 on problems.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asPrinted, CASES, layOut } from '../fixtures/corpus/cases';

const scratch = mkdtempSync(join(tmpdir(), 'chronology-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function checkContent(kind: string) {
  const c = CASES.find((x) => x.kind === kind)!;
  const { content, captures } = layOut(c, join(scratch, kind.replace(/\W+/g, '-')));
  const result = spawnSync(process.execPath, ['scripts/check-content.mjs', content], {
    env: { ...process.env, SOURCES_DIR: captures },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = (list: readonly string[]) => list.map((l) => `  - ${asPrinted(l, process.cwd(), content, captures)}`);
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    problems: lines(c.problems),
    warnings: lines(c.warnings ?? []),
  };
}

describe('npm run check:content', () => {
  it('prints every problem and exits 1', () => {
    const run = checkContent('a file name differing only by letter case');
    expect(run.status).toBe(1);
    const out = run.stdout.trimEnd().split('\n');
    expect(out[0]).toMatch(
      /^Checked 13 content files in \d+\.\d s: 2 problems, 0 warnings; 0 quotes found in their articles, 6 unchecked\.$/,
    );
    expect(out.slice(1)).toEqual(['The chronology content has 2 problems:', ...run.problems]);
    expect(run.stderr).toBe('');
  }, 60_000);

  it('prints the warnings of content that builds, and exits 0', () => {
    const run = checkContent('a quote that occurs twice in its article');
    expect(run.status).toBe(0);
    const out = run.stdout.trimEnd().split('\n');
    expect(out[0]).toMatch(
      /^Checked 12 content files in \d+\.\d s: 0 problems, 1 warning; 6 quotes found in their articles\.$/,
    );
    expect(out.slice(1)).toEqual(['The chronology content has 1 warning:', ...run.warnings]);
  }, 60_000);

  it('checks the site content by default', () => {
    const result = spawnSync(process.execPath, ['scripts/check-content.mjs'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Checked \d+ content files in \d+\.\d s: 0 problems, /);
  }, 60_000);
});
