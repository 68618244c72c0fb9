/**
 * Build-time node positions with d3-force: one layout over every tie the layer ever holds, so a
 * group sits at the same place on every date and a reader sees ties appear and vanish rather
 * than nodes jumping. Lineages are pulled towards anchors spread on an ellipse (in lineage
 * order), local units towards their organisation; collision radii leave room for labels. The
 * simulation runs a fixed number of ticks from deterministic starting points with a seeded
 * random source, so the same data always gives the same picture. Never shipped to the browser.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
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

/** Options: the random seed and ticks (defaults 7 and 400). */
export interface LayoutOptions {
  seed?: number;
  ticks?: number;
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
  return () => ((s = (1664525 * s + 1013904223) >>> 0) / 4294967296);
}

/** Anchor of each lineage on an ellipse filling most of the variant, in the lineages' order. */
export function lineageAnchors(lineages: readonly string[], variant: Variant): Map<string, [number, number]> {
  const { width, height } = VARIANT_SIZE[variant];
  const n = lineages.length;
  const out = new Map<string, [number, number]>();
  lineages.forEach((l, i) => {
    // Start at the left (wide) or the top (narrow), going round clockwise.
    const angle = (variant === 'wide' ? Math.PI : -Math.PI / 2) + (i * 2 * Math.PI) / Math.max(n, 1);
    const rx = n <= 1 ? 0 : width * 0.32;
    const ry = n <= 1 ? 0 : height * 0.32;
    out.set(l, [width / 2 + rx * Math.cos(angle), height / 2 + ry * Math.sin(angle)]);
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
  const lineages = [...new Set(nodes.map((n) => n.lineage))];
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
  for (const t of ties) if (index.has(t.a) && index.has(t.b) && t.a !== t.b) links.push({ source: t.a, target: t.b, weight: t.weight, structural: false });
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
          return link.structural ? 0.9 : Math.min(0.5, 0.08 * link.weight);
        }),
    )
    .force('charge', forceManyBody<SimNode>().strength(-unit * 0.45 * Math.min(1, density)).distanceMax(unit * 0.6))
    .force('collide', forceCollide<SimNode>((d) => d.r).strength(0.9))
    .force('x', forceX<SimNode>((d) => d.ax).strength(0.12))
    .force('y', forceY<SimNode>((d) => d.ay).strength(variant === 'narrow' ? 0.16 : 0.12))
    .stop();
  simulation.tick(options.ticks ?? 400);

  // Fit into the viewBox, keeping proportions, with margins for labels.
  const margin = { x: variant === 'wide' ? 70 : 46, top: 28, bottom: 36 };
  const xs = sim.map((n) => n.x!);
  const ys = sim.map((n) => n.y!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * margin.x) / Math.max(1, x1 - x0);
  const sy = (height - margin.top - margin.bottom) / Math.max(1, y1 - y0);
  const s = Math.min(sx, sy);
  const ox = (width - (x1 - x0) * s) / 2;
  const oy = margin.top + (height - margin.top - margin.bottom - (y1 - y0) * s) / 2;
  return new Map(sim.map((n) => [n.id, [round(ox + (n.x! - x0) * s), round(oy + (n.y! - y0) * s)]]));
}
