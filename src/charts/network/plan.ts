/**
 * planNetwork(data, state, variant): what the network draws on one day, computed once and
 * rendered by the server (SVG and table), the browser (patching both) and the export. Nodes keep
 * their build-time positions and take the name in use that day; each period that holds or may
 * hold becomes an edge, several between one pair side by side; the table rows say the same in
 * words. Pure and cheap (one pass over the periods), so a date change stays within a frame.
 */
import { labelOf } from '../../lib/chronology/dates';
import { nameAt } from '../../lib/chronology/names';
import { RELATION_KIND_IDS, RELATION_KINDS } from '../../lib/relations/kinds';
import { openEnd, stateOn, type DayState, type Span } from '../../lib/relations/period';
import { linkSentence } from '../../lib/relations/phrase';
import { rollUpTies } from '../../lib/relations/query';
import { firmnessOf, KIND_STYLE, type Firmness } from './encoding';
import { edgeGeometry, slotOffsets, type EdgeGeometry } from './layout/edges';
import { centreShift, LABEL_CHAR_EM, labelOffset } from './layout/labels';
import {
  LABEL_FONT_PX,
  NODE_RADIUS,
  VARIANT_SIZE,
  type NetworkData,
  type NetworkGroup,
  type NetworkPeriod,
  type Variant,
} from './model';
import type { NetworkState } from './state';

/** A node as drawn on the day. */
export interface PlannedNode {
  id: string;
  x: number;
  y: number;
  /** Short name in use that day (the label). */
  label: string;
  /** Full name in use that day (accessible name, table). */
  name: string;
  level: 'organisation' | 'local';
  lineage: string;
  /** No tie holds or may hold that day. */
  idle: boolean;
  selected: boolean;
  /** Another group is selected and this one has no tie with it that day. */
  dimmed: boolean;
  /** Accessible label: name and ties that day. */
  aria: string;
  /** Label alignment: centred below or above the node, or starting right / ending left of it. */
  anchor: 'start' | 'middle' | 'end';
  /** The label's offset from the node's centre in px (its baseline at labelDy), from the build-time side (layout/labels.ts). */
  labelDx: number;
  labelDy: number;
}

/** An edge as drawn on the day: one period. */
export interface PlannedEdge extends EdgeGeometry {
  id: string;
  period: NetworkPeriod;
  firmness: Firmness;
  state: DayState;
  selected: boolean;
  dimmed: boolean;
  /** Accessible label: who, kind, direction, status, state, dates. */
  aria: string;
}

/** One row of the table "Relationships on <day>". */
export interface PlannedRow {
  id: string;
  /** "al-Nusra Front → Al-Qaeda" or "ISIS – al-Nusra Front". */
  between: string;
  a: string;
  b: string;
  kind: string;
  /** Status as shown ("reported", "disputed"). */
  status: string;
  /** How it stands that day, in words. */
  state: string;
  /** The whole period's dates. */
  period: string;
  events: { id: string; title: string; role: string }[];
  conflicts: string[];
  via?: string;
}

/** A lineage's zone: a faint box behind its nodes, labelled. */
export interface PlannedZone {
  lineage: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything one view draws. */
export interface NetworkPlan {
  variant: Variant;
  width: number;
  height: number;
  day: string;
  /** "25 June 2014". */
  dayLabel: string;
  zones: PlannedZone[];
  nodes: PlannedNode[];
  edges: PlannedEdge[];
  rows: PlannedRow[];
  /** Reports that opened nothing (denied, speculation only) whose dates include the day, listed apart. */
  links: { id: string; text: string; event: string; date: string }[];
}

const spans = new WeakMap<NetworkPeriod, Span>();

/** The period's time shape for stateOn (memoised per period object). */
export function spanOfPeriod(p: NetworkPeriod): Span {
  let s = spans.get(p);
  if (!s) {
    const bound = (start: string, end: string) => ({ start, end, precision: 'range' as const, label: '' });
    s = {
      start: bound(p.s0, p.s1),
      end: p.asOf !== undefined ? openEnd(p.asOf) : { open: false, bound: bound(p.e0!, p.e1!) },
    };
    spans.set(p, s);
  }
  return s;
}

const kindRank = new Map(RELATION_KIND_IDS.map((k, i) => [k, i]));

/**
 * A node's label placement in a variant: its build-time side as an offset from the node (px) and
 * a text-anchor; a label below or above shifts sideways to stay inside the view (centreShift).
 */
function placement(
  g: NetworkGroup,
  variant: Variant,
  label: string,
  x: number,
): Pick<PlannedNode, 'anchor' | 'labelDx' | 'labelDy'> {
  const side = g.side?.[variant] ?? 'below';
  const font = LABEL_FONT_PX[variant];
  const { dx, dy, anchor } = labelOffset(side, NODE_RADIUS[g.level], font);
  const shift =
    side === 'below' || side === 'above'
      ? centreShift(x, label.length * LABEL_CHAR_EM * font, VARIANT_SIZE[variant].width)
      : 0;
  return { anchor, labelDx: dx + shift, labelDy: dy };
}

/**
 * A lineage zone's box (viewBox px) around its nodes' centres: 18 px around them, room above for its
 * label, at least as wide as that label (about 6 px a character at 11 px), kept inside the view.
 */
export function zoneBox(
  points: readonly (readonly [number, number])[],
  label: string,
  variant: Variant,
): { x: number; y: number; width: number; height: number } {
  const { width, height } = VARIANT_SIZE[variant];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = 18;
  const x = Math.max(2, Math.min(...xs) - pad);
  const y = Math.max(2, Math.min(...ys) - pad - 12);
  const w = Math.max(Math.min(width - 2, Math.max(...xs) + pad) - x, label.length * 6.2 + 16);
  const zx = Math.max(2, Math.min(x, width - 2 - w));
  return { x: zx, y, width: w, height: Math.min(height - 2, Math.max(...ys) + pad + 14) - y };
}

const rolled = new WeakMap<NetworkData, NetworkPeriod[]>();

/** The periods drawn: as coded, or with local units rolled up when the reader asked (memoised). */
export function periodsFor(data: NetworkData, rollUp: boolean): NetworkPeriod[] {
  if (!rollUp) return data.periods;
  let out = rolled.get(data);
  if (!out) {
    const unitOf = new Map(data.groups.filter((g) => g.unitOf).map((g) => [g.id, g.unitOf!]));
    out = rollUpTies(data.periods, unitOf);
    rolled.set(data, out);
  }
  return out;
}

/** Per data set and variant: the last planned edge, row and node of each id, with the inputs they came from. */
interface Memo {
  edges: Map<string, { key: string; edge: PlannedEdge; row: PlannedRow }>;
  geometry: Map<string, EdgeGeometry>;
  nodes: Map<string, { key: string; node: PlannedNode }>;
  events: WeakMap<NetworkPeriod, PlannedRow['events']>;
}
const memos = new WeakMap<NetworkData, Partial<Record<Variant, Memo>>>();

function memoFor(data: NetworkData, variant: Variant): Memo {
  let byVariant = memos.get(data);
  if (!byVariant) memos.set(data, (byVariant = {}));
  return (byVariant[variant] ??= { edges: new Map(), geometry: new Map(), nodes: new Map(), events: new WeakMap() });
}

/** Plain string order (localeCompare is far slower, and ids are ASCII). */
const byString = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Short and full names of every group on a day. */
function namesOn(groups: readonly NetworkGroup[], day: string): Map<string, { name: string; short: string }> {
  return new Map(groups.map((g) => [g.id, nameAt(g, day)]));
}

/**
 * Plans the network on `state.at` in one variant. Edges, rows and nodes whose inputs did not
 * change since the last plan of the same data are returned as the same objects, so renderers can
 * skip them (a step to the next change touches only the ties that change).
 */
export function planNetwork(data: NetworkData, state: NetworkState, variant: Variant): NetworkPlan {
  const { width, height } = VARIANT_SIZE[variant];
  const memo = memoFor(data, variant);
  const day = state.at;
  const names = namesOn(data.groups, day);
  const full = (id: string) => names.get(id)?.name ?? id;
  const groupById = new Map(data.groups.map((g) => [g.id, g]));

  // Periods on the day, grouped by pair.
  const byPair = new Map<string, { p: NetworkPeriod; s: DayState }[]>();
  for (const p of periodsFor(data, state.rollUp)) {
    const s = stateOn(spanOfPeriod(p), day);
    if (!s) continue;
    const list = byPair.get(p.pair);
    if (list) list.push({ p, s });
    else byPair.set(p.pair, [{ p, s }]);
  }
  const tieCount = new Map<string, number>();
  const tiedToSelected = new Set<string>();
  for (const list of byPair.values())
    for (const { p } of list) {
      tieCount.set(p.a, (tieCount.get(p.a) ?? 0) + 1);
      tieCount.set(p.b, (tieCount.get(p.b) ?? 0) + 1);
      if (state.group && (p.a === state.group || p.b === state.group)) {
        tiedToSelected.add(p.a);
        tiedToSelected.add(p.b);
      }
    }
  const hidden = new Set(state.rollUp ? data.groups.filter((g) => g.unitOf).map((g) => g.id) : []);

  const edges: PlannedEdge[] = [];
  const rows: PlannedRow[] = [];
  const pairs = [...byPair.entries()].sort(([x], [y]) => byString(x, y));
  for (const [, list] of pairs) {
    list.sort((x, y) => kindRank.get(x.p.kind)! - kindRank.get(y.p.kind)! || byString(x.p.id, y.p.id));
    const offsets = slotOffsets(list.length);
    list.forEach(({ p, s }, i) => {
      const [src, dst] = p.directed && p.from && p.to ? [p.from, p.to] : [p.a, p.b];
      const g0 = groupById.get(src);
      const g1 = groupById.get(dst);
      if (!g0 || !g1) return;
      // Keep the curve's bulge on one side of the pair whatever the direction.
      const sign = src === p.a ? 1 : -1;
      const offset = offsets[i]! * sign;
      const between = p.directed ? `${full(src)} → ${full(dst)}` : `${full(p.a)} – ${full(p.b)}`;
      const via = p.via ? `through ${p.via.map(full).join(' and ')}` : undefined;
      const selected = state.period === p.id;
      const dimmed = state.group !== null && p.a !== state.group && p.b !== state.group;
      const key = `${s.state}|${s.afterLastReport ? 1 : 0}|${offset}|${dimmed ? 1 : 0}|${selected ? 1 : 0}|${between}|${via ?? ''}`;
      const cached = memo.edges.get(p.id);
      if (cached && cached.key === key && cached.edge.period === p) {
        edges.push(cached.edge);
        rows.push(cached.row);
        return;
      }
      const gkey = `${p.id}|${offset}`;
      let geometry = memo.geometry.get(gkey);
      if (!geometry) {
        const [x0, y0] = g0.pos[variant];
        const [x1, y1] = g1.pos[variant];
        geometry = edgeGeometry({
          x0,
          y0,
          x1,
          y1,
          offset,
          r0: NODE_RADIUS[g0.level],
          r1: NODE_RADIUS[g1.level],
          geometry: KIND_STYLE[p.kind].geometry,
          arrow: p.directed,
        });
        memo.geometry.set(gkey, geometry);
      }
      const stateText = s.afterLastReport
        ? `not reported since ${labelOf(p.asOf!)}, shown as ongoing`
        : s.state === 'uncertain'
          ? 'may hold (the date falls inside an imprecise start or end)'
          : 'holds';
      const kindLabel = RELATION_KINDS[p.kind].label.toLowerCase();
      const edge: PlannedEdge = {
        ...geometry,
        id: p.id,
        period: p,
        firmness: firmnessOf(p.support),
        state: s,
        selected,
        dimmed,
        aria: `${between}: ${kindLabel}, ${p.status}; ${stateText}; ${p.label}${via ? `; ${via}` : ''}${p.conflicts.length ? '; sources disagree' : ''}.`,
      };
      let events = memo.events.get(p);
      if (!events) {
        events = p.events.map((e) => ({ id: e.id, title: data.events[e.id]?.title ?? e.id, role: e.role }));
        memo.events.set(p, events);
      }
      const row: PlannedRow = {
        id: p.id,
        between,
        a: p.a,
        b: p.b,
        kind: RELATION_KINDS[p.kind].label,
        status: p.status,
        state: stateText,
        period: p.label,
        events,
        conflicts: p.conflicts,
        ...(via ? { via } : {}),
      };
      memo.edges.set(p.id, { key, edge, row });
      edges.push(edge);
      rows.push(row);
    });
  }

  const nodes: PlannedNode[] = data.groups
    .filter((g) => !hidden.has(g.id))
    .map((g) => {
      const [x, y] = g.pos[variant];
      const n = names.get(g.id)!;
      const ties = tieCount.get(g.id) ?? 0;
      const selected = state.group === g.id;
      const dimmed = state.group !== null && !tiedToSelected.has(g.id) && !selected;
      const key = `${n.short}|${n.name}|${ties}|${selected ? 1 : 0}|${dimmed ? 1 : 0}`;
      const cached = memo.nodes.get(g.id);
      if (cached && cached.key === key) return cached.node;
      // The accessible name starts with the visible label (WCAG 2.5.3), then the full name.
      const spoken = n.short === n.name ? n.name : `${n.short} (${n.name})`;
      // Whole names in every variant: the visible label is then part of the accessible name.
      const label = n.short;
      const node: PlannedNode = {
        id: g.id,
        x,
        y,
        label,
        name: n.name,
        level: g.level,
        lineage: g.lineage,
        idle: ties === 0,
        ...placement(g, variant, label, x),
        selected,
        dimmed,
        aria: `${spoken}${g.level === 'local' ? ', local unit' : ''}: ${ties === 0 ? 'no relationship' : ties === 1 ? '1 relationship' : `${ties} relationships`} on this date.`,
      };
      memo.nodes.set(g.id, { key, node });
      return node;
    });

  // Lineage zones on the wide view; the narrow one keeps the arrangement without boxes, which
  // would overlap once the layout is turned to portrait.
  const zones: PlannedZone[] = [];
  for (const [lineage, label] of variant === 'wide' ? Object.entries(data.lineages) : []) {
    const members = data.groups.filter((g) => g.lineage === lineage && !hidden.has(g.id));
    if (members.length === 0) continue;
    zones.push({
      lineage,
      label,
      ...zoneBox(
        members.map((g) => g.pos[variant]),
        label,
        variant,
      ),
    });
  }

  const onDay = data.links.filter((l) => l.s0 <= day && day <= l.e1);
  const links = onDay.map((l) => ({ id: l.id, text: linkSentence(l, full), event: l.event, date: l.label }));

  return { variant, width, height, day, dayLabel: labelOf(day), zones, nodes, edges, rows, links };
}
