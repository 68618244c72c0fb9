/**
 * Layout of the chronology chart: lanes per group grouped by lineage, a UTC time scale, marks
 * stacked within lanes, connectors between the lanes a relationship joins, and axis ticks.
 * Pure TypeScript over plain data (no DOM), so it runs at build time, in the browser and in tests.
 */
import { scaleUtc } from 'd3-scale';
import type { Lineage } from '../../lib/chronology/vocabulary';
import { LINEAGES } from '../../lib/chronology/vocabulary';
import { extentOf, type Extent } from './encoding';
import type { ChartEvent, ChartGroup } from './model';
import { calendarTicks, DAY_MS, dayToMs, msToDay, yearBounds, type Tick } from './time';

/** Where lane labels go: a left gutter (wide) or a line above each lane (narrow). */
export type LabelMode = 'left' | 'above';

/** What to lay out and at what size. */
export interface LayoutOptions {
  /** Width of the viewBox in user units. */
  width: number;
  labels: LabelMode;
  /** The zoomable span as inclusive ISO days; defaults to the events' span widened to whole years. */
  domain?: readonly [string, string];
  /** The visible span as inclusive ISO days (clamped to the domain); defaults to the domain. */
  view?: readonly [string, string];
}

/** The wide variant (desktop): 960 units, labels in a left gutter. */
export const WIDE: LayoutOptions = { width: 960, labels: 'left' };

/** The narrow variant (phones, from 360 px): 400 units, labels above lanes. */
export const NARROW: LayoutOptions = { width: 400, labels: 'above' };

/** Vertical and horizontal metrics in user units; exported for tests and the overview. */
export const METRICS = {
  axis: 30,
  lineage: 22,
  laneLabel: 14,
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
  connectors: ConnectorLayout[];
}

/** A full chart layout. */
export interface ChartLayout {
  width: number;
  height: number;
  labels: LabelMode;
  /** Plot area (where time runs), in user units. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  domain: [string, string];
  view: [string, string];
  lineages: LineageLayout[];
  lanes: LaneLayout[];
  /** Events in time order. */
  events: EventLayout[];
  ticks: (Tick & { x: number })[];
}

const LINEAGE_ORDER = Object.keys(LINEAGES) as Lineage[];

/** Every group an event involves (actors, from, to), first-mention order, no repeats. */
export function groupsOf(event: Pick<ChartEvent, 'actors' | 'from' | 'to'>): string[] {
  return [...new Set([...event.actors, ...event.from, ...event.to])];
}

/**
 * Lanes for the groups the events involve, in lineage order; within a lineage parents come
 * before their branches (depth first) and siblings by first appearance, then short name.
 * Ids with no group record get a lane in "other" so no event is dropped silently.
 */
export function orderLanes(groups: readonly ChartGroup[], events: readonly ChartEvent[]): ChartGroup[] {
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
    members.filter((g) => !placed.has(g.id)).sort(compare).forEach(visit);
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

/** Lays out events (any order) on lanes for the given groups, at the given size and view. */
export function layoutChart(
  data: { events: readonly ChartEvent[]; groups: readonly ChartGroup[] },
  options: LayoutOptions,
): ChartLayout {
  const M = METRICS;
  const events = [...data.events].sort((a, b) =>
    a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.id < b.id ? -1 : 1,
  );
  const domain: [string, string] =
    options.domain && options.domain[0] <= options.domain[1] ? [options.domain[0], options.domain[1]] : defaultDomain(events);
  const view = clampSpan(options.view, domain);
  const plotX0 = options.labels === 'left' ? M.gutter : M.margin;
  const plotX1 = options.width - M.margin;
  const range = [plotX0, plotX1];
  // Stacking uses the whole domain, so rows stay put while the reader zooms.
  const full = scaleUtc().domain([dayToMs(domain[0]), dayToMs(domain[1]) + DAY_MS]).range(range);
  const zoomed = scaleUtc().domain([dayToMs(view[0]), dayToMs(view[1]) + DAY_MS]).range(range);
  const xFull = (ms: number) => full(ms);
  const xView = (ms: number) => zoomed(ms);

  const lanesOrdered = orderLanes(data.groups, events);
  const laneItems = new Map<string, { event: number; left: number; right: number; id: string }[]>(
    lanesOrdered.map((g) => [g.id, []]),
  );
  events.forEach((e, i) => {
    const { x0, x1, cx } = eventX(e, xFull);
    const pad = M.r + 1;
    const left = Math.min(x0, cx - pad);
    const right = Math.max(x1, cx + pad + (e.conflicts.length > 0 ? M.badge : 0));
    for (const g of groupsOf(e)) laneItems.get(g)!.push({ event: i, left, right, id: e.id });
  });
  const rowOf = new Map<string, number>();
  const rowsIn = new Map<string, number>();
  for (const [lane, items] of laneItems) {
    items.sort((a, b) => a.left - b.left || (a.id < b.id ? -1 : 1));
    const rows = stackRows(items);
    items.forEach((item, k) => rowOf.set(`${lane}\u0000${item.event}`, rows[k]!));
    rowsIn.set(lane, Math.max(1, ...rows.map((r) => r + 1)));
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
    lineages.push({ id: lineage, label: LINEAGES[lineage], y: top, height: y - top, lanes: members.map((g) => g.id) });
  }
  const height = y + M.bottom;
  const laneById = new Map(lanes.map((l) => [l.group, l]));
  const markY = (lane: LaneLayout, row: number) =>
    lane.y + (options.labels === 'above' ? M.laneLabel : 0) + M.lanePad + row * M.row + M.row / 2;

  const viewStart = dayToMs(view[0]);
  const viewEnd = dayToMs(view[1]) + DAY_MS;
  const laidOut: EventLayout[] = events.map((e, i) => {
    const { x0, x1, cx } = eventX(e, xView);
    const marks: MarkLayout[] = groupsOf(e).map((g) => {
      const lane = laneById.get(g)!;
      const row = rowOf.get(`${g}\u0000${i}`) ?? 0;
      return { lane: g, row, y: markY(lane, row) };
    });
    const yOf = new Map(marks.map((m) => [m.lane, m.y]));
    const connectors: ConnectorLayout[] = [];
    if (e.relationship && marks.length > 1) {
      const kind = connectorKind(e);
      const pairs: [string, string][] = [];
      if (e.directed && e.from.length > 0 && e.to.length > 0) {
        for (const f of e.from) for (const t of e.to) if (f !== t) pairs.push([f, t]);
      } else {
        // Undirected: chain neighbours top to bottom so every lane is joined once.
        const sorted = [...marks].sort((a, b) => a.y - b.y);
        for (let k = 1; k < sorted.length; k++) pairs.push([sorted[k - 1]!.lane, sorted[k]!.lane]);
      }
      for (const [f, t] of pairs) {
        const directed = e.directed && e.from.length > 0;
        connectors.push({ kind, from: f, to: t, ...connectorGeometry(kind, cx, yOf.get(f)!, yOf.get(t)!, directed) });
      }
    }
    const visible = dayToMs(e.start) < viewEnd && dayToMs(e.end) + DAY_MS > viewStart;
    return { event: e, extent: extentOf(e.precision), x0, x1, cx, visible, marks, connectors };
  });

  const ticks = calendarTicks(viewStart, viewEnd - 1, plotX1 - plotX0, options.labels === 'left' ? 72 : 58)
    .map((t) => ({ ...t, x: xView(t.t) }))
    .filter((t) => t.x >= plotX0 - 0.5 && t.x <= plotX1 + 0.5);

  return {
    width: options.width,
    height,
    labels: options.labels,
    plot: { x0: plotX0, x1: plotX1, y0: M.axis, y1: height - M.bottom },
    domain,
    view,
    lineages,
    lanes,
    events: laidOut,
    ticks,
  };
}

/** Inverse of the view scale: the ISO day at user-unit x in a layout's current view. */
export function dayAt(layout: Pick<ChartLayout, 'plot' | 'view'>, x: number): string {
  const t0 = dayToMs(layout.view[0]);
  const t1 = dayToMs(layout.view[1]) + DAY_MS;
  const f = (x - layout.plot.x0) / (layout.plot.x1 - layout.plot.x0);
  return msToDay(t0 + f * (t1 - t0));
}
