/**
 * Each kind of bad content (tests/fixtures/corpus/cases.ts): the valid fixture corpus with one
 * change must give exactly the expected problems and warnings (file, line, field, fix), and
 * nothing else, through the same check the build and `npm run check:content` run, and through
 * the Node loader that tests and benchmarks use.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, formatProblem, formatProblems } from '../../src/lib/chronology/problems';
import { checkContent } from '../../src/lib/corpus/check';
import { loadChronology, loadCorpus } from '../../src/lib/corpus/load';
import { CASES, layOut, type Case } from '../fixtures/corpus/cases';

const scratch = mkdtempSync(join(tmpdir(), 'chronology-invalid-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
function run(c: Case) {
  const paths = layOut(c, join(scratch, String(n++)));
  return { ...paths, report: checkContent(paths.content, { root: paths.root, capturesDir: paths.captures }) };
}

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
  walk(dir);
  return out;
}

const valid = run({ item: 0, kind: 'valid', edits: [], problems: [] });
const validEvents = JSON.stringify(loadChronology(valid.content, valid.root, { capturesDir: valid.captures }).events);

describe('the valid fixture', () => {
  it('has no problems and no warnings, and every quote is found in its article', () => {
    expect(valid.report.problems).toEqual([]);
    expect(valid.report.warnings).toEqual([]);
    expect(valid.report.quotes).toEqual({ checked: 6, unchecked: 0 });
    expect(JSON.parse(validEvents)).toHaveLength(3);
  });
});

describe('each kind of bad content gives exactly its message', () => {
  it.each(CASES.map((c) => [`${c.item}: ${c.kind}`, c] as const))('%s', (_name, c) => {
    const { root, content, captures, report } = run(c);
    expect(report.problems.map(formatProblem)).toEqual(c.problems);
    expect(report.warnings.map(formatProblem)).toEqual(c.warnings ?? []);
    if (c.problems.length > 0) {
      // The Node loader throws the same report, heading and all.
      let error: unknown;
      try {
        loadCorpus(content, root, { capturesDir: captures });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CorpusError);
      expect((error as CorpusError).message).toBe(formatProblems(report.problems));
    } else {
      // Warnings do not change what is published: the same events as the valid fixture.
      expect(JSON.stringify(loadChronology(content, root, { capturesDir: captures }).events)).toBe(validEvents);
    }
  });

  it('covers every kind of issue 12 that a fixture can show (1–7 and 9)', () => {
    const items = new Set(CASES.map((c) => c.item));
    for (const item of [1, 2, 3, 4, 5, 6, 7, 9]) expect(items.has(item), `item ${item}`).toBe(true);
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });
});

describe('messages name the content folder in use', () => {
  it('hints at the folder CHRONOLOGY_CONTENT points to, not content/', () => {
    const c = CASES.find((x) => x.problems.some((p) => p.includes('add content/groups/alpah.yaml')))!;
    const { root, content, captures } = layOut(c, join(scratch, String(n++)));
    const moved = join(root, 'corpora', 'big');
    mkdirSync(join(root, 'corpora'), { recursive: true });
    renameSync(content, moved);
    const messages = checkContent(moved, { root, capturesDir: captures }).problems.map(formatProblem);
    expect(
      messages.some(
        (m) => m.startsWith('corpora/big/sources/first.mdx') && m.includes('add corpora/big/groups/alpah.yaml'),
      ),
    ).toBe(true);
    expect(messages.join('\n')).not.toContain('content/');
  });
});

describe('nothing is lost', () => {
  it('checking content never writes to it, whether it passes or fails', () => {
    for (const c of [CASES.find((x) => x.problems.length > 0)!, CASES.find((x) => x.problems.length === 0)!]) {
      const paths = layOut(c, join(scratch, String(n++)));
      const before = digests(paths.root);
      checkContent(paths.content, { root: paths.root, capturesDir: paths.captures });
      try {
        loadChronology(paths.content, paths.root, { capturesDir: paths.captures });
      } catch {
        // expected for the failing case
      }
      expect(digests(paths.root)).toEqual(before);
    }
  });

  it('reports a file whose id clashes with another instead of keeping one of them', () => {
    const c = CASES.find((x) => x.kind === 'an .md beside an .mdx of the same name (identical copy)')!;
    const { report } = run(c);
    expect(report.corpus).toBeUndefined();
    expect(report.problems).toHaveLength(1);
  });
});
