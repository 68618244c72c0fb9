/**
 * Turns a layout into an SVG element tree: lanes, lineage headers, calendar axis, and one
 * accessible group per event (its marks on every lane, connectors, conflict badge). The tree is
 * serialised on the server (`toMarkup`) and patched into the page by the browser.
 */
import { FAMILY_STYLE, STATUS_FIRMNESS, SUPPORT_WORDS, symbolPath, type Extent } from './encoding';
import type { ChartLayout, EventLayout } from './layout';
import { connectorGeometry, laneDensity, METRICS, placeEvents, type LanePlan, type PlaceOptions } from './layout';
import type { ChartEvent } from './model';
import { h, type VNode } from './vnode';

/** What a render needs beyond the layout. */
export interface RenderOptions {
  /** Prefix for element ids, unique per chart variant on the page. */
  idPrefix: string;
  /** Accessible name of the chart. */
  title: string;
  /** Group id → display name, for accessible labels. */
  names: ReadonlyMap<string, string>;
  selected?: string | null;
  /** The event the keyboard cursor is on (drawn with the focus ring). */
  active?: string | null;
  /** An event to emphasise (e.g. on its own page). */
  highlight?: string | null;
  /** Lane density to draw instead of marks (dense data zoomed out); focus events still get marks. */
  density?: VNode[];
}

/** Shortest human list: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The accessible label of an event mark: title, type, date, who, status, disagreement. */
export function eventLabel(event: ChartEvent, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const type = event.typeLabel;
  const who =
    event.directed && event.from.length > 0 && event.to.length > 0
      ? `${listNames(event.from.map(name))} towards ${listNames(event.to.map(name))}`
      : listNames(event.actors.map(name));
  const words = SUPPORT_WORDS[event.status] ?? event.status;
  const status = `${words[0]!.toUpperCase()}${words.slice(1)}`;
  const disagreement = event.conflicts.length > 0 ? ' Sources disagree.' : '';
  return `${event.title}. ${type}, ${event.label}. ${who}. ${status}.${disagreement}`;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

// Marks are drawn relative to the event's x and the group is translated, so a zoom frame changes
// one transform (and bar widths) per event instead of every coordinate.
function markNodes(ev: EventLayout, extent: Extent, ring: string | null, plot: ChartLayout['plot']): VNode[] {
  const { r } = METRICS;
  const shape = FAMILY_STYLE[ev.event.family].shape;
  const out: VNode[] = [];
  for (const c of ev.connectors) {
    out.push(h('path', { class: `conn k-${c.kind}`, d: c.path }));
    if (c.head) out.push(h('path', { class: 'head', d: c.head }));
    for (const [x, y] of c.ends ?? []) out.push(h('circle', { class: 'end', cx: x, cy: y, r: 2.2 }));
  }
  ev.marks.forEach((m, i) => {
    if (extent !== 'point') {
      // Bars stop at the plot's edges; only symbols may overhang (the clip leaves them room).
      const left = Math.max(ev.x0, plot.x0 - 1);
      const w = Math.max(1, Math.min(ev.x1, plot.x1 + 1) - left);
      out.push(
        h('rect', {
          class: extent === 'bar' ? 'bar' : 'bounds',
          x: r2(left - ev.cx),
          y: r2(m.y - 3),
          width: r2(w),
          height: 6,
          rx: 1.5,
        }),
      );
    }
    if (ring) out.push(h('circle', { class: ring, cx: 0, cy: r2(m.y), r: r + 4 }));
    out.push(h('path', { class: 'sym', d: symbolPath(shape, 0, m.y, r) }));
    if (i === 0 && ev.event.conflicts.length > 0) {
      const by = r2(m.y - r);
      out.push(
        h(
          'g',
          { class: 'badge' },
          h('circle', { cx: r + 4, cy: by, r: 4.5 }),
          h('text', { x: r + 4, y: r2(by + 2.6), 'text-anchor': 'middle' }, '≠'),
        ),
      );
    }
  });
  return out;
}

/** The element tree of one event: a labelled group holding all its marks and connectors. */
export function renderEvent(ev: EventLayout, options: RenderOptions, plot: ChartLayout['plot']): VNode {
  const e = ev.event;
  const firmness = STATUS_FIRMNESS[e.status];
  const classes = ['ev', `f-${e.family}`, `s-${firmness}`, `x-${ev.extent}`];
  if (options.selected === e.id) classes.push('is-selected');
  if (options.highlight === e.id) classes.push('is-highlight');
  if (options.active === e.id) classes.push('is-active');
  const ring =
    options.active === e.id
      ? 'ring ring-active'
      : options.selected === e.id || options.highlight === e.id
        ? 'ring'
        : null;
  return h(
    'g',
    {
      id: `${options.idPrefix}-ev-${e.id}`,
      class: classes.join(' '),
      transform: `translate(${r2(ev.cx)},0)`,
      'data-id': e.id,
      role: 'img',
      'aria-label': eventLabel(e, options.names),
    },
    markNodes(ev, ev.extent, ring, plot),
  );
}

/** The whole chart as an SVG element tree (fixed viewBox; CSS scales it to the container). */
export function renderChart(layout: ChartLayout, options: RenderOptions): VNode {
  const p = options.idPrefix;
  const { plot } = layout;
  const visible = layout.events.filter((e) => e.visible);
  const [y0, y1] = [layout.view[0].slice(0, 4), layout.view[1].slice(0, 4)];
  const years = y0 === y1 ? y0 : `${y0}–${y1}`;
  const desc =
    `${layout.counts.visible} of ${layout.counts.total} events on ${layout.lanes.length} group lanes, ${years}. ` +
    'Shape and colour give the kind of event; hollow marks are alleged or speculative, dashed ones disputed or denied. ' +
    'The table of events gives the same information as text.';

  const lanes = h(
    'g',
    { class: 'lanes', 'aria-hidden': 'true' },
    layout.lineages.map((l) =>
      h(
        'g',
        { class: 'lineage', 'data-lineage': l.id },
        h('rect', { class: 'lineage-bg', x: 0, y: l.y, width: layout.width, height: METRICS.lineage }),
        h('text', { class: 'lineage-label', x: METRICS.margin, y: l.y + METRICS.lineage - 7 }, l.label),
      ),
    ),
    layout.lanes.map((lane) =>
      h(
        'g',
        { class: `lane${lane.index % 2 ? ' lane-odd' : ''}`, 'data-group': lane.group },
        h('rect', { class: 'lane-bg', x: 0, y: lane.y, width: layout.width, height: lane.height }),
        h(
          'text',
          {
            class: 'lane-label',
            x: layout.labels === 'left' ? plot.x0 - 8 : plot.x0,
            y: lane.labelY,
            'text-anchor': layout.labels === 'left' ? 'end' : 'start',
          },
          lane.label,
        ),
      ),
    ),
  );

  const grid = h(
    'g',
    { class: 'grid', 'aria-hidden': 'true' },
    layout.ticks.map((t) =>
      h('line', { class: t.major ? 'tick major' : 'tick', x1: r2(t.x), x2: r2(t.x), y1: plot.y0 - 6, y2: plot.y1 }),
    ),
  );
  const axis = h(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    h('line', { class: 'axis-line', x1: plot.x0, x2: plot.x1, y1: plot.y0 - 0.5, y2: plot.y0 - 0.5 }),
    // A label that would run off the right edge is left out (its gridline stays).
    layout.ticks
      .filter((t) => t.x + 3 + t.label.length * (layout.labels === 'left' ? 7 : 8) <= layout.width)
      .map((t) =>
        h('text', { class: t.major ? 'tick-label major' : 'tick-label', x: r2(t.x + 3), y: plot.y0 - 10 }, t.label),
      ),
  );

  const marks = h(
    'g',
    { class: 'marks', 'clip-path': `url(#${p}-clip)` },
    options.density ?? [],
    visible.map((ev) => renderEvent(ev, options, plot)),
  );

  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${r2(layout.height)}`,
      class: `chrono-svg chrono-svg-${layout.variant}`,
      role: 'group',
      'aria-labelledby': `${p}-title`,
      'aria-describedby': `${p}-desc`,
      'data-view': `${layout.view[0]}/${layout.view[1]}`,
    },
    h('title', { id: `${p}-title` }, options.title),
    h('desc', { id: `${p}-desc` }, desc),
    h(
      'defs',
      {},
      h(
        'clipPath',
        { id: `${p}-clip` },
        h('rect', {
          x: plot.x0 - METRICS.r - 6,
          y: 0,
          width: plot.x1 - plot.x0 + 2 * (METRICS.r + 6),
          height: layout.height,
        }),
      ),
    ),
    lanes,
    grid,
    axis,
    marks,
  );
}

/**
 * Lane density as filled step curves, each lane scaled to the busiest bin of the chart (so lanes
 * compare), for data too dense to draw mark by mark.
 */
export function renderDensity(plan: LanePlan, viewMs: readonly [number, number]): VNode[] {
  const { plot } = plan;
  const { bins, counts, max } = laneDensity(plan, viewMs);
  const binW = (plot.x1 - plot.x0) / bins;
  return plan.lanes.map((lane) => {
    const c = counts.get(lane.group)!;
    const base = lane.y + lane.height - METRICS.lanePad;
    const top = lane.y + (plan.labels === 'above' ? METRICS.laneLabel : 0) + METRICS.lanePad;
    let d = `M${r2(plot.x0)},${r2(base)}`;
    let last = NaN;
    for (let b = 0; b < bins; b++) {
      const y = r2(base - ((base - top) * c[b]!) / max);
      if (y !== last) d += `V${y}`;
      d += `H${r2(plot.x0 + (b + 1) * binW)}`;
      last = y;
    }
    d += `V${r2(base)}Z`;
    return h('path', { class: 'density', 'data-group': lane.group, d });
  });
}

/** Above this many marks in the data, lanes stack for zoomed-in views and zoomed-out ones show density. */
export const DENSE_MARKS = 1500;

/** Dense data shows marks only when at most this many events are in view (SVG redraws stay in a frame). */
export const SVG_LIMIT = 300;

/** Marks in a set of events (one per group per event). */
export function markCount(events: readonly Pick<ChartEvent, 'actors'>[]): number {
  let n = 0;
  for (const e of events) n += e.actors.length;
  return n;
}

/** The zoom to stack lanes at: 1 normally; for dense data, the zoom at which marks replace density. */
export function stackZoomFor(events: readonly Pick<ChartEvent, 'actors'>[]): number {
  return markCount(events) > DENSE_MARKS ? Math.max(1, Math.ceil(events.length / SVG_LIMIT)) : 1;
}

/**
 * Renders a planned chart for a view: marks, or for dense data with more than SVG_LIMIT events
 * in view, lane density plus marks for the focused events only. Shared by server and browser.
 */
export function renderView(
  plan: LanePlan,
  view: PlaceOptions,
  options: RenderOptions & {
    dense: boolean;
    /** The previous frame showed density: switch back only well below the limit. */ wasDensity?: boolean;
  },
): { tree: VNode; layout: ChartLayout; density: boolean } {
  const focus = new Set([options.selected, options.active, options.highlight].filter((id): id is string => !!id));
  let layout = options.dense ? placeEvents(plan, { ...view, only: focus }) : null;
  // Hysteresis, so a view hovering at the limit does not flip between density and marks every frame.
  const limit = options.wasDensity ? SVG_LIMIT * 0.8 : SVG_LIMIT;
  const density = !!layout && layout.counts.visible > limit;
  if (!density) layout = placeEvents(plan, { ...view, visibleOnly: true });
  const tree = renderChart(layout!, {
    ...options,
    ...(density ? { density: renderDensity(plan, layout!.viewMs) } : {}),
  });
  return { tree, layout: layout!, density };
}

/** Width of the overview strip's viewBox; CSS stretches it to the container. */
export const OVERVIEW_WIDTH = 1000;
/** Height of the overview strip's viewBox. */
export const OVERVIEW_HEIGHT = 40;

/**
 * The overview strip: every event as a thin tick over the whole domain, one band per lineage,
 * year lines between. No text, so it may stretch (`preserveAspectRatio="none"`) at any width.
 */
export function renderOverview(layout: ChartLayout): VNode {
  const [d0, d1] = [
    Date.parse(`${layout.domain[0]}T00:00:00Z`),
    Date.parse(`${layout.domain[1]}T00:00:00Z`) + 86_400_000,
  ];
  const x = (ms: number) => r2(((ms - d0) / (d1 - d0)) * OVERVIEW_WIDTH);
  const bands = Math.max(1, layout.lineages.length);
  const bandH = (OVERVIEW_HEIGHT - 4) / bands;
  const bandOf = new Map(layout.lineages.map((l, i) => [l.id, i]));
  const laneLineage = new Map(layout.lanes.map((l) => [l.group, l.lineage]));
  const years: VNode[] = [];
  for (let y = Number(layout.domain[0].slice(0, 4)) + 1; y <= Number(layout.domain[1].slice(0, 4)); y++) {
    const xx = x(Date.parse(`${y}-01-01T00:00:00Z`));
    years.push(h('line', { class: 'ov-year', x1: xx, x2: xx, y1: 0, y2: OVERVIEW_HEIGHT }));
  }
  const ticks: VNode[] = [];
  if (layout.events.length > DENSE_MARKS) {
    // Too many for one tick each: a density curve per lineage band, like the lanes.
    const bins = OVERVIEW_WIDTH / 2;
    const counts = layout.lineages.map(() => new Float64Array(bins + 1));
    for (const ev of layout.events) {
      const b0 = Math.max(0, Math.floor(x(Date.parse(`${ev.event.start}T00:00:00Z`)) / 2));
      const b1 = Math.min(bins - 1, Math.floor((x(Date.parse(`${ev.event.end}T00:00:00Z`) + 86_400_000) - 0.01) / 2));
      for (const b of new Set(ev.marks.map((m) => bandOf.get(laneLineage.get(m.lane)!) ?? 0))) {
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
    for (const ev of layout.events) {
      const start = Date.parse(`${ev.event.start}T00:00:00Z`);
      const end = Date.parse(`${ev.event.end}T00:00:00Z`) + 86_400_000;
      const bandsHit = new Set(ev.marks.map((m) => bandOf.get(laneLineage.get(m.lane)!) ?? 0));
      for (const b of bandsHit) {
        ticks.push(
          h('rect', {
            class: `ov-ev f-${ev.event.family}`,
            x: x(start),
            y: r2(2 + b * bandH),
            width: Math.max(2, x(end) - x(start)),
            height: r2(Math.max(1, bandH - 1)),
          }),
        );
      }
    }
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
    years,
    ticks,
  );
}

/** A small legend or table swatch: one symbol in a family's shape and colour, in a status style. */
export function renderSwatch(
  family: ChartEvent['family'],
  options: { firmness?: 'firm' | 'claimed' | 'contested'; extent?: Extent; conflict?: boolean; label?: string } = {},
): VNode {
  const { firmness = 'firm', extent = 'point', conflict = false } = options;
  const shape = FAMILY_STYLE[family].shape;
  return h(
    'svg',
    { class: 'chrono-swatch', viewBox: '0 0 28 18', 'aria-hidden': 'true', focusable: 'false' },
    h(
      'g',
      { class: `f-${family} s-${firmness}` },
      extent === 'bar' && h('rect', { class: 'bar', x: 2, y: 6, width: 24, height: 6, rx: 1.5 }),
      extent === 'bounds' && h('rect', { class: 'bounds', x: 2, y: 6, width: 24, height: 6, rx: 1.5 }),
      h('path', { class: 'sym', d: symbolPath(shape, 14, 9, 5) }),
      conflict &&
        h(
          'g',
          { class: 'badge' },
          h('circle', { cx: 23, cy: 5, r: 4.5 }),
          h('text', { x: 23, y: 7.6, 'text-anchor': 'middle' }, '≠'),
        ),
    ),
  );
}

/** A legend sample of a connector kind between two lanes (vertical, 28×18). */
export function renderConnectorSwatch(family: ChartEvent['family'], kind: 'arrow' | 'split' | 'joint'): VNode {
  const directed = kind !== 'joint';
  const c = connectorGeometry(kind, 14, -4, 22, directed, 1);
  return h(
    'svg',
    { class: 'chrono-swatch', viewBox: '0 0 28 18', 'aria-hidden': 'true', focusable: 'false' },
    h(
      'g',
      { class: `f-${family}` },
      h('path', { class: `conn k-${kind}`, d: c.path }),
      c.head && h('path', { class: 'head', d: c.head }),
      (c.ends ?? []).map(([x, y]) => h('circle', { class: 'end', cx: x, cy: y, r: 2.2 })),
    ),
  );
}
