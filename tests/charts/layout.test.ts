import { describe, expect, it } from 'vitest';
import { extentOf } from '../../src/charts/chronology/encoding';
import {
  connectorGeometry,
  eventX,
  groupsOf,
  layoutChart,
  METRICS,
  NARROW,
  orderLanes,
  stackRows,
  WIDE,
  type ChartLayout,
} from '../../src/charts/chronology/layout';
import { toChartData } from '../../src/charts/chronology/payload';
import { DAY_MS, dayToMs, timeScale } from '../../src/charts/chronology/time';
import { fixtureChronology } from '../fixtures/chart/chronology';

const data = toChartData(fixtureChronology);
const layout = layoutChart(data, WIDE);
const lane = (l: ChartLayout, id: string) => l.lanes.find((x) => x.group === id)!;
const ev = (l: ChartLayout, id: string) => l.events.find((e) => e.event.id === id)!;

describe('lanes', () => {
  it('gives lanes only to groups that appear in events, grouped by lineage in vocabulary order', () => {
    expect(layout.lanes.map((l) => l.group)).toEqual([
      'isi',
      'isis',
      'nusra',
      'albu-kamal-nusra',
      'al-qaeda',
      'fsa',
      'ahrar',
      'united-states',
    ]);
    expect(layout.lineages.map((l) => l.id)).toEqual(['islamic-state', 'nusra', 'al-qaeda', 'rebels', 'states']);
    expect(layout.lanes.some((l) => l.group === 'aqap')).toBe(false);
  });

  it('puts parents before their branches and siblings by first appearance', () => {
    // isis names isi as parent, so isi comes first although both are roots of their lineage otherwise.
    const ordered = orderLanes(data.groups, data.events, data.lineages).map((g) => g.id);
    expect(ordered.indexOf('isi')).toBeLessThan(ordered.indexOf('isis'));
    expect(ordered.indexOf('nusra')).toBeLessThan(ordered.indexOf('albu-kamal-nusra'));
    // fsa first appears 2013 (undated clash), ahrar in 2015.
    expect(ordered.indexOf('fsa')).toBeLessThan(ordered.indexOf('ahrar'));
  });

  it('drops lanes whose events are filtered away, and keeps ids without a record in "other"', () => {
    const onlyTruce = layoutChart({ ...data, events: data.events.filter((e) => e.id === 'qalamoun-truce') }, WIDE);
    expect(onlyTruce.lanes.map((l) => l.group)).toEqual(['isis', 'nusra']);
    const orphan = { ...data.events[0]!, id: 'x', actors: ['unknown-group'], from: [], to: [] };
    const withOrphan = layoutChart({ ...data, events: [orphan] }, WIDE);
    expect(withOrphan.lanes).toMatchObject([{ group: 'unknown-group', lineage: 'other', label: 'unknown-group' }]);
  });

  it('survives parent cycles without losing lanes', () => {
    const groups = data.groups.map((g) => (g.id === 'isi' ? { ...g, parent: 'isis' } : g));
    expect(orderLanes(groups, data.events, data.lineages)).toHaveLength(8);
  });

  it('stacks lanes top to bottom without gaps or overlaps', () => {
    for (let i = 1; i < layout.lanes.length; i++) {
      const prev = layout.lanes[i - 1]!;
      const cur = layout.lanes[i]!;
      const header = prev.lineage !== cur.lineage ? METRICS.lineage : 0;
      expect(cur.y).toBeCloseTo(prev.y + prev.height + header);
    }
    expect(layout.height).toBeGreaterThan(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
  });
});

describe('stacking', () => {
  it('assigns the lowest free row', () => {
    expect(
      stackRows([
        { left: 0, right: 10 },
        { left: 5, right: 15 },
        { left: 13, right: 20 },
        { left: 18, right: 30 },
      ]),
    ).toEqual([0, 1, 0, 1]);
  });

  it('honours the gap between neighbours', () => {
    expect(
      stackRows(
        [
          { left: 0, right: 10 },
          { left: 11, right: 20 },
        ],
        2,
      ),
    ).toEqual([0, 1]);
    expect(
      stackRows(
        [
          { left: 0, right: 10 },
          { left: 12, right: 20 },
        ],
        2,
      ),
    ).toEqual([0, 0]);
  });

  it('separates marks of the same day in one lane', () => {
    // The rejection and the pledge are both on 10 April 2013 in al-Nusra's lane.
    const a = ev(layout, 'nusra-rejects-merger').marks.find((m) => m.lane === 'nusra')!;
    const b = ev(layout, 'nusra-pledge-aq').marks.find((m) => m.lane === 'nusra')!;
    expect(a.row).not.toBe(b.row);
    expect(lane(layout, 'nusra').rows).toBeGreaterThanOrEqual(2);
  });

  it('gives a focused chart only the rows its period needs', () => {
    const focused = layoutChart(data, {
      ...WIDE,
      view: ['2016-01-01', '2016-12-31'],
      stackSpan: ['2016-01-01', '2016-12-31'],
    });
    // Only the 2016 split touches the period: every lane needs a single row.
    expect(focused.lanes.every((l) => l.rows === 1)).toBe(true);
    expect(focused.height).toBeLessThan(layout.height);
    expect(lane(layout, 'nusra').rows).toBeGreaterThan(1);
  });

  it('keeps rows when zooming, so marks do not jump', () => {
    const zoomed = layoutChart(data, { ...WIDE, view: ['2014-06-01', '2014-07-31'] });
    for (const e of layout.events) {
      expect(ev(zoomed, e.event.id).marks.map((m) => m.row)).toEqual(e.marks.map((m) => m.row));
    }
  });
});

describe('precision → extent', () => {
  const x = timeScale([dayToMs('2014-01-01'), dayToMs('2015-01-01')], [0, 365]);
  it('draws a day as a point in the middle of the day', () => {
    expect(extentOf('day')).toBe('point');
    expect(eventX({ start: '2014-01-10', end: '2014-01-10', precision: 'day' }, x)).toEqual({ x0: 9, x1: 10, cx: 9.5 });
  });

  it('draws months, seasons, years and ranges as bars over the whole interval', () => {
    for (const p of ['month', 'season', 'year', 'range'] as const) expect(extentOf(p)).toBe('bar');
    const june = eventX({ start: '2014-06-01', end: '2014-06-30', precision: 'month' }, x);
    expect(june.x1 - june.x0).toBeCloseTo(30);
    const year = eventX({ start: '2014-01-01', end: '2014-12-31', precision: 'year' }, x);
    expect([year.x0, year.x1]).toEqual([0, 365]);
  });

  it('draws undated events as bounds', () => {
    expect(extentOf('undated')).toBe('bounds');
    expect(ev(layout, 'fsa-nusra-clashes').extent).toBe('bounds');
    expect(ev(layout, 'qalamoun-truce').extent).toBe('bar');
    expect(ev(layout, 'caliphate').extent).toBe('point');
  });

  it('culls events outside the view', () => {
    const zoomed = layoutChart(data, { ...WIDE, view: ['2014-06-01', '2014-07-31'] });
    expect(ev(zoomed, 'caliphate').visible).toBe(true);
    expect(ev(zoomed, 'nusra-founded').visible).toBe(false);
    expect(ev(zoomed, 'fsa-nusra-clashes').visible).toBe(true);
    expect(zoomed.view).toEqual(['2014-06-01', '2014-07-31']);
  });

  it('clamps views to the domain and ignores reversed ones', () => {
    expect(layoutChart(data, { ...WIDE, view: ['1990-01-01', '2014-01-01'] }).view).toEqual([
      '2012-01-01',
      '2014-01-01',
    ]);
    expect(layoutChart(data, { ...WIDE, view: ['2015-01-01', '2014-01-01'] }).view).toEqual(layout.domain);
    expect(
      layoutChart(data, { ...WIDE, viewMs: [dayToMs('2014-01-01'), dayToMs('2014-01-01') + 7 * DAY_MS] }).view,
    ).toEqual(['2014-01-01', '2014-01-07']);
  });
});

describe('connectors', () => {
  it('points a pledge from the pledging lane to the lane pledged to', () => {
    const pledge = ev(layout, 'nusra-pledge-aq');
    expect(pledge.connectors).toHaveLength(1);
    const c = pledge.connectors[0]!;
    expect(c).toMatchObject({ kind: 'arrow', from: 'nusra', to: 'al-qaeda' });
    const yFrom = pledge.marks.find((m) => m.lane === 'nusra')!.y;
    const yTo = pledge.marks.find((m) => m.lane === 'al-qaeda')!.y;
    expect(yTo).toBeGreaterThan(yFrom);
    // The head's tip is the point nearest the target mark.
    const tip = Number(c.head!.match(/^M[\d.]+,([\d.]+)/)![1]);
    expect(tip).toBeCloseTo(yTo - METRICS.r - 2);
  });

  it('points upwards when the target lane is above', () => {
    const merger = ev(layout, 'nusra-rejects-merger');
    const c = merger.connectors[0]!;
    expect(c).toMatchObject({ from: 'nusra', to: 'isi' });
    const g = connectorGeometry('arrow', 50, 200, 100, true, 5);
    expect(g.path).toBe('M50,193L50,112');
    expect(g.head).toBe('M50,107L46,113L54,113Z');
  });

  it('breaks a split in the middle, the halves splaying apart', () => {
    const split = ev(layout, 'aq-disowns-isis').connectors[0]!;
    expect(split).toMatchObject({ kind: 'split', from: 'al-qaeda', to: 'isis' });
    expect(split.path.match(/M/g)).toHaveLength(2);
    expect(split.head).toBeDefined();
    const g = connectorGeometry('split', 50, 0, 100, true, 5);
    expect(g.path).toBe('M50,7L50,43.5L46,46.5M54,48.5L50,51.5L50,88');
  });

  it('joins truce lanes without direction, with dots at both ends', () => {
    const truce = ev(layout, 'qalamoun-truce').connectors;
    expect(truce).toHaveLength(1);
    expect(truce[0]).toMatchObject({ kind: 'joint' });
    expect(truce[0]!.head).toBeUndefined();
    expect(truce[0]!.ends).toHaveLength(2);
  });

  it('chains undirected events with many groups, and draws none for non-relationships', () => {
    expect(ev(layout, 'jaish-al-fath').connectors.map((c) => [c.from, c.to])).toEqual([
      ['nusra', 'fsa'],
      ['fsa', 'ahrar'],
    ]);
    expect(ev(layout, 'us-strikes-syria').connectors).toEqual([]);
    expect(ev(layout, 'us-strikes-syria').marks).toHaveLength(3);
  });

  it('lists each group once per event', () => {
    expect(groupsOf({ actors: ['a', 'b'], from: ['a'], to: ['c'] })).toEqual(['a', 'b', 'c']);
  });
});

describe('narrow variant', () => {
  it('puts labels above lanes and uses the whole width for time', () => {
    const narrow = layoutChart(data, NARROW);
    expect(narrow.plot.x0).toBe(METRICS.margin);
    expect(narrow.width).toBe(400);
    const first = narrow.lanes[0]!;
    expect(first.labelY).toBeLessThan(narrow.events.flatMap((e) => e.marks).find((m) => m.lane === first.group)!.y);
  });
});
