/**
 * The JavaScript budget (scripts/js-budgets.json): the chronology page's first-load JavaScript
 * stays within its budget, every chunk loaded later within its own stated budget, and the other
 * pages with scripts (the embeds) within theirs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageScripts } from '../../scripts/page-scripts.mjs';
import { BASE, DIST } from './dist';

interface Budgets {
  firstLoad: { page: string; kb: number };
  lazy: { what: string; pattern: string; kb: number }[];
  pages: { what: string; page: string; kb: number }[];
}
const budgets = JSON.parse(readFileSync(new URL('../../scripts/js-budgets.json', import.meta.url), 'utf8')) as Budgets;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

describe('JavaScript budget', () => {
  const scripts = pageScripts(DIST, budgets.firstLoad.page, BASE);

  it(`keeps the chronology page's first-load JavaScript within ${budgets.firstLoad.kb} KB gzip`, () => {
    const first = scripts.filter((s) => !s.lazy);
    expect(first.some((s) => /chrono|Chronology/.test(s.url))).toBe(true);
    const total = first.reduce((n, s) => n + s.gzip, 0);
    expect(kb(total), first.map((s) => `${kb(s.gzip)} KB ${s.url}`).join('\n')).toBeLessThanOrEqual(budgets.firstLoad.kb);
  });

  it('keeps every chunk loaded later within its own stated budget', () => {
    const lazy = scripts.filter((s) => s.lazy);
    expect(lazy.length).toBeGreaterThan(0);
    for (const s of lazy) {
      const budget = budgets.lazy.find((b) => new RegExp(b.pattern).test(s.url));
      expect(budget, `${s.url}: no budget stated in scripts/js-budgets.json`).toBeDefined();
      expect(kb(s.gzip), `${s.url} (${budget!.what})`).toBeLessThanOrEqual(budget!.kb);
    }
  });

  it.each(budgets.pages)('keeps the first-load JavaScript of $page within $kb KB gzip ($what)', ({ page, kb: budget }) => {
    const first = pageScripts(DIST, page, BASE).filter((s) => !s.lazy);
    expect(first.length).toBeGreaterThan(0);
    const total = first.reduce((n, s) => n + s.gzip, 0);
    expect(kb(total), first.map((s) => `${kb(s.gzip)} KB ${s.url}`).join('\n')).toBeLessThanOrEqual(budget);
  });
});
