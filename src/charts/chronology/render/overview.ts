/**
 * The overview strip over the chart: every event as a thin tick over the whole domain in even
 * time, one band per lineage, year lines, and the focused (magnified) period shaded. No text, so
 * it may stretch (`preserveAspectRatio="none"`) at any width; the browser adds the window.
 */
import { DAY_MS, dayToMs } from '../layout/time';
import type { ScopedChart } from '../scope';
import { DENSE_MARKS } from '../scope';
import { h, type VNode } from './vnode';

/** Width of the overview strip's viewBox; CSS stretches it to the container. */
export const OVERVIEW_WIDTH = 1000;
/** Height of the overview strip's viewBox. */
export const OVERVIEW_HEIGHT = 40;

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The overview strip of a chart's events (all of them, whatever the filters). */
export function renderOverview(chart: ScopedChart): VNode {
  const [d0, d1] = chart.domainMs;
  const x = (ms: number) => r2(((ms - d0) / (d1 - d0)) * OVERVIEW_WIDTH);
  const lineageOf = new Map(chart.data.groups.map((g) => [g.id, g.lineage as string]));
  const present = new Set(chart.data.events.flatMap((e) => e.actors.map((a) => lineageOf.get(a) ?? 'other')));
  const bands = chart.data.lineages.filter((l) => present.has(l.id)).map((l) => l.id as string);
  const bandOf = new Map(bands.map((id, i) => [id, i]));
  const bandH = (OVERVIEW_HEIGHT - 4) / Math.max(1, bands.length);
  const years: VNode[] = [];
  for (let y = Number(chart.domain[0].slice(0, 4)) + 1; y <= Number(chart.domain[1].slice(0, 4)); y++) {
    const xx = x(Date.UTC(y, 0, 1));
    years.push(h('line', { class: 'ov-year', x1: xx, x2: xx, y1: 0, y2: OVERVIEW_HEIGHT }));
  }
  const bandsHit = (actors: readonly string[]) => new Set(actors.map((a) => bandOf.get(lineageOf.get(a) ?? 'other') ?? 0));
  const ticks: VNode[] = [];
  if (chart.data.events.length > DENSE_MARKS) {
    // Too many for one tick each: a density curve per lineage band, like the lanes.
    const bins = OVERVIEW_WIDTH / 2;
    const counts = bands.map(() => new Float64Array(bins + 1));
    for (const e of chart.data.events) {
      const b0 = Math.max(0, Math.floor(x(dayToMs(e.start)) / 2));
      const b1 = Math.min(bins - 1, Math.floor((x(dayToMs(e.end) + DAY_MS) - 0.01) / 2));
      for (const b of bandsHit(e.actors)) {
        counts[b]![b0]! += 1;
        counts[b]![b1 + 1]! -= 1;
      }
    }
    counts.forEach((c, band) => {
      let run = 0;
      let max = 1;
      for (let b = 0; b < bins; b++) max = Math.max(max, (run += c[b]!));
      run = 0;
      const base = 2 + (band + 1) * bandH - 1;
      let d = `M0,${r2(base)}`;
      for (let b = 0; b < bins; b++) {
        run += c[b]!;
        d += `V${r2(base - ((bandH - 1) * run) / max)}H${(b + 1) * 2}`;
      }
      ticks.push(h('path', { class: 'ov-density', d: `${d}V${r2(base)}Z` }));
    });
  } else
    for (const e of chart.data.events) {
      // Cut at the domain's ends (a clipped chart's events may reach beyond its period).
      const start = Math.max(d0, dayToMs(e.start));
      const end = Math.min(d1, dayToMs(e.end) + DAY_MS);
      for (const b of bandsHit(e.actors)) {
        ticks.push(
          h('rect', {
            class: `ov-ev f-${e.family}${e.precision === 'undated' ? ' ov-undated' : ''}`,
            x: Math.min(x(start), OVERVIEW_WIDTH - 2),
            y: r2(2 + b * bandH),
            width: Math.max(2, r2(x(end) - x(start))),
            height: r2(Math.max(1, bandH - 1)),
          }),
        );
      }
    }
  const focus = chart.focus;
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chrono-overview',
      viewBox: `0 0 ${OVERVIEW_WIDTH} ${OVERVIEW_HEIGHT}`,
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    h('rect', { class: 'ov-bg', x: 0, y: 0, width: OVERVIEW_WIDTH, height: OVERVIEW_HEIGHT }),
    focus &&
      h('rect', {
        class: 'ov-focus',
        x: x(focus.startMs),
        y: 0,
        width: r2(x(focus.endMs) - x(focus.startMs)),
        height: OVERVIEW_HEIGHT,
      }),
    years,
    ticks,
  );
}
