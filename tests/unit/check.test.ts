/** The whole content check: the site's content passes, and the report reads as documented. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/chronology/problems';
import { capturesDir } from '../../src/lib/corpus/captures';
import { checkContent, formatReport, formatWarnings } from '../../src/lib/corpus/check';

describe('the site content', () => {
  const report = checkContent('content');
  const quotes = report.corpus!.sources.reduce((n, s) => n + s.data.claims.length, 0);

  it('has no problems and no warnings besides unchecked quotes', () => {
    expect(report.problems).toEqual([]);
    expect(report.warnings.filter((w) => !/^quotes not checked/.test(w.message))).toEqual([]);
  });

  it('checks every quote against its article, or says once how many went unchecked', () => {
    if (existsSync(capturesDir())) {
      expect(report.quotes).toEqual({ checked: quotes, unchecked: 0 });
    } else {
      expect(report.warnings.map((w) => w.message)).toEqual([
        `quotes not checked: no captured articles at ../shared/sources (set SOURCES_DIR to their folder): ${quotes} quotes in 5 sources went unchecked`,
      ]);
    }
  });
});

describe('capturesDir', () => {
  it('is SOURCES_DIR, or ../shared/sources beside the project', () => {
    expect(capturesDir('/p/site', {})).toBe(resolve('/p/shared/sources'));
    expect(capturesDir('/p/site', { SOURCES_DIR: 'texts' })).toBe(resolve('/p/site/texts'));
    expect(capturesDir('/p/site', { SOURCES_DIR: '/abs/texts' })).toBe('/abs/texts');
  });

  it('a missing folder is one warning with the count, never silence', () => {
    const report = checkContent('tests/fixtures/corpus/valid', { capturesDir: join('tests', 'no-such-folder') });
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([
      {
        file: '',
        field: '',
        message:
          'quotes not checked: no captured articles at tests/no-such-folder (set SOURCES_DIR to their folder): 6 quotes in 3 sources went unchecked',
      },
    ]);
  });
});

describe('formatting', () => {
  const warning = (i: number): Problem => ({
    file: `content/groups/g${i}.yaml`,
    field: '',
    message: 'no claim names it',
  });

  it("keeps the build's warning list short", () => {
    expect(formatWarnings([])).toBe('');
    const text = formatWarnings(
      Array.from({ length: 12 }, (_, i) => warning(i)),
      10,
    );
    expect(text.split('\n')).toHaveLength(12);
    expect(text.split('\n')[0]).toBe('The chronology content has 12 warnings (the build went on):');
    expect(text.split('\n').at(-1)).toBe('  … and 2 more: run `npm run check:content` to see them all');
  });

  it('prints a summary line and every problem and warning for check:content', () => {
    const report = checkContent('tests/fixtures/corpus/valid', { capturesDir: 'tests/fixtures/corpus/captures' });
    expect(formatReport(report, 1234)).toBe(
      'Checked 12 content files in 1.2 s: 0 problems, 0 warnings; 6 quotes found in their articles.',
    );
    const failing = { ...report, problems: [warning(1)], warnings: [warning(2)] };
    expect(formatReport(failing, 50).split('\n')).toEqual([
      'Checked 12 content files in 0.1 s: 1 problem, 1 warning; 6 quotes found in their articles.',
      'The chronology content has 1 problem:',
      '  - content/groups/g1.yaml: no claim names it',
      'The chronology content has 1 warning:',
      '  - content/groups/g2.yaml: no claim names it',
    ]);
  });
});
