/**
 * planChart: the one computation of what the chronology chart draws, used alike by the server
 * render, the browser element and the SVG/PNG export. From a chart's scope, a view state and a
 * size variant it returns
 *   - `plan`: what does not depend on the visible span (filtered events, lanes, stacked rows,
 *     label texts and priorities, the time scale), cached by filters and variant;
 *   - `layout`: the view's geometry (lanes compacted to what is in view, marks, connectors,
 *     direct labels and numbered events with their key, axis ticks, scale stretches);
 *   - `tree`: the element tree (render/svg.ts) the server serialises and the browser patches.
 * Pure: no DOM, no clock, no randomness.
 */
import { textWidth } from '../../lib/text';
import { extentOf, type Extent } from './layout/encoding';
import { axisTicks, type AxisTick } from './layout/axis';
import { connectorsOf, type ConnectorLayout } from './layout/connectors';
import { compactRows, groupsOf, laneName, orderLanes, primaryGroup, stackLane, type LaneItem } from './layout/lanes';
import {
  BoxIndex,
  labelRank,
  placeLabels,
  placeNumbers,
  shortTitle,
  type Anchor,
  type LabelRequest,
  type PlacedLabel,
  type PlacedNumber,
} from './layout/labels';
import { describeFocus, evenWarp, stretches, viewScale, type Focus, type ViewScale, type Warp } from './layout/scale';
import { DAY_MS, dayToMs, msToDay } from './layout/time';
import { plotX, VARIANTS, type Variant, type VariantName } from './layout/variants';
import type { ChartEvent, ChartGroup } from './model';
import { renderTree } from './render/svg';
import type { VNode } from './render/vnode';
import { DENSE_MARKS, markCount, type ScopedChart } from './scope';
import { clampView, filterEvents, filterKey, type ChartState } from './state';

/** Dense data shows marks only when at most this many events are in view (SVG redraws stay in a frame). */
export const SVG_LIMIT = 300;

/** Above this many events in view, labels are placed only once a gesture settles. */
export const LIVE_LABEL_LIMIT = 120;

/** Most rows a lane is given to make room for labels (more only if its marks alone need them). */
export const MAX_LABEL_ROWS = 8;

/** A lane of the plan (every group the filtered events involve). */
export interface PlannedLane {
  group: ChartGroup;
  /** Rows stacked at the whole domain (0 until a dense plan is stacked: see stackPlan). */
  rows: number;
}

/** The part of a chart that does not depend on the visible span. */
export interface ChartPlan {
  /** Cache key: variant, filters and scale. */
  key: string;
  variant: Variant;
  chart: ScopedChart;
  /** Filtered events, time order. */
  events: ChartEvent[];
  warp: Warp;
  focus: Focus | null;
  lanes: PlannedLane[];
  /** Each event's marks (same index): lane index and stacked row (0 until stacked: see stackPlan); the label's lane first. */
  marks: { lane: number; row: number }[][];
  /** Each event's first instant and exclusive end, UTC ms. */
  startMs: Float64Array;
  endMs: Float64Array;
  /** Event indices, most significant label first. */
  priority: number[];
  /** Label text and width per event (filled on demand for dense data). */
  labels: ({ text: string; width: number } | undefined)[];
  /** Too many marks: zoomed out, lanes show density. */
  dense: boolean;
}

/** A mark placed in a view. */
export interface PlacedMark {
  lane: string;
  /** Centre line. */
  y: number;
}

/** An event placed in a view. */
export interface EventLayout {
  event: ChartEvent;
  /** Index in the plan's events. */
  index: number;
  extent: Extent;
  /** Interval edges and symbol centre (user units). */
  x0: number;
  x1: number;
  cx: number;
  /** Whether the symbol itself is inside the plot (labels and numbers need it). */
  inPlot: boolean;
  marks: PlacedMark[];
  connectors: ConnectorLayout[];
  label?: PlacedLabel & { text: string };
  number?: PlacedNumber;
}

/** A lane in a view (lanes with no event in view are left out). */
export interface LaneLayout {
  group: string;
  /** The group's name during the visible period, fitted to the room. */
  label: string;
  lineage: string;
  y: number;
  height: number;
  rows: number;
  labelY: number;
  index: number;
}

/** A lineage header and its lanes in a view. */
export interface LineageLayout {
  id: string;
  label: string;
  y: number;
  height: number;
}

/** A stretch of the time scale in a view, with its x extent. */
export interface StretchLayout {
  x0: number;
  x1: number;
  /** Drawn narrower than the focus (shaded). */
  compressed: boolean;
}

/** One entry of the key of numbered events. */
export interface KeyEntry {
  n: number;
  id: string;
  title: string;
  dateLabel: string;
}

/** The geometry of one view of a plan. */
export interface ChartLayout {
  variant: Variant;
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  domain: [string, string];
  /** Visible span, UTC ms (end exclusive) and inclusive ISO days. */
  viewMs: [number, number];
  view: [string, string];
  scale: ViewScale;
  lineages: LineageLayout[];
  lanes: LaneLayout[];
  /** Events drawn (in view; in density mode only the focused ones), time order. */
  events: EventLayout[];
  key: KeyEntry[];
  ticks: AxisTick[];
  stretches: StretchLayout[];
  /** The sentence stating a focused scale when the view shows more than one stretch. */
  note: string | null;
  counts: {
    /** Events whose dates overlap the view. */
    visible: number;
    /** Of those, events whose symbol is in the plot. */
    shown: number;
    labelled: number;
    numbered: number;
    /** Events in the plan (after filters). */
    total: number;
  };
  /** Lane density curves instead of marks. */
  density: { lane: string; d: string }[] | null;
  /** How long label placement took, when a clock was given (ms). */
  timing?: { labels: number };
}

/** What planChart needs beyond chart, state and variant. */
export interface PlanOptions {
  /** A plan from an earlier call, reused when its key matches. */
  previous?: ChartPlan | null;
  /**
   * The view when the reader last stopped moving: while a gesture runs, lanes keep room for what
   * was shown then too, and shrink to the view only once it settles.
   */
  settled?: readonly [number, number] | null;
  /** The event under the keyboard cursor. */
  active?: string | null;
  /** The previous frame showed density (switch back only well below the limit). */
  wasDensity?: boolean;
  /** Prefix of element ids (default `<chart id>-<variant key>`). */
  idPrefix?: string;
  /** The chart is interactive: one tab stop, the keyboard cursor as aria-activedescendant. */
  focusable?: boolean;
  /** Id of the keyboard help the chart is described by. */
  helpId?: string;
  /** A clock (ms) to time label placement with (benchmarks); none by default, so plans stay pure. */
  clock?: () => number;
}

/** Result of planChart. */
export interface PlannedChart {
  plan: ChartPlan;
  layout: ChartLayout;
  tree: VNode;
}

const BADGE = 9;

function planKey(chart: ScopedChart, state: ChartState, variant: Variant): string {
  return `${chart.spec.id}|${variant.name}|${filterKey(state)}`;
}

/** The zoom-independent plan of a chart for the state's filters, in a variant. */
export function buildPlan(chart: ScopedChart, state: ChartState, variant: Variant): ChartPlan {
  const events = filterEvents(chart.data.events, state);
  const warp = state.even || !chart.focus ? evenWarp(chart.domainMs) : chart.warp;
  const focus = state.even ? null : chart.focus;
  const dense = markCount(events) > DENSE_MARKS;
  const [px0, px1] = plotX(variant);
  // Dense data is stacked at the zoom where marks replace density, so lanes stay short.
  const stackZoom = dense ? Math.max(1, Math.ceil(events.length / SVG_LIMIT)) : 1;
  const base = viewScale(warp, chart.domainMs, [px0, px0 + (px1 - px0) * stackZoom]);
  const startMs = Float64Array.from(events, (e) => dayToMs(e.start));
  const endMs = Float64Array.from(events, (e) => dayToMs(e.end) + DAY_MS);
  const labels: ChartPlan['labels'] = new Array(events.length);
  if (!dense) events.forEach((e, i) => (labels[i] = labelOf(e, variant)));
  const ranks = events.map(labelRank);
  const priority = events.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]! || a - b);

  const ordered = orderLanes(chart.data.groups, events, chart.data.lineages);
  const laneIndex = new Map(ordered.map((g, i) => [g.id, i]));
  const marks = events.map((e) => {
    const groups = groupsOf(e);
    const primary = primaryGroup(e);
    return [primary, ...groups.filter((g) => g !== primary)].filter((g) => laneIndex.has(g)).map((g) => ({ lane: laneIndex.get(g)!, row: 0 }));
  });
  const lanes: PlannedLane[] = ordered.map((group) => ({ group, rows: 0 }));
  // Rows, stacked at the whole domain (labels in the stack only where known now: dense data has none yet).
  const known = dense ? null : labels;
  const stack = () => {
    const items: (LaneItem & { event: number; mark: number })[][] = ordered.map(() => []);
    events.forEach((e, i) => {
      const x0 = base.x(startMs[i]!);
      const x1 = base.x(endMs[i]!);
      const extent = extentOf(e.precision);
      const cx = symbolX(x0, x1, extent, px0, px0 + (px1 - px0) * stackZoom, variant.r);
      const pad = variant.r + 1;
      const badge = e.conflicts.length > 0 ? BADGE : 0;
      const left = extent === 'bar' ? Math.min(x0, cx - pad) : cx - pad;
      const right = extent === 'bar' ? Math.max(x1, cx + pad + badge) : cx + pad + badge;
      const label = known?.[i];
      marks[i]!.forEach((m, k) => {
        const withLabel = k === 0 && label ? Math.max(right, cx + variant.r + 3 + label.width + 3) : right;
        items[m.lane]!.push({ left, right, withLabel, rank: ranks[i]!, event: i, mark: k });
      });
    });
    lanes.forEach((lane, l) => {
      const list = items[l]!;
      const { rows, count } = stackLane(list, MAX_LABEL_ROWS);
      list.forEach((it, k) => (marks[it.event]![it.mark]!.row = rows[k]!));
      lane.rows = count;
    });
  };
  const plan: ChartPlan = {
    key: planKey(chart, state, variant),
    variant,
    chart,
    events,
    warp,
    focus,
    lanes,
    marks,
    startMs,
    endMs,
    priority,
    labels,
    dense,
  };
  // Zoomed out, dense data draws density, which needs no rows: stack on first use (stackPlan).
  if (dense) unstacked.set(plan, stack);
  else stack();
  return plan;
}

/** Dense plans whose rows are not stacked yet, with the function that stacks them. */
const unstacked = new WeakMap<ChartPlan, () => void>();

/** Whether a plan's marks have their rows (dense plans get them on first use). */
export function isStacked(plan: ChartPlan): boolean {
  return !unstacked.has(plan);
}

/**
 * Stacks a dense plan's rows now, if not done yet (layoutView does it before it draws marks; the
 * browser does it when idle after the first, zoomed-out, frame). Same rows whenever it runs.
 */
export function stackPlan(plan: ChartPlan): void {
  const stack = unstacked.get(plan);
  if (!stack) return;
  unstacked.delete(plan);
  lastRows.delete(plan);
  stack();
}

/**
 * Where an event's symbol sits: the middle of its interval; for a span cut by the edge of the
 * plot, the middle is kept inside the plot (still within the span), so the symbol and its label
 * stay visible for every event the view shows.
 */
export function symbolX(x0: number, x1: number, extent: Extent, left: number, right: number, r: number): number {
  const mid = (x0 + x1) / 2;
  if (extent === 'point' || x1 <= left || x0 >= right) return mid;
  const lo = Math.max(x0, left + r + 1);
  const hi = Math.min(x1, right - r - 1);
  return lo > hi ? mid : Math.min(hi, Math.max(lo, mid));
}

function labelOf(e: ChartEvent, v: Variant): { text: string; width: number } {
  const text = shortTitle(e.short ?? e.title, v.maxLabel, v.text.label);
  return { text, width: textWidth(text, v.text.label) };
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The geometry of a view of a plan (see ChartLayout). */
export function layoutView(plan: ChartPlan, state: ChartState, options: PlanOptions = {}): ChartLayout {
  const v = plan.variant;
  const chart = plan.chart;
  const viewMs = clampView(state.view ?? chart.domainMs, chart.domain);
  const [px0, px1] = plotX(v);
  const scale = viewScale(plan.warp, viewMs, [px0, px1]);
  const n = plan.events.length;
  // In view: the dates overlap the span (as the table and the downloads count them); events
  // starting after it are not scanned (events are in start order).
  const overlaps = (i: number) => plan.startMs[i]! < viewMs[1] && plan.endMs[i]! > viewMs[0];
  const focusIds = new Set([state.event, options.active, chart.highlight].filter((id): id is string => !!id));
  const limit = options.wasDensity ? SVG_LIMIT * 0.8 : SVG_LIMIT;
  // Zoomed out over dense data the events in view are only counted (two binary searches); the
  // focused ones are all that is drawn of them.
  const inView = countInSpan(plan, viewMs[0], viewMs[1]);
  const density = plan.dense && inView > limit;
  if (!density) stackPlan(plan);
  const visible: number[] = [];
  if (density) {
    for (const id of focusIds) {
      const i = plan.events.findIndex((e) => e.id === id);
      if (i >= 0 && overlaps(i)) visible.push(i);
    }
    visible.sort((a, b) => a - b);
  } else {
    const end = startingBefore(plan, viewMs[1]);
    for (let i = 0; i < end; i++) if (overlaps(i)) visible.push(i);
  }

  // Lanes keep the rows of what is in view (and, mid-gesture, of the settled view too).
  const hull: [number, number] = options.settled
    ? [Math.min(viewMs[0], options.settled[0]), Math.max(viewMs[1], options.settled[1])]
    : viewMs;
  const { used, members } = rowsInSpan(plan, hull);
  // The lane's name is the one in use at its events in view (their middle, inside the view),
  // read at up to 24 of them spread through the lane (only for groups that changed names).
  const days = members.map((list, k) => {
    if (plan.lanes[k]!.group.names.length === 0) return [];
    const step = Math.max(1, list.length / 24);
    const out: string[] = [];
    for (let k = 0; k < list.length; k += step) {
      const i = list[Math.floor(k)]!;
      out.push(msToDay(Math.min(viewMs[1] - 1, Math.max(viewMs[0], (plan.startMs[i]! + plan.endMs[i]! - DAY_MS) / 2))));
    }
    return out;
  });
  // Density draws no rows: each lane is one row tall (the focused events drawn on it, all in the hull).
  const compact = used.map((rows) => {
    if (!density) return compactRows(rows);
    return { map: new Map([...rows].map((r) => [r, 0])), count: rows.size > 0 ? 1 : 0 };
  });

  const lanes: LaneLayout[] = [];
  const lineages: LineageLayout[] = [];
  const laneOf = new Map<number, LaneLayout>();
  const labelRoom = v.labels === 'left' ? v.gutter - v.margin - 12 : px1 - px0;
  let y = 2;
  for (const lineage of chart.data.lineages) {
    const members = plan.lanes
      .map((l, k) => ({ l, k }))
      .filter(({ l, k }) => l.group.lineage === lineage.id && compact[k]!.count > 0);
    if (members.length === 0) continue;
    const top = y;
    y += v.lineage;
    for (const { l, k } of members) {
      const rows = compact[k]!.count;
      const height = v.laneLabel + rows * v.row + 2 * v.lanePad;
      const lane: LaneLayout = {
        group: l.group.id,
        label: laneName(l.group, viewMs, labelRoom, v.text.lane, days[k]),
        lineage: lineage.id,
        y,
        height,
        rows,
        labelY: v.labels === 'above' ? y + v.laneLabel - 4 : y + v.lanePad + v.row / 2 + v.text.lane * 0.35,
        index: lanes.length,
      };
      lanes.push(lane);
      laneOf.set(k, lane);
      y += height;
    }
    lineages.push({ id: lineage.id, label: lineage.label, y: top, height: y - top });
  }
  const height = Math.max(y + 4, 40);
  const rowY = (lane: LaneLayout, row: number) => lane.y + v.laneLabel + v.lanePad + row * v.row + v.row / 2;

  const drawn = visible;
  const events: EventLayout[] = drawn.map((i) => {
    const e = plan.events[i]!;
    const x0 = scale.x(plan.startMs[i]!);
    const x1 = scale.x(plan.endMs[i]!);
    const extent = extentOf(e.precision);
    const cx = symbolX(x0, x1, extent, px0, px1, v.r);
    const marks = plan.marks[i]!.flatMap((m) => {
      const lane = laneOf.get(m.lane);
      const row = compact[m.lane]!.map.get(m.row);
      return lane && row !== undefined ? [{ lane: lane.group, y: rowY(lane, row) }] : [];
    });
    return {
      event: e,
      index: i,
      extent,
      x0,
      x1,
      cx,
      inPlot: cx >= px0 && cx <= px1,
      marks,
      connectors: connectorsOf(e, marks, v.r),
    };
  });

  // Direct labels, most significant first; the rest numbered in time order.
  const key: KeyEntry[] = [];
  let labelled = 0;
  const labelsStarted = options.clock?.();
  // Mid-gesture with many events in view, labels wait for the view to settle (frames stay short).
  const deferLabels = !!options.settled && inView > LIVE_LABEL_LIMIT;
  if (!density && !deferLabels) {
    const boxes = new BoxIndex();
    const byIndex = new Map(events.map((ev) => [ev.index, ev]));
    for (const ev of events) {
      for (const m of ev.marks) {
        boxes.add({ x0: ev.cx - v.r - 1, y0: m.y - v.r - 1, x1: ev.cx + v.r + 1 + (ev.event.conflicts.length ? BADGE : 0), y1: m.y + v.r + 1, owner: ev.index });
        if (ev.extent === 'bar') boxes.add({ x0: ev.x0, y0: m.y - 3.5, x1: ev.x1, y1: m.y + 3.5, owner: ev.index });
      }
    }
    const rowsOf = new Map(
      lanes.map((l) => [l.group, Array.from({ length: l.rows }, (_, r) => rowY(l, r))]),
    );
    const anchorsOf = (ev: EventLayout): Anchor[] =>
      ev.marks.map((m, k) => ({
        x: ev.cx,
        y: m.y,
        ...(k === 0 && ev.event.conflicts.length > 0 ? { badge: BADGE } : {}),
        rows: rowsOf.get(m.lane) ?? [m.y],
        ...(ev.extent === 'bar' ? { bar: [Math.max(ev.x0, px0), Math.min(ev.x1, px1)] as const } : {}),
      }));
    const order = [
      ...[...focusIds].map((id) => events.find((ev) => ev.event.id === id)).filter((ev): ev is EventLayout => !!ev),
      ...plan.priority.map((i) => byIndex.get(i)).filter((ev): ev is EventLayout => !!ev && !focusIds.has(ev.event.id)),
    ].filter((ev) => ev.inPlot && ev.marks.length > 0);
    const requests: LabelRequest[] = order.map((ev) => {
      const label = (plan.labels[ev.index] ??= labelOf(ev.event, v));
      return { index: ev.index, width: label.width, height: v.text.label * 1.25, anchors: anchorsOf(ev) };
    });
    const { placed, unplaced } = placeLabels(requests, boxes, { x0: px0, x1: px1, r: v.r });
    for (const p of placed) byIndex.get(p.index)!.label = { ...p, text: plan.labels[p.index]!.text };
    labelled = placed.length;
    const numbered = unplaced.sort((a, b) => a - b).map((i) => ({ index: i, anchor: anchorsOf(byIndex.get(i)!)[0]! }));
    for (const p of placeNumbers(numbered, boxes, { r: v.r, size: v.text.number, x0: px0, x1: px1 })) {
      const ev = byIndex.get(p.index)!;
      ev.number = p;
      key.push({ n: p.n, id: ev.event.id, title: ev.event.title, dateLabel: ev.event.dateLabel });
    }
  }

  const labelsTook = options.clock && labelsStarted !== undefined ? options.clock() - labelsStarted : undefined;
  const parts = stretches(plan.warp, viewMs);
  const stretchLayout = parts.map((s) => ({ x0: scale.x(s.startMs), x1: scale.x(s.endMs), compressed: s.relative < 0.999 }));
  return {
    variant: v,
    width: v.width,
    height,
    plot: { x0: px0, x1: px1, y0: 0, y1: height },
    domain: chart.domain,
    viewMs,
    view: [msToDay(viewMs[0]), msToDay(viewMs[1] - 1)],
    scale,
    lineages,
    lanes,
    events,
    key,
    ticks: axisTicks(plan.warp, viewMs, scale, [px0, px1], v.tickSpacing),
    stretches: stretchLayout,
    note: parts.length > 1 ? describeFocus(plan.focus) : null,
    counts: {
      visible: inView,
      shown: events.filter((ev) => ev.inPlot).length,
      labelled,
      numbered: key.length,
      total: n,
    },
    density: density ? densityPaths(plan, lanes, laneOf, scale, [px0, px1]) : null,
    ...(labelsTook !== undefined ? { timing: { labels: labelsTook } } : {}),
  };
}

/**
 * Lane density as filled step curves, for data too dense to draw mark by mark: per lane, how many
 * of its events touch each bin of about 4 units, every lane scaled to the busiest bin of the chart
 * so lanes compare. An event touches a bin when it starts before the bin's end and ends after its
 * start: per lane, starts before and ends by each bin edge are counted by walking the lane's
 * sorted starts and ends (indexOf) alongside the edges, so a frame costs lanes × bins whatever
 * the number of events.
 */
function densityPaths(
  plan: ChartPlan,
  lanes: LaneLayout[],
  laneOf: Map<number, LaneLayout>,
  scale: ViewScale,
  [px0, px1]: readonly [number, number],
): { lane: string; d: string }[] {
  const v = plan.variant;
  const bins = Math.max(1, Math.floor((px1 - px0) / 4));
  const w = (px1 - px0) / bins;
  // Bin edges in time; the outer ones are the view's ends.
  const edges = new Float64Array(bins + 1);
  for (let b = 0; b <= bins; b++) edges[b] = scale.time(px0 + b * w);
  const index = indexOf(plan);
  const counts = new Float64Array(lanes.length * bins);
  let max = 1;
  for (const [k, lane] of laneOf) {
    const { starts, ends } = index.lanes[k]!;
    const at = lane.index * bins;
    // Events that start before the bin's end, minus those that end by its start.
    let s = firstAfter(starts, edges[1]!, true);
    let e = firstAfter(ends, edges[0]!);
    for (let b = 0; b < bins; b++) {
      if (b > 0) {
        while (s < starts.length && starts[s]! < edges[b + 1]!) s++;
        while (e < ends.length && ends[e]! <= edges[b]!) e++;
      }
      const c = s - e;
      counts[at + b] = c;
      if (c > max) max = c;
    }
  }
  return lanes.map((lane, l) => {
    const at = l * bins;
    const base = lane.y + lane.height - v.lanePad;
    const top = lane.y + v.laneLabel + v.lanePad;
    // One V per change of height and one H per run of equal bins (a flat stretch is one command).
    let d = `M${r2(px0)},${r2(base)}`;
    let last = r2(base - ((base - top) * counts[at]!) / max);
    if (last !== r2(base)) d += `V${last}`;
    for (let b = 1; b < bins; b++) {
      const yy = r2(base - ((base - top) * counts[at + b]!) / max);
      if (yy === last) continue;
      d += `H${r2(px0 + b * w)}V${yy}`;
      last = yy;
    }
    return { lane: lane.group, d: `${d}H${r2(px1)}V${r2(base)}Z` };
  });
}

/** Search structures of a plan, built on first use (see indexOf). */
interface PlanIndex {
  /** Every event's end, ascending. */
  ends: Float64Array;
  /** Per plan lane: its marks' events' starts and ends, each ascending. */
  lanes: { starts: Float64Array; ends: Float64Array }[];
}

const indexes = new WeakMap<ChartPlan, PlanIndex>();

/** A plan's search structures (memoised per plan; O(n log n) once). */
function indexOf(plan: ChartPlan): PlanIndex {
  let index = indexes.get(plan);
  if (index) return index;
  const perLane = plan.lanes.map(() => ({ starts: [] as number[], ends: [] as number[] }));
  plan.marks.forEach((marks, i) => {
    for (const m of marks) {
      perLane[m.lane]!.starts.push(plan.startMs[i]!);
      perLane[m.lane]!.ends.push(plan.endMs[i]!);
    }
  });
  index = {
    ends: new Float64Array(plan.endMs).sort(),
    lanes: perLane.map((l) => ({ starts: new Float64Array(l.starts).sort(), ends: new Float64Array(l.ends).sort() })),
  };
  indexes.set(plan, index);
  return index;
}

/**
 * How many of a plan's events overlap [lo, hi) (UTC ms): those that start before `hi`, less those
 * (all among them) that end by `lo`. Events are in start order (filterEvents sorts them).
 */
export function countInSpan(plan: ChartPlan, lo: number, hi: number): number {
  return startingBefore(plan, hi) - firstAfter(indexOf(plan).ends, lo);
}

/** How many of a plan's events start before `hi` (UTC ms): only those can overlap a span ending there. */
export function startingBefore(plan: ChartPlan, hi: number): number {
  return firstAfter(plan.startMs, hi, true);
}

/** First index of an ascending array whose value is > x (or >= x when `orEqual`); its length when none. */
function firstAfter(a: ArrayLike<number>, x: number, orEqual = false): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! > x || (orEqual && a[mid] === x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last rows-in-span computed per plan (a gesture keeps the same hull frame after frame). */
const lastRows = new WeakMap<ChartPlan, { lo: number; hi: number; out: RowsInSpan }>();

interface RowsInSpan {
  /** Per plan lane: the stacked rows its events overlapping the span use. */
  used: Set<number>[];
  /** Per plan lane: the events overlapping the span (time order), for groups with names over time. */
  members: number[][];
}

/** The rows each lane's events overlapping [lo, hi) use, and those events (memoised for the last span). */
function rowsInSpan(plan: ChartPlan, [lo, hi]: readonly [number, number]): RowsInSpan {
  const last = lastRows.get(plan);
  if (last && last.lo === lo && last.hi === hi) return last.out;
  const used = plan.lanes.map(() => new Set<number>());
  const named = plan.lanes.map((l) => l.group.names.length > 0);
  const members = plan.lanes.map(() => [] as number[]);
  const end = startingBefore(plan, hi);
  for (let i = 0; i < end; i++) {
    if (plan.endMs[i]! <= lo) continue;
    for (const m of plan.marks[i]!) {
      used[m.lane]!.add(m.row);
      if (named[m.lane]) members[m.lane]!.push(i);
    }
  }
  const out = { used, members };
  lastRows.set(plan, { lo, hi, out });
  return out;
}

/**
 * What the chart draws for a state in a variant: the plan (reused from `options.previous` when
 * the filters and variant are the same), the view's layout and the element tree.
 */
export function planChart(
  chart: ScopedChart,
  state: ChartState,
  variantName: VariantName,
  options: PlanOptions = {},
): PlannedChart {
  const variant = VARIANTS[variantName];
  const previous = options.previous;
  const plan = previous && previous.key === planKey(chart, state, variant) && previous.chart === chart ? previous : buildPlan(chart, state, variant);
  const layout = layoutView(plan, state, options);
  const tree = renderTree(layout, {
    idPrefix: options.idPrefix ?? `${chart.spec.id}-${variant.key}`,
    title: chart.spec.title,
    groups: new Map(chart.data.groups.map((g) => [g.id, g])),
    selected: state.event,
    active: options.active ?? null,
    highlight: chart.highlight,
    focusable: options.focusable ?? false,
    ...(options.helpId ? { helpId: options.helpId } : {}),
  });
  return { plan, layout, tree };
}
