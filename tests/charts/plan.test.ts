/** planChart: one plan for server, browser and export, on the fixture and on the real content. */
import { describe, expect, it } from 'vitest';
import { toChartData } from '../../src/charts/chronology/data';
import { DAY_MS, dayToMs } from '../../src/charts/chronology/layout/time';
import { VARIANTS, type VariantName } from '../../src/charts/chronology/layout/variants';
import { countInSpan, isStacked, planChart, stackPlan, startingBefore, SVG_LIMIT, type ChartLayout } from '../../src/charts/chronology/plan';
import { toMarkup } from '../../src/charts/chronology/render/vnode';
import { DENSE_MARKS, scopeChart } from '../../src/charts/chronology/scope';
import { DEFAULT_STATE, type ChartState } from '../../src/charts/chronology/state';
import { loadChronology } from '../../src/lib/corpus/load';
import { fixtureChronology } from '../fixtures/chart/chronology';
import { checkSnapshot } from './snapshot';

const fixture = scopeChart(toChartData(fixtureChronology), { id: 'fixture', title: 'Fixture chronology' });
const real = scopeChart(toChartData(loadChronology('content')), {});
const span = (a: string, b: string): [number, number] => [dayToMs(a), dayToMs(b) + DAY_MS];

type Box = { x0: number; x1: number; y0: number; y1: number };
const labelBoxes = (layout: ChartLayout): (Box & { id: string })[] =>
  layout.events.flatMap((ev) =>
    ev.label ? [{ id: ev.event.id, x0: ev.label.x0, x1: ev.label.x0 + ev.label.width, y0: ev.label.cy - ev.label.height / 2, y1: ev.label.cy + ev.label.height / 2 }] : [],
  );
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 - 0.01 && a.x1 > b.x0 + 0.01 && a.y0 < b.y1 - 0.01 && a.y1 > b.y0 + 0.01;

describe('planChart', () => {
  it('returns the plan, the view’s layout and the element tree, reusing the plan while filters stay', () => {
    const first = planChart(fixture, DEFAULT_STATE, 'wide');
    expect(first.tree.tag).toBe('div');
    expect(first.layout.counts.total).toBe(fixture.data.events.length);
    const zoomed = planChart(fixture, { ...DEFAULT_STATE, view: span('2014-01-01', '2014-12-31') }, 'wide', { previous: first.plan });
    expect(zoomed.plan).toBe(first.plan);
    const filtered = planChart(fixture, { ...DEFAULT_STATE, types: ['pledge'] }, 'wide', { previous: first.plan });
    expect(filtered.plan).not.toBe(first.plan);
    expect(filtered.plan.events.map((e) => e.id)).toEqual(['nusra-pledge-aq', 'albu-kamal-pledge']);
    expect(planChart(fixture, DEFAULT_STATE, 'narrow', { previous: first.plan }).plan).not.toBe(first.plan);
  });

  it('is deterministic: the same inputs give the same markup', () => {
    const a = toMarkup(planChart(fixture, DEFAULT_STATE, 'wide').tree);
    expect(toMarkup(planChart(fixture, DEFAULT_STATE, 'wide').tree)).toBe(a);
  });
});

describe('labels at the default view of the real chronology', () => {
  for (const name of ['wide', 'medium', 'narrow', 'print'] as VariantName[]) {
    it(`${name}: every event in view is labelled or numbered, no two labels overlap, labels stay in the plot`, () => {
      const { layout } = planChart(real, DEFAULT_STATE, name);
      const { visible, shown, labelled, numbered } = layout.counts;
      expect(shown).toBe(visible);
      expect(labelled + numbered).toBe(shown);
      expect(layout.key.map((k) => k.n)).toEqual(Array.from({ length: numbered }, (_, i) => i + 1));
      // Numbers run in time order.
      const keyed = layout.key.map((k) => layout.events.find((ev) => ev.event.id === k.id)!.index);
      expect(keyed).toEqual([...keyed].sort((a, b) => a - b));
      const boxes = labelBoxes(layout);
      expect(boxes).toHaveLength(labelled);
      for (let a = 0; a < boxes.length; a++) {
        expect(boxes[a]!.x0).toBeGreaterThanOrEqual(layout.plot.x0);
        expect(boxes[a]!.x1).toBeLessThanOrEqual(layout.plot.x1);
        for (let b = a + 1; b < boxes.length; b++) expect(overlaps(boxes[a]!, boxes[b]!), `${boxes[a]!.id} / ${boxes[b]!.id}`).toBe(false);
      }
      // No label covers another event's symbol.
      for (const box of boxes)
        for (const ev of layout.events)
          if (ev.event.id !== box.id)
            for (const m of ev.marks) {
              const r = VARIANTS[name].r;
              expect(overlaps(box, { x0: ev.cx - r, x1: ev.cx + r, y0: m.y - r, y1: m.y + r }), `${box.id} over ${ev.event.id}`).toBe(false);
            }
    });
  }

  it('labels at least 80% of the events in view directly on the wide chart (a 1280 px screen)', () => {
    const { layout } = planChart(real, DEFAULT_STATE, 'wide');
    expect(layout.counts.labelled / layout.counts.visible).toBeGreaterThanOrEqual(0.8);
  });

  it('gives the dense years the width, and says so', () => {
    expect(real.focus).not.toBeNull();
    const { layout } = planChart(real, DEFAULT_STATE, 'wide');
    expect(layout.note).toMatch(/is drawn \d+× wider than the years around it/);
    expect(layout.stretches.filter((s) => s.compressed).length).toBeGreaterThan(0);
    const even = planChart(real, { ...DEFAULT_STATE, even: true }, 'wide').layout;
    expect(even.note).toBeNull();
    expect(even.stretches).toHaveLength(1);
  });
});

describe('lanes in a view', () => {
  it('shrink to the events in view once the view settles, and keep the settled view’s rows mid-gesture', () => {
    const all = planChart(fixture, DEFAULT_STATE, 'wide').layout;
    const early: ChartState = { ...DEFAULT_STATE, view: span('2012-01-01', '2012-12-31') };
    const settled = planChart(fixture, early, 'wide').layout;
    expect(settled.lanes.length).toBeLessThan(all.lanes.length);
    expect(settled.height).toBeLessThan(all.height);
    const inView = new Set(settled.events.flatMap((ev) => ev.marks.map((m) => m.lane)));
    expect(new Set(settled.lanes.map((l) => l.group))).toEqual(inView);
    const moving = planChart(fixture, early, 'wide', { settled: fixture.domainMs }).layout;
    expect(moving.lanes.length).toBe(all.lanes.length);
  });

  it('are named as the group was named during the visible period', () => {
    const name = (state: ChartState) => planChart(fixture, state, 'wide').layout.lanes.find((l) => l.group === 'nusra')!.label;
    expect(name({ ...DEFAULT_STATE, view: span('2013-01-01', '2014-12-31') })).toBe('al-Nusra');
    expect(name({ ...DEFAULT_STATE, view: span('2016-01-01', '2016-12-31') })).toBe('JFS');
  });

  it('keep the symbol of a span cut by the plot’s edge inside the plot, within the span', () => {
    const { layout } = planChart(fixture, { ...DEFAULT_STATE, view: span('2014-06-01', '2014-07-31') }, 'wide');
    for (const ev of layout.events) {
      if (ev.extent === 'point') continue;
      expect(ev.cx).toBeGreaterThanOrEqual(layout.plot.x0);
      expect(ev.cx).toBeLessThanOrEqual(layout.plot.x1);
      expect(ev.cx).toBeGreaterThanOrEqual(ev.x0 - 0.01);
      expect(ev.cx).toBeLessThanOrEqual(ev.x1 + 0.01);
    }
  });
});

describe('dense data', () => {
  const base = fixture.data.events[9]!;
  const many = scopeChart(
    {
      ...fixture.data,
      events: Array.from({ length: DENSE_MARKS }, (_, i) => {
        const day = new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        return { ...base, id: `e${i}`, start: day, end: day, precision: 'day' as const };
      }),
    },
    {},
  );

  it('shows lane density until few enough events are in view, then marks with labels', () => {
    const out = planChart(many, DEFAULT_STATE, 'wide').layout;
    expect(out.density).not.toBeNull();
    expect(out.events).toHaveLength(0);
    const zoomed = planChart(many, { ...DEFAULT_STATE, view: span('2013-01-01', '2013-02-28') }, 'wide').layout;
    expect(zoomed.counts.visible).toBeLessThanOrEqual(SVG_LIMIT);
    expect(zoomed.density).toBeNull();
    expect(zoomed.counts.labelled + zoomed.counts.numbered).toBe(zoomed.counts.shown);
  });

  it('stacks rows only when marks are first drawn (or when asked), with the same result either way', () => {
    const view = span('2013-01-01', '2013-02-28');
    const lazy = planChart(many, DEFAULT_STATE, 'wide');
    expect(lazy.layout.density).not.toBeNull();
    expect(isStacked(lazy.plan)).toBe(false);
    const zoomed = planChart(many, { ...DEFAULT_STATE, view }, 'wide', { previous: lazy.plan });
    expect(isStacked(lazy.plan)).toBe(true);
    const early = planChart(many, DEFAULT_STATE, 'wide').plan;
    stackPlan(early);
    const again = planChart(many, { ...DEFAULT_STATE, view }, 'wide', { previous: early });
    expect(toMarkup(again.tree)).toBe(toMarkup(zoomed.tree));
    expect(early.lanes.map((l) => l.rows)).toEqual(lazy.plan.lanes.map((l) => l.rows));
  });

  it('counts the events in view and draws density the same mid-gesture as at rest', () => {
    const view = span('2012-03-01', '2014-06-30');
    const rest = planChart(many, { ...DEFAULT_STATE, view }, 'wide').layout;
    const moving = planChart(many, { ...DEFAULT_STATE, view }, 'wide', { settled: many.domainMs }).layout;
    const inView = many.data.events.filter((e) => dayToMs(e.start) < view[1] && dayToMs(e.end) + DAY_MS > view[0]);
    expect(rest.counts.visible).toBe(inView.length);
    expect(moving.counts.visible).toBe(inView.length);
    expect(moving.density!.map((d) => d.d)).toEqual(rest.density!.map((d) => d.d));
  });
});

describe('countInSpan and startingBefore', () => {
  const { plan } = planChart(real, DEFAULT_STATE, 'wide');
  it('count the events overlapping a span, and bound those that can, for spans across the domain', () => {
    const [d0, d1] = real.domainMs;
    for (let k = 0; k < 40; k++) {
      const lo = d0 + ((k * 0.37) % 1) * (d1 - d0);
      const hi = lo + ((k % 7) + 1) * 40 * DAY_MS;
      const overlapping = plan.events.flatMap((_, i) => (plan.startMs[i]! < hi && plan.endMs[i]! > lo ? [i] : []));
      expect(countInSpan(plan, lo, hi)).toBe(overlapping.length);
      expect(overlapping.every((i) => i < startingBefore(plan, hi))).toBe(true);
    }
  });
});

describe('SVG snapshots', () => {
  const cases: [string, ChartState, VariantName, Parameters<typeof scopeChart>[1]?][] = [
    ['fixture-wide', DEFAULT_STATE, 'wide'],
    ['fixture-medium', DEFAULT_STATE, 'medium'],
    ['fixture-narrow', DEFAULT_STATE, 'narrow'],
    ['fixture-zoomed-2014', { ...DEFAULT_STATE, view: span('2014-01-01', '2014-12-31'), event: 'albu-kamal-pledge' }, 'wide'],
    ['fixture-one-group', DEFAULT_STATE, 'wide', { groups: ['ahrar'] }],
    ['fixture-highlight', DEFAULT_STATE, 'medium', { from: '2014-06', to: '2014-08', clip: true, highlight: 'caliphate' }],
  ];
  for (const [name, state, variant, spec] of cases) {
    it(name, () => {
      const chart = spec ? scopeChart(toChartData(fixtureChronology), { id: 'fixture', title: 'Fixture chronology', ...spec }) : fixture;
      expect(checkSnapshot(name, toMarkup(planChart(chart, state, variant).tree))).toBeNull();
    });
  }
});
