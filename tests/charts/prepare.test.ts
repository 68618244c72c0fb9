import { describe, expect, it } from 'vitest';
import { prepareChart } from '../../src/charts/chronology/prepare';
import { DENSE_MARKS } from '../../src/charts/chronology/render';
import { serialiseForScript } from '../../src/charts/chronology/payload';
import { fixtureChronology } from '../fixtures/chart/chronology';

describe('prepareChart', () => {
  const c = prepareChart(fixtureChronology, {});

  it('renders every variant, the overview and a table row per event in time order', () => {
    expect(c.svgs).toHaveLength(3);
    expect(c.svgs[0]).toMatch(/^<svg [^>]*class="chrono-svg chrono-svg-wide"/);
    expect(c.svgs[1]).toMatch(/^<svg [^>]*viewBox="0 0 640 [^>]*class="chrono-svg chrono-svg-medium"/);
    expect(c.svgs[2]).toMatch(/^<svg [^>]*viewBox="0 0 400 [^>]*class="chrono-svg chrono-svg-narrow"/);
    expect(c.overview).toContain('class="chrono-overview"');
    expect(c.rows.map((r) => r.start)).toEqual([...c.rows.map((r) => r.start)].sort());
    expect(c.rows).toHaveLength(fixtureChronology.events.length);
    expect(c.rangeLabel).toBe('1 January 2012 – 31 December 2016 · 13 events');
  });

  it('uses distinct id prefixes per variant and refuses unsafe ids', () => {
    expect(c.svgs[0]).toContain('id="chronology-w-title"');
    expect(c.svgs[1]).toContain('id="chronology-m-title"');
    expect(c.svgs[2]).toContain('id="chronology-n-title"');
    expect(prepareChart(fixtureChronology, { id: 'home' }).id).toBe('home');
    expect(prepareChart(fixtureChronology, { id: '"><script>' }).id).toBe('chronology');
  });

  it('focuses a period and highlights only events that exist', () => {
    const p = prepareChart(fixtureChronology, { from: '2014-06', to: '2014', highlight: 'caliphate' });
    expect(p.view).toEqual(['2014-06-01', '2014-12-31']);
    expect(p.highlight).toBe('caliphate');
    expect(p.svgs[0]).toContain('data-view="2014-06-01/2014-12-31"');
    expect(p.svgs[0]).toMatch(/class="ev f-organisation s-firm x-point is-highlight"/);
    expect(prepareChart(fixtureChronology, { highlight: 'nope', from: 'bad' })).toMatchObject({
      highlight: null,
      view: null,
      stackZoom: 1,
    });
    // Focused on seven months of a five-year domain: stacked at that zoom, so lanes are shorter.
    expect(p.stackZoom).toBeCloseTo(1827 / 214);
    const height = (svg: string) => Number(/viewBox="0 0 960 ([\d.]+)"/.exec(svg)![1]);
    expect(height(p.svgs[0]!)).toBeLessThanOrEqual(height(c.svgs[0]!));
  });

  it('restricts to groups: their events, and lanes for every group those events involve', () => {
    const p = prepareChart(fixtureChronology, { groups: ['ahrar'] });
    expect(p.rows.map((r) => r.id)).toEqual(['jaish-al-fath', 'ahrar-nusra-talks']);
    expect(p.filters.groups.flatMap((g) => g.options.map((o) => o.id))).toEqual(['nusra', 'ahrar', 'fsa']);
    expect(p.data.sources.map((s) => s.id)).toEqual(['afp-2015']);
  });

  it('offers only filter values present in the data, and a legend of the families shown', () => {
    expect(c.filters.types.map((t) => t.id)).not.toContain('recognition');
    expect(c.filters.statuses.map((s) => s.id)).toEqual([
      'corroborated',
      'single-origin',
      'hedged',
      'contested',
      'denied',
    ]);
    expect(c.legend.map((l) => l.family)).not.toContain('politics');
  });

  it('embeds JSON that cannot close its script element', () => {
    expect(c.json).not.toMatch(/<\/?script/i);
    expect(c.json).toContain('\\u003cscript\\u003e');
    expect(JSON.parse(c.json).events).toHaveLength(13);
    expect(serialiseForScript({ a: '</script><!--\u2028&' })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}',
    );
  });

  it('switches to lane density above the mark budget', () => {
    expect(c.dense).toBe(false);
    const many = {
      ...fixtureChronology,
      events: Array.from({ length: DENSE_MARKS }, (_, i) => ({ ...fixtureChronology.events[9]!, id: `e${i}` })),
    };
    const dense = prepareChart(many, {});
    expect(dense.dense).toBe(true);
    expect(dense.svgs[0]).toContain('class="density"');
    expect(dense.svgs[0]).not.toContain('class="ev ');
  });
});

describe('clipped context charts', () => {
  it('keep only the period, at most CONTEXT_LIMIT events, nearest the highlight first', async () => {
    const { clipEvents, CONTEXT_LIMIT } = await import('../../src/lib/chronology/period');
    const base = fixtureChronology.events[0]!;
    const many = Array.from({ length: CONTEXT_LIMIT + 40 }, (_, i) => {
      const day = new Date(Date.UTC(2014, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return { ...base, id: `e${String(i).padStart(3, '0')}`, date: { start: day, end: day, precision: 'day' as const, label: day } };
    });
    const kept = clipEvents(many, ['2014-01-01', '2014-12-31'], 'e050');
    expect(kept).toHaveLength(CONTEXT_LIMIT);
    expect(kept.some((e) => e.id === 'e050')).toBe(true);
    expect(kept[0]!.id).toBe('e020');
    expect(clipEvents(many, ['2013-01-01', '2013-12-31'])).toEqual([]);
  });
});
