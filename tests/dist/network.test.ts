/**
 * The network in the built site: its JavaScript within budget (a failing test, like the
 * chronology's), every pair page, the data files, the static snapshot, and the pages that show
 * the layer (al-Qaeda's relationships, an event's network on its date).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASE, DIST } from './dist';

/** The file in dist/ of a site path (base path included, as the pages and data files give them). */
const inDist = (path: string) => join(DIST, path.startsWith(BASE) ? path.slice(BASE.length) : path);

/**
 * Budgets for /network/, gzip -9, in KB: what loads with the page (the element, its behaviours,
 * the plan and render, the site's search), and with the export loaded on demand (the network's
 * standalone SVG, and the light palette, print size and PNG density it shares with the chronology's
 * downloads; none of the chronology's plan). Measured after the chart's v2 merge: 17.1 and 20.4.
 */
export const NETWORK_JS_BUDGET_KB = { initial: 20, withExport: 24 } as const;

/** Scripts a page loads: its module entries and their static imports; dynamic imports apart. */
function scriptsOf(page: string): { initial: Map<string, string>; lazy: Map<string, string> } {
  const html = readFileSync(join(DIST, page), 'utf8');
  const initial = new Map<string, string>();
  const lazy = new Map<string, string>();
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) initial.set(src, '');
    else if (!/type="application\/(?:ld\+)?json"/.test(m[1]!) && m[2]!.trim()) inline.push(m[2]!);
  }
  const queue = [...initial.keys()].map((url) => ({ url, dynamic: false }));
  while (queue.length > 0) {
    const { url, dynamic } = queue.shift()!;
    const code = readFileSync(inDist(url), 'utf8');
    (dynamic ? lazy : initial).set(url, code);
    for (const m of code.matchAll(/(?:from\s*|import\s*)["'`]([^"'`]+\.js)["'`]/g)) {
      const next = new URL(m[1]!, `http://x${url}`).pathname;
      if (!initial.has(next) && !lazy.has(next)) queue.push({ url: next, dynamic });
    }
    for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) {
      const next = new URL(m[1]!, `http://x${url}`).pathname;
      if (!initial.has(next) && !lazy.has(next)) queue.push({ url: next, dynamic: true });
    }
  }
  inline.forEach((code, i) => initial.set(`inline-${i}`, code));
  for (const url of initial.keys()) lazy.delete(url);
  return { initial, lazy };
}

const kb = (files: Map<string, string>) => [...files.values()].reduce((n, code) => n + gzipSync(code, { level: 9 }).length, 0) / 1024;

describe('/network/ JavaScript', () => {
  it(`stays within ${NETWORK_JS_BUDGET_KB.initial} KB gzip on load, ${NETWORK_JS_BUDGET_KB.withExport} KB with the export`, () => {
    const { initial, lazy } = scriptsOf('network/index.html');
    const first = kb(initial);
    // The on-demand export: its chunk and the helpers it imports (not the header search's chunks,
    // which load on intent on every page and have their own budgets in scripts/js-budgets.json).
    const exportChunks = new Map([...lazy].filter(([url]) => /\/(export|png)\.[^/]+\.js$/.test(url)));
    expect(exportChunks.size).toBeGreaterThan(0);
    const all = first + kb(exportChunks);
    expect([...initial.keys()].some((u) => u.includes('Network'))).toBe(true);
    expect(first, [...initial.keys()].join(', ')).toBeLessThanOrEqual(NETWORK_JS_BUDGET_KB.initial);
    expect(all).toBeLessThanOrEqual(NETWORK_JS_BUDGET_KB.withExport);
    // The build-time layout (d3-force) never reaches the browser.
    for (const code of [...initial.values(), ...lazy.values()]) expect(code).not.toMatch(/forceSimulation|forceManyBody/);
  });
});

describe('network pages and files', () => {
  const data = JSON.parse(readFileSync(join(DIST, 'data', 'relationships.json'), 'utf8'));

  it('has a pair page, with its strip chart, for every pair with a period', () => {
    const pairs = new Set<string>(data.periods.map((p: { page: string }) => p.page));
    expect(pairs.size).toBeGreaterThan(10);
    for (const page of pairs) {
      const file = join(inDist(page), 'index.html');
      expect(existsSync(file), page).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/class="net-strip net-strip-wide"[\s\S]*class="net-strip net-strip-narrow"/);
    }
  });

  it('publishes edges.csv with one row per period, and GraphML with one edge per period', () => {
    const csv = readFileSync(join(DIST, 'data', 'edges.csv'), 'utf8');
    expect(csv.startsWith('Source,Target,Type,Id,Label,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(data.periods.length + 1);
    const graphml = readFileSync(join(DIST, 'data', 'relationships.graphml'), 'utf8');
    expect(graphml.match(/<edge /g)).toHaveLength(data.periods.length);
    expect(existsSync(join(DIST, 'data', 'relationships.schema.json'))).toBe(true);
  });

  it('renders the network at the default date with its table, and links to the data and the snapshot', () => {
    const html = readFileSync(join(DIST, 'network', 'index.html'), 'utf8');
    expect(html).toContain('Relationships on 25 June 2014');
    expect(html).toMatch(/class="net-svg net-svg-wide"/);
    expect(html).toMatch(/class="net-svg net-svg-narrow"/);
    for (const href of ['data/relationships.json', 'data/edges.csv', 'data/relationships.graphml', 'charts/network.png'])
      expect(html).toContain(`href="${BASE}${href}"`);
  });

  it('ships a print-size PNG of the network at its default date', () => {
    const png = readFileSync(join(DIST, 'charts', 'network.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2008);
    const svg = readFileSync(join(DIST, 'charts', 'network.svg'), 'utf8');
    expect(svg).toContain('Relationships on 25 June 2014');
  });

  it('lists al-Qaeda’s break with ISIS and the 2017 talks on its page', () => {
    const html = readFileSync(join(DIST, 'groups', 'al-qaeda', 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('id="relationships"'), html.indexOf('id="lane"'));
    expect(section).toContain(`split (who broke with whom is disputed) from <a href="${BASE}groups/islamic-state/"`);
    expect(section).toContain('reportedly held talks with');
    expect(section).toContain(`href="${BASE}events/allawi-reports-is-aq-talks/"`);
    expect(section).toContain(`href="${BASE}relations/al-qaeda--islamic-state/"`);
  });

  it('shows the network on the date on a relationship event’s page', () => {
    const html = readFileSync(join(DIST, 'events', 'albu-kamal-pledge', 'index.html'), 'utf8');
    expect(html).toContain('The network on this date');
    expect(html).toContain(`href="${BASE}network/?at=2014-06-25"`);
    expect(html).toMatch(/<svg[^>]*class="net-svg net-svg-wide"/);
  });

  it('offers the network embed', () => {
    expect(existsSync(join(DIST, 'embed', 'network', 'index.html'))).toBe(true);
  });
});
