/**
 * Build-time label placement for the network: each group's label goes below, above, right or
 * left of its node, whichever collides least with the labels already placed, the other nodes, the
 * ties drawn between nodes and the view's edges. Greedy, most crowded nodes first, then repaired
 * until no label moves (the classic
 * candidate-position approach to point labelling: Christensen, Marks & Shieber, "An empirical
 * study of algorithms for point-feature label placement", ACM TOG 14(3), 1995). Positions are
 * fixed for every date, so placement runs once per layout variant with each group's longest
 * label. Pure; never shipped to the browser.
 */

/** Where a label sits relative to its node. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';

/** The sides tried, in order of preference (a label under its node reads best). */
export const LABEL_SIDES: readonly LabelSide[] = ['below', 'right', 'left', 'above'];

/** A node to label: centre and radius in viewBox px, and its longest label in characters. */
export interface LabelNode {
  id: string;
  /** Its cluster (lineage) when the view boxes clusters: its label should stay out of the others' boxes. */
  cluster?: string;
  x: number;
  y: number;
  r: number;
  chars: number;
}

/** A straight tie between two node centres (viewBox px), an obstacle for labels. */
export type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

/** Text metrics in px: font size and the average advance of a character (default 11 and 0.54 em). */
export interface LabelMetrics {
  fontSize: number;
  charWidth: number;
}

/** The average advance of a label character, in em (Source Sans 3 and its fallbacks, rounded up). */
export const LABEL_CHAR_EM = 0.54;

/** A label's box in viewBox px (top-left corner, width, height). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The gap in px between a node's circle and its label. */
export const LABEL_GAP = 3;

/**
 * The offset of a label's text anchor from its node's centre (px) and its text-anchor, for a
 * side, a node radius (px) and a font size (px). The text's baseline sits at `dy`.
 */
export function labelOffset(
  side: LabelSide,
  r: number,
  fontSize: number,
): { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' } {
  // A baseline about 0.35 em under the middle centres capitals and x-height on the node's row.
  const middle = Math.round(fontSize * 0.35 * 10) / 10;
  switch (side) {
    case 'below':
      return { dx: 0, dy: r + LABEL_GAP + Math.round(fontSize * 0.8), anchor: 'middle' };
    case 'above':
      return { dx: 0, dy: -(r + LABEL_GAP + Math.round(fontSize * 0.25)), anchor: 'middle' };
    case 'right':
      return { dx: r + LABEL_GAP, dy: middle, anchor: 'start' };
    case 'left':
      return { dx: -(r + LABEL_GAP), dy: middle, anchor: 'end' };
  }
}

/**
 * How far (px) a label centred on a node at `x` shifts to stay 2 px inside a view `viewWidth` px
 * wide, for a label `width` px wide (0 when it fits centred, or when it is wider than the view).
 */
export function centreShift(x: number, width: number, viewWidth: number): number {
  if (width > viewWidth - 4) return 0;
  const left = x - width / 2;
  if (left < 2) return Math.round((2 - left) * 10) / 10;
  const over = left + width - (viewWidth - 2);
  return over > 0 ? -Math.round(over * 10) / 10 : 0;
}

/**
 * The box a label of `chars` characters takes on `side` of a node (viewBox px); a label below or
 * above shifts sideways to stay inside a view `viewWidth` px wide (centreShift).
 */
export function labelBox(node: LabelNode, side: LabelSide, metrics: LabelMetrics, viewWidth = Infinity): Box {
  const width = node.chars * metrics.charWidth * metrics.fontSize;
  const height = metrics.fontSize * 1.2;
  const gap = node.r + LABEL_GAP;
  const centred = node.x - width / 2 + centreShift(node.x, width, viewWidth);
  switch (side) {
    case 'below':
      return { x: centred, y: node.y + gap, width, height };
    case 'above':
      return { x: centred, y: node.y - gap - height, width, height };
    case 'right':
      return { x: node.x + gap, y: node.y - height / 2, width, height };
    case 'left':
      return { x: node.x - gap - width, y: node.y - height / 2, width, height };
  }
}

/** Area (px²) shared by two boxes. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Length (px) of a segment's part inside a box (Liang–Barsky clipping). */
export function segmentInBox(s: Segment, b: Box): number {
  const [x1, y1, x2, y2] = s;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - b.x],
    [dx, b.x + b.width - x1],
    [-dy, y1 - b.y],
    [dy, b.y + b.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return 0;
  }
  return (t1 - t0) * Math.hypot(dx, dy);
}

/** Area (px²) of a box outside a view of `width` × `height` px. */
function outside(b: Box, width: number, height: number): number {
  const inside = overlapArea(b, { x: 0, y: 0, width, height });
  return b.width * b.height - inside;
}

/**
 * The side for each node's label, chosen greedily: nodes with the most neighbours within a label's
 * reach go first; each takes the side with the least cost, where cost weighs overlap with placed
 * labels and other nodes (px², heaviest), area outside the view, area inside other clusters' boxes
 * (`clusters`: lineage → box, where the view draws them), length of ties crossed (px) and a small
 * preference for below, right, left, above in that order. Deterministic for given input.
 */
export function placeLabels(
  nodes: readonly LabelNode[],
  segments: readonly Segment[],
  view: { width: number; height: number },
  metrics: LabelMetrics = { fontSize: 11, charWidth: LABEL_CHAR_EM },
  clusters: ReadonlyMap<string, Box> = new Map(),
): Map<string, LabelSide> {
  const reach = (n: LabelNode) => n.chars * metrics.charWidth * metrics.fontSize;
  const crowd = new Map(
    nodes.map((n) => [
      n.id,
      nodes.filter(
        (m) => m !== n && Math.hypot(m.x - n.x, m.y - n.y) < reach(n) / 2 + reach(m) / 2 + 2 * metrics.fontSize,
      ).length,
    ]),
  );
  const order = [...nodes].sort((a, b) => crowd.get(b.id)! - crowd.get(a.id)! || a.id.localeCompare(b.id));
  const placed = new Map<string, Box>();
  const sides = new Map<string, LabelSide>();
  const choose = (node: LabelNode) => {
    let best: { side: LabelSide; cost: number; box: Box } | null = null;
    LABEL_SIDES.forEach((side, rank) => {
      const box = labelBox(node, side, metrics, view.width);
      let cost = rank * 4;
      for (const [id, other] of placed) if (id !== node.id) cost += overlapArea(box, other) * 10;
      for (const m of nodes) {
        if (m === node) continue;
        cost += overlapArea(box, { x: m.x - m.r - 1, y: m.y - m.r - 1, width: 2 * m.r + 2, height: 2 * m.r + 2 }) * 10;
      }
      cost += outside(box, view.width, view.height) * 20;
      for (const [cluster, area] of clusters) if (cluster !== node.cluster) cost += overlapArea(box, area) * 5;
      for (const s of segments) cost += segmentInBox(s, box) * 2;
      if (best === null || cost < best.cost) best = { side, cost, box };
    });
    return best!;
  };
  // Greedy pass, then repair passes: each label moves to its best side given all the others,
  // until none moves (at most 8 passes).
  for (const node of order) {
    const best = choose(node);
    sides.set(node.id, best.side);
    placed.set(node.id, best.box);
  }
  for (let pass = 0; pass < 8; pass++) {
    let moved = false;
    for (const node of order) {
      const best = choose(node);
      if (best.side === sides.get(node.id)) continue;
      sides.set(node.id, best.side);
      placed.set(node.id, best.box);
      moved = true;
    }
    if (!moved) break;
  }
  return sides;
}
