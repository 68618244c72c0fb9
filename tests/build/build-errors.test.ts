/**
 * The real build (`astro build`) on bad content: it stops before writing anything, printing the
 * project's own report (the same lines as the Node loader and `npm run check:content`) and not
 * Astro's raw output; it never rewrites a content file; the warnings that matter are printed at
 * the end of a build that succeeds. `astro sync` (no build integration) shows that the content
 * loaders give the same messages on their own, as in `astro dev`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asPrinted, CASES, layOut, type Case } from '../fixtures/corpus/cases';

const scratch = mkdtempSync(join(tmpdir(), 'chronology-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder with a digest of its bytes. */
function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function byKind(kind: string): Case {
  const c = CASES.find((x) => x.kind === kind);
  if (!c) throw new Error(`no case "${kind}"`);
  return c;
}

let n = 0;
/** Runs `astro <command>` on a case; the expected lines are rewritten to the paths the build prints. */
function astro(c: Case, command: 'build' | 'sync') {
  const dir = join(scratch, String(n++));
  const { content, captures } = layOut(c, dir);
  const outDir = join(dir, 'dist');
  mkdirSync(outDir, { recursive: true });
  // The last good site: a failed build must leave it as it is.
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>last good build</title>');
  const before = { content: digests(content), dist: digests(outDir) };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', command], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: process.env.SITE_URL ?? 'https://example.org/',
      CHRONOLOGY_CONTENT: content,
      SOURCES_DIR: captures,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const localise = (line: string) => asPrinted(line, process.cwd(), content, captures);
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    problems: c.problems.map(localise),
    warnings: (c.warnings ?? []).map(localise),
    unchanged: () => {
      expect(digests(content)).toEqual(before.content);
    },
    distUntouched: () => {
      expect(digests(outDir)).toEqual(before.dist);
    },
  };
}

/** The report block as the build prints it (after the logger's prefix on its first line). */
function block(lines: readonly string[], kind: string): string {
  return `The chronology content has ${lines.length} ${kind}${lines.length === 1 ? '' : 's'}:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}

/** Astro's own content error output, which the project's messages replace. */
const ASTRO_RAW =
  /InvalidContentEntryDataError|DataCollectionEntryParseError|\*\*|:0:0|Unrecognized key|Stack trace|Required/;

describe('astro build stops on bad content with the project messages, before writing anything', () => {
  it.each([
    'a file name differing only by letter case',
    'an .md beside an .mdx of the same name (identical copy)',
    'a quote that is not in its article',
    'a misspelt required top-level field',
    'an unknown key in a claim',
    'unknown group in a claim',
  ])(
    '%s',
    (kind) => {
      const c = byKind(kind);
      const run = astro(c, 'build');
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(`[ERROR] [chronology-content] ${block(run.problems, 'problem')}\n`);
      expect(run.output.split('The chronology content has').length - 1).toBe(1);
      expect(run.output).toContain('The build stopped before writing anything');
      expect(run.output).not.toMatch(ASTRO_RAW);
      run.unchanged();
      run.distUntouched();
    },
    240_000,
  );
});

describe('the content loaders give the same messages on their own (astro sync, as in astro dev)', () => {
  it.each(['a misspelt required top-level field', 'a file name differing only by letter case', 'an unclosed bracket'])(
    '%s',
    (kind) => {
      const c = byKind(kind);
      const run = astro(c, 'sync');
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(block(run.problems, 'problem'));
      expect(run.output).not.toMatch(
        /InvalidContentEntryDataError|DataCollectionEntryParseError|\*\*|:0:0|Unrecognized key/,
      );
      run.unchanged();
    },
    240_000,
  );
});

describe('a build with warnings succeeds and lists them at the end', () => {
  it('a group no claim names', () => {
    const c = byKind('a group no claim names');
    const run = astro(c, 'build');
    expect(run.status, run.output).toBe(0);
    const at = run.output.indexOf(
      `[WARN] [chronology-content] The chronology content has 1 warning (the build went on):\n  - ${run.warnings[0]}\n`,
    );
    expect(at).toBeGreaterThan(-1);
    // After every page is written: only the build's closing summary follows.
    expect(run.output.slice(at)).not.toMatch(/generating static routes|Building static entrypoints/);
    expect(run.output.indexOf('page(s) built')).toBeGreaterThan(at);
    run.unchanged();
  }, 240_000);
});
