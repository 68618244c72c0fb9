/**
 * Turns a network plan into an SVG element tree: lineage zones, one labelled group per edge
 * (hit area, line, hollow core, stitches, arrowhead, kind glyph) and one per node. Serialised on
 * the server (toMarkup) and patched into the page by the browser; the export resolves its
 * classes to literal styles. Classes carry every visual decision (see network.css).
 */
import { h, symbolPath, type VNode } from '../shared';
import { KIND_STYLE } from '../encoding';
import { NODE_RADIUS } from '../model';
import { edgeGeometry } from '../layout/edges';
import type { NetworkPlan, PlannedEdge, PlannedNode } from '../plan';

/** Options of a render. */
export interface RenderOptions {
  /** Prefix for element ids, unique per chart variant on the page. */
  idPrefix: string;
  /** Accessible name of the figure. */
  title: string;
  /** Edges and nodes are keyboard targets (the browser's enhanced view): role button, tabindex -1. */
  interactive?: boolean;
  /** The edge or node the keyboard cursor is on (`data-id`). */
  active?: string | null;
}

/** Node radius by level, in px. */

const edgeTrees = new WeakMap<PlannedEdge, { interactive: boolean; active: boolean; tree: VNode }>();
const nodeTrees = new WeakMap<PlannedNode, { interactive: boolean; active: boolean; tree: VNode }>();

/** The element tree of one edge, the same object again for the same planned edge and focus (memoised). */
export function renderEdge(e: PlannedEdge, options: RenderOptions): VNode {
  const interactive = options.interactive === true;
  const active = options.active === e.period.id;
  const cached = edgeTrees.get(e);
  if (cached && cached.interactive === interactive && cached.active === active) return cached.tree;
  const tree = buildEdge(e, options);
  edgeTrees.set(e, { interactive, active, tree });
  return tree;
}

function buildEdge(e: PlannedEdge, options: RenderOptions): VNode {
  const p = e.period;
  const style = KIND_STYLE[p.kind];
  const classes = ['edge', `k-${p.kind}`, `s-${e.firmness}`];
  if (e.state.state === 'uncertain') classes.push('is-uncertain');
  if (e.state.afterLastReport) classes.push('is-stale');
  if (e.dimmed) classes.push('is-dimmed');
  if (e.selected) classes.push('is-selected');
  if (p.level === 'local') classes.push('is-local');
  if (options.active === p.id) classes.push('is-active');
  const [mx, my] = e.mid;
  return h(
    'g',
    {
      class: classes.join(' '),
      'data-id': p.id,
      role: options.interactive ? 'button' : 'img',
      tabindex: options.interactive ? -1 : undefined,
      'aria-label': e.aria,
    },
    h('path', { class: 'hit', d: e.d }),
    h('path', { class: 'line', d: e.d, 'stroke-width': e.firmness === 'claimed' ? style.width + 2.4 : style.width }),
    e.firmness === 'claimed' && h('path', { class: 'core', d: e.d, 'stroke-width': Math.max(0.8, style.width - 0.6) }),
    e.stitches && h('path', { class: 'stitch', d: e.stitches }),
    e.head && h('path', { class: 'head', d: e.head }),
    h('path', { class: 'glyph', d: symbolPath(style.glyph, mx, my, 4.2) }),
  );
}

/** The element tree of one node: a circle (hollow and smaller for a local unit) and its label (memoised like edges). */
export function renderNode(n: PlannedNode, options: RenderOptions): VNode {
  const interactive = options.interactive === true;
  const active = options.active === `group:${n.id}`;
  const cached = nodeTrees.get(n);
  if (cached && cached.interactive === interactive && cached.active === active) return cached.tree;
  const tree = buildNode(n, options);
  nodeTrees.set(n, { interactive, active, tree });
  return tree;
}

function buildNode(n: PlannedNode, options: RenderOptions): VNode {
  const classes = ['node', `lvl-${n.level}`];
  if (n.idle) classes.push('is-idle');
  if (n.dimmed) classes.push('is-dimmed');
  if (n.selected) classes.push('is-selected');
  if (options.active === `group:${n.id}`) classes.push('is-active');
  const r = NODE_RADIUS[n.level];
  return h(
    'g',
    {
      class: classes.join(' '),
      'data-id': `group:${n.id}`,
      transform: `translate(${n.x},${n.y})`,
      role: options.interactive ? 'button' : 'img',
      tabindex: options.interactive ? -1 : undefined,
      'aria-label': n.aria,
    },
    h('circle', { class: 'dot', r }),
    // The label is drawn for the eye; the group's accessible name carries it whole.
    h(
      'text',
      { class: 'label', x: n.labelDx || undefined, y: n.labelDy, 'text-anchor': n.anchor, 'aria-hidden': 'true' },
      n.label,
    ),
  );
}

/** The whole SVG of a plan. */
export function renderNetwork(plan: NetworkPlan, options: RenderOptions): VNode {
  const titleId = `${options.idPrefix}-title`;
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `net-svg net-svg-${plan.variant}`,
      viewBox: `0 0 ${plan.width} ${plan.height}`,
      width: plan.width,
      height: plan.height,
      role: 'group',
      'aria-labelledby': titleId,
      'data-day': plan.day,
    },
    h('title', { id: titleId }, `${options.title} on ${plan.dayLabel}`),
    h(
      'g',
      { class: 'zones', 'aria-hidden': 'true' },
      plan.zones.map((z) =>
        h(
          'g',
          { class: `zone lin-${z.lineage}` },
          h('rect', { x: z.x, y: z.y, width: z.width, height: z.height, rx: 10 }),
          h('text', { class: 'zone-label', x: z.x + 8, y: z.y + 14 }, z.label),
        ),
      ),
    ),
    h(
      'g',
      { class: 'edges' },
      plan.edges.map((e) => renderEdge(e, options)),
    ),
    h(
      'g',
      { class: 'nodes' },
      plan.nodes.map((n) => renderNode(n, options)),
    ),
  );
}

/** A legend swatch: a short edge of one kind in one status style (48 × 16 px), optionally faded. */
export function renderKindSwatch(
  kind: PlannedEdge['period']['kind'],
  firmness: PlannedEdge['firmness'] = 'firm',
  options: { directed?: boolean; faded?: boolean } = {},
): VNode {
  const style = KIND_STYLE[kind];
  const geometry = edgeGeometry({
    x0: 2,
    y0: 8,
    x1: 46,
    y1: 8,
    offset: 0,
    r0: 0,
    r1: 0,
    geometry: style.geometry,
    arrow: options.directed ?? false,
  });
  const line: PlannedEdge = {
    ...geometry,
    id: `swatch-${kind}`,
    period: { kind, level: 'organisation', id: `swatch-${kind}` } as PlannedEdge['period'],
    firmness,
    state: { state: options.faded ? 'uncertain' : 'holds', afterLastReport: false },
    selected: false,
    dimmed: false,
    aria: '',
  };
  const edge = buildEdge(line, { idPrefix: 'swatch', title: '' });
  edge.attrs = { class: edge.attrs.class };
  edge.children = edge.children.filter((c) => typeof c !== 'string' && c.attrs.class !== 'hit');
  return h(
    'svg',
    { class: 'net-svg net-swatch', viewBox: '0 0 48 16', width: 48, height: 16, 'aria-hidden': 'true' },
    edge,
  );
}
