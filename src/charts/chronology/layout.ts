/**
 * Layout of the chronology chart: lanes per group grouped by lineage, a UTC time scale, marks
 * stacked within lanes, connectors between the lanes a relationship joins, and axis ticks.
 * Pure TypeScript over plain data (no DOM), so it runs at build time, in the browser and in tests.
 */
import type { Lineage } from '../../lib/chronology/vocabulary';
import { extentOf, type Extent } from './encoding';
import type { ChartEvent, ChartGroup, ChartLineage } from './model';
import { calendarTicks, DAY_MS, dayToMs, msToDay, timeScale, yearBounds, type Tick } from './time';

/** Where lane labels go: a left gutter (wide) or a line above each lane (narrow). */
export type LabelMode = 'left' | 'above';

/** What to lay out and at what size. */
export interface LayoutOptions {
  /** Variant name, used in class names ("wide", "medium", "narrow"). */
  name?: string;
  /** Width of the viewBox in user units. */
  width: number;
  labels: LabelMode;
  /** Width of the label gutter when labels are on the left (default METRICS.gutter). */
  gutter?: number;
  /** The zoomable span as inclusive ISO days; defaults to the events' span widened to whole years. */
  domain?: readonly [string, string];
  /** The visible span as inclusive ISO days (clamped to the domain); defaults to the domain. */
  view?: readonly [string, string];
  /** The visible span in UTC ms, end exclusive; wins over `view` (smooth zooming needs sub-day spans). */
  viewMs?: readonly [number, number];
  /**
   * Zoom factor at which marks are stacked (default 1: the whole domain). Dense data is drawn as
   * lane density until zoomed in, so it stacks at the zoom where marks appear, keeping lanes short.
   */
  stackZoom?: number;
  /**
   * A focus period (inclusive ISO days): only events touching it decide how many rows a lane
   * has; the others share those rows (and may overlap when the reader zooms out of the period).
   */
  stackSpan?: readonly [string, string];
}

/** The wide variant (containers from 860 px): 960 units, labels in a left gutter. */
export const WIDE: LayoutOptions = { name: 'wide', width: 960, labels: 'left' };

/** The medium variant (560–860 px, e.g. beside prose): 640 units, a narrower gutter. */
export const MEDIUM: LayoutOptions = { name: 'medium', width: 640, labels: 'left', gutter: 150 };

/** The narrow variant (phones, from 360 px): 400 units, labels above lanes. */
export const NARROW: LayoutOptions = { name: 'narrow', width: 400, labels: 'above' };

/**
 * Every variant the server renders; CSS container queries show the one whose text stays between
 * about 10 and 16 px at the container's width, so nothing shifts when the script runs.
 */
export const VARIANTS: readonly (LayoutOptions & { name: string; key: string })[] = [
  { ...WIDE, name: 'wide', key: 'w' },
  { ...MEDIUM, name: 'medium', key: 'm' },
  { ...NARROW, name: 'narrow', key: 'n' },
];

/** Vertical and horizontal metrics in user units; exported for tests and the overview. */
export const METRICS = {
  axis: 30,
  lineage: 22,
  laneLabel: 16,
  row: 16,
  lanePad: 4,
  gutter: 168,
  margin: 10,
  bottom: 6,
  /** Nominal symbol radius. */
  r: 5,
  /** Room the conflict badge takes right of a symbol. */
  badge: 9,
  /** Minimum horizontal gap between stacked marks. */
  gap: 2,
} as const;

/** Shown when there is nothing to derive a span from. */
export const FALLBACK_DOMAIN: readonly [string, string] = ['2003-01-01', '2017-12-31'];

/** One lane (a group) with its vertical placement. */
export interface LaneLayout {
  group: string;
  label: string;
  lineage: Lineage;
  /** Top of the lane band. */
  y: number;
  height: number;
  /** Number of stacked rows. */
  rows: number;
  /** Baseline of the lane label. */
  labelY: number;
  index: number;
}

/** A lineage header and the lanes under it. */
export interface LineageLayout {
  id: Lineage;
  label: string;
  y: number;
  /** Top to bottom of the header and its lanes. */
  height: number;
  lanes: string[];
}

/** One mark of an event on one of its lanes. */
export interface MarkLayout {
  lane: string;
  row: number;
  /** Centre line of the mark. */
  y: number;
}

/** How a relationship connector is drawn. */
export type ConnectorKind = 'arrow' | 'split' | 'joint';

/** A connector between two marks of one event. */
export interface ConnectorLayout {
  kind: ConnectorKind;
  from: string;
  to: string;
  /** Path data of the line (one or two sub-paths). */
  path: string;
  /** Arrowhead path data at the `to` end, when directed. */
  head?: string;
  /** End dots for undirected connectors. */
  ends?: [number, number][];
}

/** An event placed on the chart. */
export interface EventLayout {
  event: ChartEvent;
  extent: Extent;
  /** Interval left and right edges in the current view (user units). */
  x0: number;
  x1: number;
  /** Where the symbol sits: the day's middle, or the interval's middle. */
  cx: number;
  /** Whether any of the interval lies in the visible span. */
  visible: boolean;
  marks: MarkLayout[];
  /** Connectors between its lanes, with x relative to `cx` (they move with the event). */
  connectors: ConnectorLayout[];
}

/** A full chart layout. */
export interface ChartLayout {
  /** Variant name ("wide", "medium", "narrow"). */
  variant: string;
  width: number;
  height: number;
  labels: LabelMode;
  /** Plot area (where time runs), in user units. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  domain: [string, string];
  /** Visible span as inclusive ISO days (for labels and URLs). */
  view: [string, string];
  /** Visible span in UTC ms, end exclusive. */
  viewMs: [number, number];
  lineages: LineageLayout[];
  lanes: LaneLayout[];
  /** Events in time order (all of them, or those asked for with `only`). */
  events: EventLayout[];
  /** How many events intersect the view, of how many laid out. */
  counts: { visible: number; total: number };
  ticks: (Tick & { x: number })[];
}

/** Every group an event involves (actors, from, to), first-mention order, no repeats. */
export function groupsOf(event: Pick<ChartEvent, 'actors' | 'from' | 'to'>): string[] {
  return [...new Set([...event.actors, ...event.from, ...event.to])];
}

/**
 * Lanes for the groups the events involve, in lineage order; within a lineage parents come
 * before their branches (depth first) and siblings by first appearance, then short name.
 * Ids with no group record get a lane in "other" so no event is dropped silently.
 */
export function orderLanes(
  groups: readonly ChartGroup[],
  events: readonly ChartEvent[],
  lineages: readonly ChartLineage[],
): ChartGroup[] {
  const LINEAGE_ORDER = lineages.map((l) => l.id);
  const first = new Map<string, string>();
  for (const e of events) {
    for (const g of groupsOf(e)) {
      const seen = first.get(g);
      if (seen === undefined || e.start < seen) first.set(g, e.start);
    }
  }
  const byId = new Map(groups.map((g) => [g.id, g]));
  const used: ChartGroup[] = [...first.keys()].map(
    (id) => byId.get(id) ?? { id, name: id, shortName: id, lineage: 'other' as const },
  );
  const compare = (a: ChartGroup, b: ChartGroup) =>
    (first.get(a.id)! < first.get(b.id)! ? -1 : first.get(a.id)! > first.get(b.id)! ? 1 : 0) ||
    a.shortName.localeCompare(b.shortName, 'en') ||
    (a.id < b.id ? -1 : 1);
  const out: ChartGroup[] = [];
  for (const lineage of LINEAGE_ORDER) {
    const members = used.filter((g) => (LINEAGE_ORDER.includes(g.lineage) ? g.lineage : 'other') === lineage);
    const ids = new Set(members.map((g) => g.id));
    const children = new Map<string, ChartGroup[]>();
    const roots: ChartGroup[] = [];
    for (const g of members) {
      if (g.parent && g.parent !== g.id && ids.has(g.parent)) {
        const list = children.get(g.parent) ?? [];
        list.push(g);
        children.set(g.parent, list);
      } else roots.push(g);
    }
    const placed = new Set<string>();
    const visit = (g: ChartGroup) => {
      if (placed.has(g.id)) return;
      placed.add(g.id);
      out.push(g);
      for (const c of (children.get(g.id) ?? []).sort(compare)) visit(c);
    };
    roots.sort(compare).forEach(visit);
    // A parent cycle leaves members unplaced; keep them rather than lose their events.
    members
      .filter((g) => !placed.has(g.id))
      .sort(compare)
      .forEach(visit);
  }
  return out;
}

/**
 * Greedy interval stacking: each item (sorted by `left`) takes the lowest row whose last item
 * ends at least `gap` before it starts. Returns the row of each item, in input order.
 */
export function stackRows(items: readonly { left: number; right: number }[], gap: number = METRICS.gap): number[] {
  const rowEnds: number[] = [];
  return items.map(({ left, right }) => {
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = right;
    return row;
  });
}

/** Horizontal geometry of an event's date in a scale: interval edges and symbol centre. */
export function eventX(
  event: Pick<ChartEvent, 'start' | 'end' | 'precision'>,
  x: (ms: number) => number,
): { x0: number; x1: number; cx: number } {
  const x0 = x(dayToMs(event.start));
  const x1 = x(dayToMs(event.end) + DAY_MS);
  return { x0, x1, cx: (x0 + x1) / 2 };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Connector between the marks at (x, yFrom) and (x, yTo), trimmed clear of the symbols.
 * `arrow` runs from → to with a head at `to`; `split` breaks in the middle with the halves
 * splaying apart (ties diverge) and, when directed, a head at `to`; `joint` joins with end dots.
 */
export function connectorGeometry(
  kind: ConnectorKind,
  x: number,
  yFrom: number,
  yTo: number,
  directed: boolean,
  r: number = METRICS.r,
): Pick<ConnectorLayout, 'path' | 'head' | 'ends'> {
  const dir = yTo >= yFrom ? 1 : -1;
  const ys = yFrom + dir * (r + 2);
  const ye = yTo - dir * (r + 2);
  const head = 6;
  const lineEnd = directed ? ye - dir * (head - 1) : ye;
  const out: Pick<ConnectorLayout, 'path' | 'head' | 'ends'> = { path: '' };
  if (kind === 'split' && Math.abs(lineEnd - ys) > 16) {
    const ym = (ys + lineEnd) / 2;
    const g = 4;
    out.path =
      `M${round(x)},${round(ys)}L${round(x)},${round(ym - dir * g)}L${round(x - 4)},${round(ym - dir * (g - 3))}` +
      `M${round(x + 4)},${round(ym + dir * (g - 3))}L${round(x)},${round(ym + dir * g)}L${round(x)},${round(lineEnd)}`;
  } else {
    out.path = `M${round(x)},${round(ys)}L${round(x)},${round(lineEnd)}`;
  }
  if (directed) {
    out.head = `M${round(x)},${round(ye)}L${round(x - 4)},${round(ye - dir * head)}L${round(x + 4)},${round(ye - dir * head)}Z`;
  }
  if (kind === 'joint') {
    out.ends = [
      [round(x), round(ys)],
      [round(x), round(ye)],
    ];
  }
  return out;
}

function connectorKind(event: ChartEvent): ConnectorKind {
  if (event.family === 'rupture') return 'split';
  return event.directed ? 'arrow' : 'joint';
}

function clampSpan(span: readonly [string, string] | undefined, domain: [string, string]): [string, string] {
  if (!span || !(span[0] <= span[1])) return domain;
  const a = span[0] < domain[0] ? domain[0] : span[0] > domain[1] ? domain[1] : span[0];
  const b = span[1] > domain[1] ? domain[1] : span[1] < domain[0] ? domain[0] : span[1];
  return a <= b ? [a, b] : domain;
}

/** The default zoomable span of a set of events: their span widened to whole years. */
export function defaultDomain(events: readonly Pick<ChartEvent, 'start' | 'end'>[]): [string, string] {
  if (events.length === 0) return [...FALLBACK_DOMAIN];
  let lo = events[0]!.start;
  let hi = events[0]!.end;
  for (const e of events) {
    if (e.start < lo) lo = e.start;
    if (e.end > hi) hi = e.end;
  }
  return yearBounds(lo, hi);
}

/** The zoom-independent part of a layout: lanes, rows and where every mark sits vertically. */
export interface LanePlan {
  variant: string;
  width: number;
  labels: LabelMode;
  domain: [string, string];
  domainMs: [number, number];
  plot: ChartLayout['plot'];
  height: number;
  lineages: LineageLayout[];
  lanes: LaneLayout[];
  /** Events in time order. */
  events: ChartEvent[];
  /** The marks of each event (same index), one per group it involves. */
  marks: MarkLayout[][];
  /** The connectors of each event (same index), drawn relative to the event's x. */
  connectors: ConnectorLayout[][];
  /** Each event's first instant and exclusive end in UTC ms (same index), parsed once. */
  startMs: Float64Array;
  endMs: Float64Array;
}

/** The data a layout reads. */
export interface LayoutData {
  events: readonly ChartEvent[];
  groups: readonly ChartGroup[];
  lineages: readonly ChartLineage[];
}

/**
 * Plans lanes for events (any order): lineage headers, lanes, and the row of every mark, stacked
 * at the whole domain's scale so rows stay put while the reader zooms. Cache it per filter.
 */
export function planLanes(
  data: LayoutData,
  options: Pick<LayoutOptions, 'name' | 'width' | 'labels' | 'gutter' | 'domain' | 'stackZoom' | 'stackSpan'>,
): LanePlan {
  const M = METRICS;
  const LINEAGE_ORDER = data.lineages.map((l) => l.id);
  const lineageLabel = new Map(data.lineages.map((l) => [l.id, l.label]));
  const events = [...data.events].sort((a, b) =>
    a.start !== b.start
      ? a.start < b.start
        ? -1
        : 1
      : a.end !== b.end
        ? a.end < b.end
          ? -1
          : 1
        : a.id < b.id
          ? -1
          : 1,
  );
  const domain: [string, string] =
    options.domain && options.domain[0] <= options.domain[1]
      ? [options.domain[0], options.domain[1]]
      : defaultDomain(events);
  const domainMs: [number, number] = [dayToMs(domain[0]), dayToMs(domain[1]) + DAY_MS];
  const plotX0 = options.labels === 'left' ? (options.gutter ?? M.gutter) : M.margin;
  const plotX1 = options.width - M.margin;
  const zoom = Math.max(1, options.stackZoom ?? 1);
  const xFull = timeScale(domainMs, [plotX0, plotX0 + (plotX1 - plotX0) * zoom]);

  const lanesOrdered = orderLanes(data.groups, events, data.lineages);
  const laneItems = new Map<string, { event: number; left: number; right: number; id: string }[]>(
    lanesOrdered.map((g) => [g.id, []]),
  );
  const involved = events.map(groupsOf);
  events.forEach((e, i) => {
    const { x0, x1, cx } = eventX(e, xFull);
    const pad = M.r + 1;
    const left = Math.min(x0, cx - pad);
    const right = Math.max(x1, cx + pad + (e.conflicts.length > 0 ? M.badge : 0));
    for (const g of involved[i]!) laneItems.get(g)!.push({ event: i, left, right, id: e.id });
  });
  const rowOf = new Map<string, number>();
  const rowsIn = new Map<string, number>();
  const span = options.stackSpan;
  const inFocus = (i: number) => !span || (events[i]!.start <= span[1] && events[i]!.end >= span[0]);
  for (const [lane, items] of laneItems) {
    items.sort((a, b) => a.left - b.left || (a.id < b.id ? -1 : 1));
    const primary = items.filter((it) => inFocus(it.event));
    const secondary = items.filter((it) => !inFocus(it.event));
    const rows = stackRows(primary);
    const most = Math.max(1, ...rows.map((r) => r + 1));
    primary.forEach((item, k) => rowOf.set(`${lane}\u0000${item.event}`, rows[k]!));
    stackRows(secondary).forEach((r, k) => rowOf.set(`${lane}\u0000${secondary[k]!.event}`, r % most));
    rowsIn.set(lane, most);
  }

  const lanes: LaneLayout[] = [];
  const lineages: LineageLayout[] = [];
  let y = M.axis;
  for (const lineage of LINEAGE_ORDER) {
    const members = lanesOrdered.filter((g) => (LINEAGE_ORDER.includes(g.lineage) ? g.lineage : 'other') === lineage);
    if (members.length === 0) continue;
    const top = y;
    y += M.lineage;
    for (const g of members) {
      const rows = rowsIn.get(g.id) ?? 1;
      const labelRoom = options.labels === 'above' ? M.laneLabel : 0;
      const height = labelRoom + rows * M.row + 2 * M.lanePad;
      lanes.push({
        group: g.id,
        label: g.shortName,
        lineage,
        y,
        height,
        rows,
        labelY: options.labels === 'above' ? y + M.laneLabel - 3 : y + M.lanePad + M.row / 2 + 4,
        index: lanes.length,
      });
      y += height;
    }
    lineages.push({
      id: lineage,
      label: lineageLabel.get(lineage) ?? lineage,
      y: top,
      height: y - top,
      lanes: members.map((g) => g.id),
    });
  }
  const height = y + M.bottom;
  const laneById = new Map(lanes.map((l) => [l.group, l]));
  const markY = (lane: LaneLayout, row: number) =>
    lane.y + (options.labels === 'above' ? M.laneLabel : 0) + M.lanePad + row * M.row + M.row / 2;
  const marks = events.map((_, i) =>
    involved[i]!.map((g) => {
      const row = rowOf.get(`${g}\u0000${i}`) ?? 0;
      return { lane: g, row, y: markY(laneById.get(g)!, row) };
    }),
  );
  // Connectors only depend on lanes, so they are built once here, at x = 0, and moved with the event.
  const connectors = events.map((e, i) => {
    const list = marks[i]!;
    const out: ConnectorLayout[] = [];
    if (!e.relationship || list.length < 2) return out;
    const yOf = new Map(list.map((m) => [m.lane, m.y]));
    const kind = connectorKind(e);
    const pairs: [string, string][] = [];
    if (e.directed && e.from.length > 0 && e.to.length > 0) {
      for (const f of e.from) for (const t of e.to) if (f !== t) pairs.push([f, t]);
    } else {
      // Undirected: chain neighbours top to bottom so every lane is joined once.
      const sorted = [...list].sort((a, b) => a.y - b.y);
      for (let k = 1; k < sorted.length; k++) pairs.push([sorted[k - 1]!.lane, sorted[k]!.lane]);
    }
    const directed = e.directed && e.from.length > 0;
    for (const [f, t] of pairs)
      out.push({ kind, from: f, to: t, ...connectorGeometry(kind, 0, yOf.get(f)!, yOf.get(t)!, directed) });
    return out;
  });
  const startMs = Float64Array.from(events, (e) => dayToMs(e.start));
  const endMs = Float64Array.from(events, (e) => dayToMs(e.end) + DAY_MS);
  return {
    connectors,
    startMs,
    endMs,
    variant: options.name ?? (options.labels === 'left' ? 'wide' : 'narrow'),
    width: options.width,
    labels: options.labels,
    domain,
    domainMs,
    plot: { x0: plotX0, x1: plotX1, y0: M.axis, y1: height - M.bottom },
    height,
    lineages,
    lanes,
    events,
    marks,
  };
}

/** The visible span of a plan for a requested view (ISO days or ms), clamped to its domain. */
export function resolveView(
  plan: Pick<LanePlan, 'domain' | 'domainMs'>,
  options: Pick<LayoutOptions, 'view' | 'viewMs'>,
): [number, number] {
  const { domainMs } = plan;
  if (options.viewMs && options.viewMs[0] < options.viewMs[1]) {
    const a = Math.max(domainMs[0], Math.min(options.viewMs[0], domainMs[1] - DAY_MS));
    const b = Math.min(domainMs[1], Math.max(options.viewMs[1], a + DAY_MS));
    return [a, b];
  }
  const v = clampSpan(options.view, plan.domain);
  return [dayToMs(v[0]), dayToMs(v[1]) + DAY_MS];
}

/** Options of a placement: the view, and optionally only some events to place in full. */
export interface PlaceOptions extends Pick<LayoutOptions, 'view' | 'viewMs'> {
  /** Place only these events (the rest are counted, not drawn): for a canvas-drawn dense chart. */
  only?: ReadonlySet<string>;
  /** Place only events in view (dense data zoomed in: SVG for what shows, nothing else). */
  visibleOnly?: boolean;
}

/** Positions a plan's events in a view: x extents, visibility, connectors, and the axis ticks. */
export function placeEvents(plan: LanePlan, options: PlaceOptions = {}): ChartLayout {
  const M = METRICS;
  const viewMs = resolveView(plan, options);
  const view: [string, string] = [msToDay(viewMs[0]), msToDay(viewMs[1] - 1)];
  const { x0: plotX0, x1: plotX1 } = plan.plot;
  const xView = timeScale(viewMs, [plotX0, plotX1]);
  const [viewStart, viewEnd] = viewMs;
  // Anything whose symbol or bar reaches into the plot counts, so edge marks do not pop.
  const reach = M.r + M.badge;
  let visibleCount = 0;
  const laidOut: EventLayout[] = [];
  plan.events.forEach((e, i) => {
    const x0 = xView(plan.startMs[i]!);
    const x1 = xView(plan.endMs[i]!);
    const cx = (x0 + x1) / 2;
    const visible = Math.max(x1, cx + reach) > plotX0 && Math.min(x0, cx - reach) < plotX1;
    if (visible) visibleCount++;
    if (options.only && !options.only.has(e.id)) return;
    if (options.visibleOnly && !visible) return;
    laidOut.push({
      event: e,
      extent: extentOf(e.precision),
      x0,
      x1,
      cx,
      visible,
      marks: plan.marks[i]!,
      connectors: plan.connectors[i]!,
    });
  });

  const ticks = calendarTicks(viewStart, viewEnd - 1, plotX1 - plotX0, plan.labels === 'left' ? 72 : 58)
    .map((t) => ({ ...t, x: xView(t.t) }))
    .filter((t) => t.x >= plotX0 - 0.5 && t.x <= plotX1 + 0.5);

  return {
    variant: plan.variant,
    width: plan.width,
    height: plan.height,
    labels: plan.labels,
    plot: plan.plot,
    domain: plan.domain,
    view,
    viewMs,
    lineages: plan.lineages,
    lanes: plan.lanes,
    events: laidOut,
    counts: { visible: visibleCount, total: plan.events.length },
    ticks,
  };
}

/**
 * Lane density of a plan in a view, for data too dense to draw mark by mark: per lane, how many
 * of its events touch each bin of `binWidth` user units (a difference array, so long events cost
 * no more than short ones), with the busiest bin of any lane.
 */
export function laneDensity(
  plan: LanePlan,
  viewMs: readonly [number, number],
  binWidth = 4,
): { bins: number; counts: Map<string, Float64Array>; max: number } {
  const { x0: px0, x1: px1 } = plan.plot;
  const bins = Math.max(1, Math.floor((px1 - px0) / binWidth));
  const w = (px1 - px0) / bins;
  const x = timeScale(viewMs, [px0, px1]);
  const counts = new Map(plan.lanes.map((l) => [l.group, new Float64Array(bins + 1)]));
  plan.events.forEach((_, i) => {
    const x0 = x(plan.startMs[i]!);
    const x1 = x(plan.endMs[i]!);
    if (x1 < px0 || x0 > px1) return;
    const b0 = Math.max(0, Math.floor((x0 - px0) / w));
    const b1 = Math.min(bins - 1, Math.floor((Math.max(x0, x1 - 1e-9) - px0) / w));
    for (const m of plan.marks[i]!) {
      const c = counts.get(m.lane)!;
      c[b0]! += 1;
      c[b1 + 1]! -= 1;
    }
  });
  let max = 1;
  for (const c of counts.values()) {
    let run = 0;
    for (let b = 0; b < bins; b++) {
      run += c[b]!;
      c[b] = run;
      if (run > max) max = run;
    }
  }
  return { bins, counts, max };
}

/** Lays out events (any order) on lanes for the given groups, at the given size and view. */
export function layoutChart(data: LayoutData, options: LayoutOptions): ChartLayout {
  // Plan and place in one go (server renders and tests); the browser caches the plan.
  return placeEvents(planLanes(data, options), options);
}

/** Inverse of the view scale: the UTC ms at user-unit x in a layout's current view. */
export function timeAt(layout: Pick<ChartLayout, 'plot' | 'viewMs'>, x: number): number {
  const [t0, t1] = layout.viewMs;
  const f = (x - layout.plot.x0) / (layout.plot.x1 - layout.plot.x0);
  return t0 + f * (t1 - t0);
}
