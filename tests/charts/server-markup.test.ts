/** serverMarkup: the chart's server-drawn markup, the same from the build cache as drawn afresh. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { toChartData } from '../../src/charts/chronology/data';
import { SCREEN_VARIANTS } from '../../src/charts/chronology/layout/variants';
import { scopeChart } from '../../src/charts/chronology/scope';
import { DEFAULT_STATE } from '../../src/charts/chronology/state';
import { fixtureChronology } from '../fixtures/chart/chronology';

const dir = mkdtempSync(join(tmpdir(), 'server-markup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The module with the build cache switched on, in `dir`. */
async function load() {
  vi.resetModules();
  vi.stubEnv('CHRONOLOGY_CACHE', 'on');
  vi.stubEnv('CHRONOLOGY_CACHE_DIR', dir);
  return {
    ...(await import('../../src/charts/chronology/server-markup')),
    ...(await import('../../src/lib/build-cache')),
  };
}

const data = toChartData(fixtureChronology);
const around = (id: string) =>
  scopeChart(data, { id, title: 'Events around the pledge', from: '2014-01', to: '2014-12', clip: true, highlight: 'albu-kamal-pledge' });

describe('serverMarkup', () => {
  it('draws the variants and the overview, the opening view’s span and counts', async () => {
    const { drawServerMarkup } = await load();
    const drawn = drawServerMarkup(around('a'), DEFAULT_STATE, SCREEN_VARIANTS);
    expect(drawn.views).toHaveLength(3);
    expect(drawn.views[0]).toContain('chrono-svg-wide');
    expect(drawn.views[0]).toContain('id="a-w-');
    expect(drawn.overview).toContain('chrono-overview');
    expect(drawn.visible).toBeGreaterThan(0);
    expect(drawn.viewMs[1]).toBeGreaterThan(drawn.viewMs[0]);
  });

  it('gives from the cache exactly what it draws, under any DOM id, and draws each chart once', async () => {
    const { drawServerMarkup, serverMarkup, cacheStats } = await load();
    const first = serverMarkup(around('around-chart'), DEFAULT_STATE, SCREEN_VARIANTS, true);
    expect(first).toEqual(drawServerMarkup(around('around-chart'), DEFAULT_STATE, SCREEN_VARIANTS));
    // The embed's chart: same events, another id; served from the entry the page wrote.
    const embed = serverMarkup(around('embed-around'), DEFAULT_STATE, SCREEN_VARIANTS, true);
    expect(embed).toEqual(drawServerMarkup(around('embed-around'), DEFAULT_STATE, SCREEN_VARIANTS));
    expect(embed.views.join('')).not.toContain('around-chart');
    expect(cacheStats['chart-markup']).toEqual({ hits: 1, misses: 1 });
    // Another period is another entry.
    const other = scopeChart(data, { id: 'around-chart', from: '2013-01', to: '2013-12', clip: true });
    expect(serverMarkup(other, DEFAULT_STATE, SCREEN_VARIANTS, true)).toEqual(drawServerMarkup(other, DEFAULT_STATE, SCREEN_VARIANTS));
    expect(cacheStats['chart-markup']).toEqual({ hits: 1, misses: 2 });
    expect(readdirSync(join(dir, 'chart-markup')).length).toBeGreaterThan(0);
  });

  it('draws directly, without the cache, outside production builds', async () => {
    const { serverMarkup, cacheStats } = await load();
    serverMarkup(around('x'), DEFAULT_STATE, SCREEN_VARIANTS);
    expect(cacheStats['chart-markup']).toBeUndefined();
    vi.unstubAllEnvs();
  });
});
