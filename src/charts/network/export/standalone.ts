/**
 * Standalone SVG of the network at a date, for documents and print: the wide plan with every
 * class resolved to literal presentation attributes in the light palette (exports go onto paper
 * whatever the reader's theme), a header (title, date, counts), a key of kinds and statuses, the
 * sources behind the ties shown, a credit line and a link back to the exact view. No CSS,
 * classes, scripts or outside references except that link. Pure string building: the browser
 * (downloads) and the build (/charts/network.svg and .png) share it.
 */
import { EXPORT_FONT } from './print';
import { h, toMarkup, type VNode } from '../shared';
import { endSentence, wrapText } from '../../../lib/text';
import { LIGHT, RELATION_COLOURS } from '../../../styles/palette';
import { RELATION_KIND_IDS, RELATION_KINDS, type RelationKind } from '../../../lib/relations/kinds';
import { FIRMNESS_TEXT, type Firmness } from '../encoding';
import type { NetworkData } from '../model';
import { planNetwork } from '../plan';
import { renderKindSwatch, renderNetwork } from '../render/svg';
import type { NetworkState } from '../state';

/** What the header and footer say. */
export interface NetworkExportMeta {
  /** Accessible name of the figure (the heading says what it shows: see networkExportTitle). */
  title: string;
  /** The site credited by name and URL in the footer. */
  siteName: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of this exact view (the link back). */
  viewUrl: string;
}

interface Ctx {
  colour: string;
  firmness: Firmness;
  faded: number;
  node: 'organisation' | 'local' | null;
  idle: boolean;
}

const C = LIGHT;
const DROP = /^(class|id|role|tabindex|aria-.*|data-.*|xmlns)$/;

function paint(tag: string, classes: ReadonlySet<string>, ctx: Ctx): Record<string, string | number> {
  if (classes.has('hit')) return { fill: 'none', stroke: 'none' };
  if (classes.has('line'))
    return {
      fill: 'none',
      stroke: ctx.colour,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      ...(ctx.firmness === 'contested' ? { 'stroke-dasharray': '6 4' } : {}),
    };
  if (classes.has('core')) return { fill: 'none', stroke: C.bg, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  if (classes.has('stitch')) return { fill: 'none', stroke: ctx.colour, 'stroke-width': 2 };
  if (classes.has('head')) return { fill: ctx.colour, stroke: ctx.colour, 'stroke-width': 1 };
  if (classes.has('glyph'))
    return ctx.firmness === 'firm'
      ? { fill: ctx.colour, stroke: C.bg, 'stroke-width': 1.2 }
      : {
          fill: C.bg,
          stroke: ctx.colour,
          'stroke-width': 1.6,
          ...(ctx.firmness === 'contested' ? { 'stroke-dasharray': '2 1.5' } : {}),
        };
  if (classes.has('dot'))
    return ctx.node === 'local' || ctx.idle
      ? { fill: C.bg, stroke: ctx.idle ? C.muted : C.fg, 'stroke-width': 1.8 }
      : { fill: C.fg, stroke: C.bg, 'stroke-width': 1.5 };
  if (classes.has('label'))
    return {
      fill: ctx.idle ? C.muted : C.fg,
      'font-size': 11.5,
      stroke: C.bg,
      'stroke-width': 3,
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
    };
  if (tag === 'rect' && classes.size === 0) return { fill: C.surface, stroke: C.border, 'stroke-dasharray': '3 3' };
  if (classes.has('zone-label')) return { fill: C.muted, 'font-size': 11, 'font-weight': 600 };
  return {};
}

/** A render tree with classes replaced by presentation attributes; an edge's label becomes its <title>. */
export function resolveNetworkStyles(node: VNode, ctx: Ctx): VNode {
  const classes = new Set(
    String(node.attrs.class ?? '')
      .split(/\s+/)
      .filter(Boolean),
  );
  const next: Ctx = { ...ctx };
  for (const c of classes) {
    if (c.startsWith('k-') && c.slice(2) in RELATION_COLOURS)
      next.colour = RELATION_COLOURS[c.slice(2) as RelationKind].light;
    else if (c === 's-firm' || c === 's-claimed' || c === 's-contested') next.firmness = c.slice(2) as Firmness;
    else if (c === 'lvl-organisation' || c === 'lvl-local') next.node = c.slice(4) as Ctx['node'];
  }
  if (classes.has('is-idle')) next.idle = true;
  const attrs: VNode['attrs'] = {};
  for (const [name, value] of Object.entries(node.attrs)) if (!DROP.test(name)) attrs[name] = value;
  Object.assign(attrs, paint(node.tag, classes, next));
  const opacity = classes.has('is-uncertain') ? 0.42 : classes.has('is-stale') ? 0.6 : null;
  if (opacity !== null && classes.has('edge')) attrs.opacity = opacity;
  const children = node.children.map((c) => (typeof c === 'string' ? c : resolveNetworkStyles(c, next)));
  const label = node.attrs['aria-label'];
  if (classes.has('edge') && typeof label === 'string' && label) children.unshift(h('title', {}, label));
  return { tag: node.tag, attrs, children };
}

const base: Ctx = { colour: C.fg, firmness: 'firm', faded: 1, node: null, idle: false };

/** Heading of an exported network: what it shows and on which day ("Jihadist groups’ relationships on 25 June 2014"). */
export function networkExportTitle(dayLabel: string): string {
  return `Jihadist groups’ relationships on ${dayLabel}`;
}

/** The network on `state.at` as a standalone SVG document, with its pixel size. */
export function exportNetwork(
  data: NetworkData,
  state: NetworkState,
  meta: NetworkExportMeta,
): { svg: string; width: number; height: number } {
  const plan = planNetwork(data, state, 'wide');
  const chart = resolveNetworkStyles(renderNetwork(plan, { idPrefix: 'export', title: meta.title }), base);
  const W = plan.width;
  const pad = 24;
  const headerH = 74;
  const kinds = RELATION_KIND_IDS.filter((k) => plan.edges.some((e) => e.period.kind === k));
  const keyRows = Math.ceil((kinds.length + 4) / 3);
  const keyH = 24 + keyRows * 22;
  const cited = new Set(
    plan.edges.flatMap((e) => e.period.events.flatMap((ev) => data.events[ev.id]?.claims.map((c) => c.source) ?? [])),
  );
  const sourceText = [...cited]
    .map((s) => data.sources[s] ?? s)
    .sort()
    .join('; ');
  const sourceLines = wrapText(endSentence(`Sources: ${sourceText || 'none (no tie on this date)'}`), W - 2 * pad, { size: 11 });
  const footerH = 18 + sourceLines.length * 15 + 40;
  const height = headerH + plan.height + keyH + footerH;
  const text = (x: number, y: number, s: string, size: number, extra: Record<string, string | number> = {}) =>
    h('text', { x, y, 'font-size': size, fill: C.fg, ...extra }, s);

  const key: VNode[] = [];
  const entries: { swatch: VNode; label: string }[] = [
    ...kinds.map((k) => ({
      swatch: renderKindSwatch(k, 'firm', { directed: RELATION_KINDS[k].directed }),
      label: RELATION_KINDS[k].label,
    })),
    ...(['firm', 'claimed', 'contested'] as const).map((f) => ({
      swatch: renderKindSwatch('alliance', f),
      label: FIRMNESS_TEXT[f],
    })),
    { swatch: renderKindSwatch('alliance', 'firm', { faded: true }), label: 'Faded: may or may not hold on this date' },
  ];
  const colW = (W - 2 * pad) / 3;
  entries.forEach((e, i) => {
    const x = pad + (i % 3) * colW;
    const y = headerH + plan.height + 22 + Math.floor(i / 3) * 22;
    const sw = resolveNetworkStyles(e.swatch, base);
    key.push(
      h(
        'g',
        { transform: `translate(${x},${y - 11})` },
        { ...sw, attrs: { width: 48, height: 16, viewBox: '0 0 48 16' } },
      ),
    );
    key.push(text(x + 56, y + 1, e.label, 11));
  });
  const footY = headerH + plan.height + keyH;
  const tree = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: W,
      height,
      viewBox: `0 0 ${W} ${height}`,
      'font-family': EXPORT_FONT,
    },
    h('rect', { x: 0, y: 0, width: W, height, fill: C.bg }),
    h('title', {}, networkExportTitle(plan.dayLabel)),
    text(pad, 30, networkExportTitle(plan.dayLabel), 20, { 'font-weight': 700 }),
    text(
      pad,
      52,
      `Relationships on ${plan.dayLabel}: ${plan.rows.length} tie${plan.rows.length === 1 ? '' : 's'} between ${new Set(plan.rows.flatMap((r) => [r.a, r.b])).size} groups${state.rollUp ? ' (local units rolled up into their organisations)' : ''}.`,
      12,
      { fill: C.muted },
    ),
    text(
      pad,
      68,
      'Derived from sourced claims; arrows point from the branch, the group joining, or the side that broke away.',
      11,
      { fill: C.muted },
    ),
    h('g', { transform: `translate(0,${headerH})` }, { ...chart, attrs: { ...chart.attrs, x: 0, y: 0 } }),
    ...key,
    h('line', { x1: pad, x2: W - pad, y1: footY, y2: footY, stroke: C.border }),
    ...sourceLines.map((l, i) => text(pad, footY + 18 + i * 15, l, 11, { fill: C.muted })),
    text(pad, footY + 24 + sourceLines.length * 15, `Chart: ${meta.siteName}, ${meta.siteUrl}. This view:`, 11),
    h(
      'a',
      { href: meta.viewUrl },
      text(pad, footY + 40 + sourceLines.length * 15, meta.viewUrl, 11, {
        fill: C.accent,
        'text-decoration': 'underline',
      }),
    ),
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(tree)}`, width: W, height };
}
