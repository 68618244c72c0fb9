/**
 * Build-time node positions with d3-force: one layout over every tie the layer ever holds, so a
 * group sits at the same place on every date and a reader sees ties appear and vanish rather
 * than nodes jumping. Lineages are pulled towards anchors spread on an ellipse (in lineage
 * order), local units towards their organisation; collision radii leave room for labels. The
 * simulation runs a fixed number of ticks from deterministic starting points with a seeded
 * random source, so the same data always gives the same picture. Never shipped to the browser.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { VARIANT_SIZE, type Variant } from '../model';

/** A node to place. */
export interface LayoutNode {
  id: string;
  lineage: string;
  /** For a local unit: its organisation (pulled close to it). */
  unitOf?: string;
  /** Characters in its longest label, to size its collision radius. */
  labelLength: number;
}

/** An undirected tie between two nodes, weighted by the number of periods it carries. */
export interface LayoutTie {
  a: string;
  b: string;
  weight: number;
}

/** Options: the random seed and ticks (defaults 7 and 400), and the lineages' order (default: sorted). */
export interface LayoutOptions {
  seed?: number;
  ticks?: number;
  lineageOrder?: readonly string[];
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  ax: number;
  ay: number;
  r: number;
}

/** A seeded linear congruential generator in [0, 1) (the one d3 uses in its own tests). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 4294967296;
}

/**
 * Anchor of each lineage, in the lineages' order: on an ellipse filling most of the wide variant
 * (starting at the left), in bands down the narrow (portrait) one.
 */
export function lineageAnchors(lineages: readonly string[], variant: Variant): Map<string, [number, number]> {
  const { width, height } = VARIANT_SIZE[variant];
  const n = lineages.length;
  const out = new Map<string, [number, number]>();
  lineages.forEach((l, i) => {
    if (n <= 1) return out.set(l, [width / 2, height / 2]);
    // Narrow: one band per lineage down the page, each spread across the width.
    if (variant === 'narrow') return out.set(l, [width / 2, height * ((i + 0.5) / n)]);
    const angle = Math.PI + (i * 2 * Math.PI) / n;
    return out.set(l, [width / 2 + width * 0.36 * Math.cos(angle), height / 2 + height * 0.36 * Math.sin(angle)]);
  });
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Positions (viewBox px, node centres) of every node in one variant, fitted inside the viewBox
 * with margins for labels. Deterministic for given input and options.
 */
export function layoutPositions(
  nodes: readonly LayoutNode[],
  ties: readonly LayoutTie[],
  variant: Variant,
  options: LayoutOptions = {},
): Map<string, [number, number]> {
  const { width, height } = VARIANT_SIZE[variant];
  const present = new Set(nodes.map((n) => n.lineage));
  const order = options.lineageOrder ?? [...present].sort();
  const lineages = [...order.filter((l) => present.has(l)), ...[...present].filter((l) => !order.includes(l)).sort()];
  const anchors = lineageAnchors(lineages, variant);
  // Crowded graphs get smaller radii so they still fit.
  const density = Math.sqrt((width * height) / Math.max(1, nodes.length)) / 60;
  const charSize = Math.min(3.2, 3.2 * density);
  const sorted = [...nodes].sort((p, q) => p.id.localeCompare(q.id));
  const perLineage = new Map<string, number>();
  const sim: SimNode[] = sorted.map((n) => {
    const [ax, ay] = anchors.get(n.lineage)!;
    const k = perLineage.get(n.lineage) ?? 0;
    perLineage.set(n.lineage, k + 1);
    // A small golden-angle spiral around the anchor: deterministic, never coincident.
    const angle = k * 2.399963;
    const radius = 8 * Math.sqrt(k + 1);
    return {
      id: n.id,
      ax,
      ay,
      r: Math.max(10, Math.min(60, n.labelLength * charSize)) * Math.min(1, density),
      x: ax + radius * Math.cos(angle),
      y: ay + radius * Math.sin(angle),
    };
  });
  const index = new Map(sim.map((n) => [n.id, n]));
  const links: { source: string; target: string; weight: number; structural: boolean }[] = [];
  const sortedTies = [...ties].sort((p, q) => p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
  for (const t of sortedTies)
    if (index.has(t.a) && index.has(t.b) && t.a !== t.b)
      links.push({ source: t.a, target: t.b, weight: t.weight, structural: false });
  for (const n of sorted)
    if (n.unitOf && index.has(n.unitOf)) links.push({ source: n.id, target: n.unitOf, weight: 1, structural: true });
  const unit = Math.min(width, height);
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(lcg(options.seed ?? 7))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number] & SimulationNodeDatum>(links as never)
        .id((d) => d.id)
        .distance((l) => ((l as unknown as { structural: boolean }).structural ? unit * 0.09 : unit * 0.2))
        .strength((l) => {
          const link = l as unknown as { structural: boolean; weight: number };
          return link.structural ? 0.9 : Math.min(0.2, 0.04 * link.weight);
        }),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(-unit * 0.45 * Math.min(1, density))
        .distanceMax(unit * 0.6),
    )
    .force('collide', forceCollide<SimNode>((d) => d.r).strength(0.9))
    .force('x', forceX<SimNode>((d) => d.ax).strength(variant === 'narrow' ? 0.03 : 0.3))
    .force('y', forceY<SimNode>((d) => d.ay).strength(variant === 'narrow' ? 0.8 : 0.3))
    .stop();
  simulation.tick(options.ticks ?? 400);

  // Fit into the viewBox, filling it: each axis scaled on its own (a schematic layout; the
  // stretch is capped so clusters keep their shape).
  const margin = { x: variant === 'wide' ? 70 : 52, top: 34, bottom: 34 };
  const xs = sim.map((n) => n.x!);
  const ys = sim.map((n) => n.y!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let sx = (width - 2 * margin.x) / Math.max(1, x1 - x0);
  let sy = (height - margin.top - margin.bottom) / Math.max(1, y1 - y0);
  const stretch = 2.2;
  if (sx > sy * stretch) sx = sy * stretch;
  if (sy > sx * stretch) sy = sx * stretch;
  const ox = (width - (x1 - x0) * sx) / 2;
  const oy = margin.top + (height - margin.top - margin.bottom - (y1 - y0) * sy) / 2;
  return new Map(sim.map((n) => [n.id, [round(ox + (n.x! - x0) * sx), round(oy + (n.y! - y0) * sy)]]));
}

/**
 * The wide layout turned a quarter (its x down the page, its y across) and fitted into another
 * variant, so a phone shows the same arrangement in portrait: clusters stay apart and every
 * group keeps its neighbours.
 */
export function rotateInto(
  positions: ReadonlyMap<string, [number, number]>,
  variant: Variant,
): Map<string, [number, number]> {
  const { width, height } = VARIANT_SIZE[variant];
  const margin = { x: 48, top: 30, bottom: 34 };
  const pts = [...positions.values()];
  if (pts.length === 0) return new Map();
  const xs = pts.map(([, y]) => y);
  const ys = pts.map(([x]) => x);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * margin.x) / Math.max(1, x1 - x0);
  const sy = (height - margin.top - margin.bottom) / Math.max(1, y1 - y0);
  return new Map(
    [...positions].map(([id, [x, y]]) => [id, [round(margin.x + (y - x0) * sx), round(margin.top + (x - y0) * sy)]]),
  );
}

/**
 * Positions from `start` relaxed in place: each node pulled back to its start while labelled
 * nodes push apart (collision by label width in this variant's px), then fitted into the view.
 * Used after rotateInto, so the narrow view keeps the wide arrangement without overlaps.
 */
export function relaxInto(
  start: ReadonlyMap<string, [number, number]>,
  nodes: readonly LayoutNode[],
  variant: Variant,
  options: LayoutOptions = {},
): Map<string, [number, number]> {
  const { width, height } = VARIANT_SIZE[variant];
  const sim: SimNode[] = [...nodes]
    .sort((p, q) => p.id.localeCompare(q.id))
    .filter((n) => start.has(n.id))
    .map((n) => {
      const [x, y] = start.get(n.id)!;
      // Labels are centred under nodes: half a label's width across, a line and a half down.
      return { id: n.id, ax: x, ay: y, r: Math.min(52, Math.max(14, n.labelLength * 2.9)), x, y };
    });
  forceSimulation<SimNode>(sim)
    .randomSource(lcg(options.seed ?? 7))
    .force('x', forceX<SimNode>((d) => d.ax).strength(0.08))
    .force('y', forceY<SimNode>((d) => d.ay).strength(0.08))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r)
        .strength(0.7)
        .iterations(3),
    )
    .stop()
    .tick(options.ticks ?? 300);
  const margin = { x: 40, top: 28, bottom: 30 };
  const xs = sim.map((n) => n.x!);
  const ys = sim.map((n) => n.y!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * margin.x) / Math.max(1, x1 - x0);
  const sy = (height - margin.top - margin.bottom) / Math.max(1, y1 - y0);
  return new Map(sim.map((n) => [n.id, [round(margin.x + (n.x! - x0) * sx), round(margin.top + (n.y! - y0) * sy)]]));
}
