import { describe, expect, it } from 'vitest';
import { toChartData } from '../../src/charts/chronology/data';
import { dayToMs } from '../../src/charts/chronology/layout/time';
import { DENSE_MARKS, normaliseSpec, scopeChart, specAttributes, specFromDataset } from '../../src/charts/chronology/scope';
import { fixtureChronology } from '../fixtures/chart/chronology';

const data = toChartData(fixtureChronology);

describe('scopeChart', () => {
  it('shows every event over their span widened to whole years, with no opening view', () => {
    const c = scopeChart(data, {});
    expect(c.spec).toEqual({ id: 'chronology', title: 'Jihadist groups: alliances, splits, pledges and truces' });
    expect(c.data.events).toHaveLength(data.events.length);
    expect(c.domain).toEqual(['2012-01-01', '2016-12-31']);
    expect(c.view).toBeNull();
    expect(c.dense).toBe(false);
  });

  it('opens on from–to without clipping, or clips the chart to it', () => {
    const open = scopeChart(data, { from: '2014-06', to: '2014' });
    expect(open.view).toEqual([dayToMs('2014-06-01'), dayToMs('2015-01-01')]);
    expect(open.data.events).toHaveLength(data.events.length);
    const clipped = scopeChart(data, { from: '2014-06', to: '2014-12', clip: true, highlight: 'caliphate' });
    expect(clipped.domain).toEqual(['2014-06-01', '2014-12-31']);
    expect(clipped.view).toBeNull();
    expect(clipped.data.events.every((e) => e.end >= '2014-06-01' && e.start <= '2014-12-31')).toBe(true);
    expect(clipped.highlight).toBe('caliphate');
  });

  it('keeps the events of the groups asked for, with every group and source they involve', () => {
    const c = scopeChart(data, { groups: ['ahrar'] });
    expect(c.data.events.map((e) => e.id)).toEqual(['jaish-al-fath', 'ahrar-nusra-talks']);
    expect(c.data.groups.map((g) => g.id).sort()).toEqual(['ahrar', 'fsa', 'nusra']);
    expect(c.data.sources.map((s) => s.id)).toEqual(['afp-2015']);
  });

  it('drops bad props: unsafe ids, impossible dates, unknown highlights', () => {
    expect(normaliseSpec({ id: '"><script>', from: '2014-13', to: 'x', clip: true, groups: ['<b>', 'ok'] })).toEqual({
      id: 'chronology',
      title: 'Jihadist groups: alliances, splits, pledges and truces',
      groups: ['ok'],
    });
    expect(scopeChart(data, { highlight: 'nope' }).highlight).toBeNull();
  });

  it('round-trips its spec through data-* attributes (all the browser is told)', () => {
    const spec = normaliseSpec({ id: 'around', title: 'Events “around” <x>', from: '2014-06', to: '2014-12', clip: true, groups: ['nusra', 'isis'], highlight: 'caliphate' });
    const attrs = specAttributes(spec);
    const dataset = Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined).map(([k, v]) => [k.slice(5), v]));
    expect(specFromDataset('around', dataset)).toEqual(spec);
  });

  it('marks data with more than DENSE_MARKS marks as dense', () => {
    const many = { ...data, events: Array.from({ length: DENSE_MARKS }, (_, i) => ({ ...data.events[9]!, id: `e${i}` })) };
    expect(scopeChart(many, {}).dense).toBe(true);
  });
});
