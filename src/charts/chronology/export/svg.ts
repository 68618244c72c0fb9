/**
 * Standalone SVG export of the chronology chart, for reports: the same plan as the screen, drawn
 * in the `print` variant (680 units across, so its 9.5–10.5 unit text is 6.7–7.4 pt at A4 text width),
 * every class resolved to literal presentation attributes (the palette's light colours on white:
 * exports go into documents and onto paper, whatever theme the reader browses in), a header with
 * the title, period, filters and time scale, every event labelled or numbered with the key of
 * numbers, a legend, the sources cited, a credit line and a link back to the exact view. No CSS,
 * classes, custom properties, fonts or scripts, and no reference outside the file except that
 * link. Pure string building, so it runs in the browser (downloads) and at build time (snapshots).
 */
import { labelOfDays } from '../../../lib/chronology/dates';
import { EVENT_FAMILIES, type EventFamily, type Support } from '../../../lib/chronology/vocabulary';
import { textWidth, wrapText } from '../../../lib/text';
import { FAMILY_LIGHT, LIGHT } from '../../../styles/palette';
import { FAMILY_ORDER, FAMILY_SHAPE, SUPPORT_WORDS, symbolPath, type Firmness } from '../layout/encoding';
import { msToDay } from '../layout/time';
import { VARIANTS } from '../layout/variants';
import type { ChartData, ChartEvent } from '../model';
import { EXPORT_FONT } from './paper';
import { planChart, type ChartLayout } from '../plan';
import { h, toMarkup, type VNode } from '../render/vnode';
import type { ScopedChart } from '../scope';
import { shownEvents, type ChartState } from '../state';

export { EXPORT_FONT, PRINT_WIDTH_PX } from './paper';

/** Every class the chart renderer emits; the export resolves each (a test fails on an unknown one). */
export const KNOWN_CLASSES: ReadonlySet<string> = new Set([
  'chrono-svg',
  'chrono-axis',
  'axis-bg',
  'stretches',
  'stretch',
  'lanes',
  'lineage',
  'lineage-bg',
  'lineage-label',
  'lane',
  'lane-odd',
  'lane-bg',
  'lane-label',
  'grid',
  'tick',
  'major',
  'axis-line',
  'tick-label',
  'marks',
  'density',
  'empty',
  'ev',
  'is-selected',
  'is-highlight',
  'is-active',
  'hit',
  'sym',
  'bar',
  'whisker',
  'conn',
  'head',
  'end',
  'badge',
  'ring',
  'ring-active',
  'lbl',
  'num',
  'leader',
  'labels',
  'lb',
]);
const KNOWN_PREFIXES = ['chrono-svg-', 'f-', 's-', 'x-', 'k-'];

/** True when the export knows how to draw an element of this class. */
export function isKnownClass(name: string): boolean {
  return KNOWN_CLASSES.has(name) || KNOWN_PREFIXES.some((p) => name.startsWith(p));
}

/** What the header and footer say. */
export interface ExportMeta {
  title: string;
  /** The period shown ("January 2014 – June 2015"). */
  range: string;
  /** One line per active filter ("Groups: …"); empty when nothing is filtered. */
  filters: string[];
  /** Title of the selected event, if any. */
  selected?: string | null;
  /** The sentence stating a focused time scale, if the view shows one. */
  scale?: string | null;
  /** Events drawn, and events in the whole chronology. */
  shown: number;
  total: number;
  /** Families of the events drawn (for the key). */
  families: EventFamily[];
  /** Titles of the sources the events drawn cite. */
  sources: string[];
  siteName: string;
  /** Absolute URL of the site (credit line). */
  siteUrl: string;
  /** Absolute URL of this exact view (the link back). */
  viewUrl: string;
}

interface Ctx {
  colour: string;
  firmness: Firmness;
  talks: boolean;
  badge: boolean;
  odd: boolean;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const DROP = /^(class|id|role|tabindex|focusable|aria-.*|data-.*)$/;
const CLIP_ID = 'chart-clip';
const C = LIGHT;

/** Presentation attributes for one element, mirroring chart.css in the light theme. */
function paint(tag: string, classes: ReadonlySet<string>, ctx: Ctx): Record<string, string | number> | null {
  const v = VARIANTS.print;
  const firm = ctx.firmness === 'firm';
  const contested = ctx.firmness === 'contested';
  if (classes.has('hit')) return null;
  if (tag === 'text') {
    if (ctx.badge) return { fill: C.fg, 'font-size': 9, 'font-weight': 700 };
    if (classes.has('tick-label'))
      return classes.has('major')
        ? { fill: C.fg, 'font-size': v.text.axis, 'font-weight': 700 }
        : { fill: C.muted, 'font-size': v.text.axis };
    if (classes.has('lineage-label')) return { fill: C.fg, 'font-size': v.text.lineage, 'font-weight': 700 };
    const halo = { stroke: C.bg, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
    if (classes.has('lbl')) return { fill: C.fg, 'font-size': v.text.label, ...halo };
    if (classes.has('num')) return { fill: C.fg, 'font-size': v.text.number, 'font-weight': 700, ...halo };
    return { fill: C.fg, 'font-size': v.text.lane };
  }
  if (ctx.badge && tag === 'circle') return { fill: C.bg, stroke: C.fg, 'stroke-width': 1 };
  if (classes.has('sym'))
    return {
      fill: firm ? ctx.colour : C.bg,
      stroke: ctx.colour,
      'stroke-width': firm ? 1.5 : 2,
      ...(contested ? { 'stroke-dasharray': '2.5 1.5' } : {}),
    };
  if (classes.has('bar'))
    return {
      fill: ctx.colour,
      'fill-opacity': firm ? 0.55 : 0.12,
      stroke: ctx.colour,
      'stroke-width': 1,
      ...(contested ? { 'stroke-dasharray': '3 2' } : {}),
    };
  if (classes.has('whisker')) return { fill: 'none', stroke: ctx.colour, 'stroke-width': 1, 'stroke-opacity': 0.75, 'stroke-dasharray': '2 2' };
  if (classes.has('conn')) {
    const dash = ctx.talks ? '1.5 2.5' : classes.has('k-split') ? '4 2' : null;
    return { fill: 'none', stroke: ctx.colour, 'stroke-width': 1.5, ...(dash ? { 'stroke-dasharray': dash } : {}) };
  }
  if (classes.has('leader')) return { fill: 'none', stroke: C.muted, 'stroke-width': 0.75 };
  if (classes.has('head') || classes.has('end')) return { fill: ctx.colour };
  if (classes.has('ring-active')) return { fill: 'none', stroke: C.focus, 'stroke-width': 2.5 };
  if (classes.has('ring')) return { fill: 'none', stroke: C.fg, 'stroke-width': 1.5 };
  if (classes.has('lineage-bg')) return { fill: C.surface };
  if (classes.has('lane-bg')) return ctx.odd ? { fill: C.surface, 'fill-opacity': 0.45 } : { fill: 'none' };
  if (classes.has('axis-bg')) return { fill: 'none' };
  if (classes.has('stretch')) return { fill: C.surface, 'fill-opacity': 0.8 };
  if (classes.has('tick'))
    return { stroke: C.border, 'stroke-width': 1, ...(classes.has('major') ? {} : { 'stroke-dasharray': '2 3' }) };
  if (classes.has('axis-line')) return { stroke: C.muted };
  if (classes.has('density')) return { fill: C.fg, 'fill-opacity': 0.35 };
  return {};
}

/**
 * A render tree with classes replaced by presentation attributes (hit targets dropped), ids,
 * ARIA and data attributes dropped (an event's accessible label becomes its <title>, shown as a
 * tooltip), and the clip path given a fixed id.
 */
export function resolveStyles(node: VNode, ctx: Ctx = { colour: C.fg, firmness: 'firm', talks: false, badge: false, odd: false }): VNode | null {
  const classes = new Set(
    String(node.attrs.class ?? '')
      .split(/\s+/)
      .filter(Boolean),
  );
  const next: Ctx = { ...ctx };
  for (const c of classes) {
    const family = c.slice(2) as EventFamily;
    if (c.startsWith('f-') && family in FAMILY_LIGHT) {
      next.colour = FAMILY_LIGHT[family];
      next.talks = family === 'talks';
    } else if (c === 's-firm' || c === 's-claimed' || c === 's-contested') next.firmness = c.slice(2) as Firmness;
  }
  if (classes.has('badge')) next.badge = true;
  if (classes.has('lane-odd')) next.odd = true;
  const painted = paint(node.tag, classes, next);
  if (!painted) return null;
  const attrs: VNode['attrs'] = {};
  for (const [name, value] of Object.entries(node.attrs)) {
    if (DROP.test(name)) continue;
    attrs[name] = name === 'clip-path' ? `url(#${CLIP_ID})` : value;
  }
  if (node.tag === 'clipPath') attrs.id = CLIP_ID;
  Object.assign(attrs, painted);
  const children = node.children
    .map((c) => (typeof c === 'string' ? c : resolveStyles(c, next)))
    .filter((c): c is VNode | string => c !== null);
  const label = node.attrs['aria-label'];
  if (classes.has('ev') && typeof label === 'string') children.unshift(h('title', {}, label));
  return { tag: node.tag, attrs, children };
}

/** Legend entries: a small mark drawn with the chart's own styles, and its label. */
function legendItems(families: readonly EventFamily[]): { mark: VNode; label: string }[] {
  const mark = (family: EventFamily, firmness: Firmness, extra: VNode[] = [], conflict = false) =>
    h(
      'g',
      { class: `f-${family} s-${firmness}` },
      extra,
      h('path', { class: 'sym', d: symbolPath(FAMILY_SHAPE[family], 0, 0, 5) }),
      conflict &&
        h(
          'g',
          { class: 'badge' },
          h('circle', { cx: 9, cy: -5, r: 4.5 }),
          h('text', { x: 9, y: -2.4, 'text-anchor': 'middle' }, '≠'),
        ),
    );
  return [
    ...families.map((f) => ({ mark: mark(f, 'firm'), label: EVENT_FAMILIES[f] })),
    { mark: mark('organisation', 'firm'), label: 'Filled: at least one independent origin' },
    { mark: mark('organisation', 'claimed'), label: 'Hollow: only a party’s claim, or hedged' },
    { mark: mark('organisation', 'contested'), label: 'Dashed: contested or denied' },
    {
      mark: mark('organisation', 'firm', [h('rect', { class: 'bar', x: -11, y: -3, width: 22, height: 6, rx: 1.5 })]),
      label: 'Bar: a month, season, year or span',
    },
    {
      mark: mark('organisation', 'firm', [h('path', { class: 'whisker', d: 'M-12,0H12M-12,-3V3M12,-3V3' })]),
      label: 'Whisker: undated, within these bounds',
    },
    { mark: mark('organisation', 'firm', [], true), label: 'Sources disagree' },
  ];
}

/** The standalone SVG document for a planned view and what to say around it. */
export function exportSvg(layout: ChartLayout, axis: VNode, body: VNode, meta: ExportMeta): string {
  const W = layout.width;
  const M = layout.variant.margin;
  const inner = W - 2 * M;
  const parts: VNode[] = [];
  let y = M;

  /** Wrapped lines of text at the current y; returns the nodes and advances y. */
  const paragraph = (text: string, size: number, attrs: VNode['attrs'] = {}, bold = false, indent = 0): VNode[] => {
    const lead = Math.round(size * 1.35 * 10) / 10;
    return wrapText(text, inner - indent, { size, bold }).map((line) => {
      y += lead;
      return h('text', { x: M + indent, y: r2(y - lead * 0.28), 'font-size': size, fill: C.fg, ...attrs }, line);
    });
  };

  // Header: title, period and count, filters, time scale.
  // The heading says what is shown and when ("Jihadist groups: alliances, …, 2013–2015").
  parts.push(...paragraph(`${meta.title}, ${meta.range}`, 16, { 'font-weight': 700 }, true));
  y += 2;
  const count = meta.shown === meta.total ? `${meta.shown} events` : `${meta.shown} of ${meta.total} events`;
  parts.push(...paragraph(`${meta.range} · ${count}`, 11.5));
  const filters =
    meta.filters.length > 0 ? `Filtered to: ${meta.filters.join('; ')}` : 'Filters: none (every event in the period)';
  parts.push(...paragraph(filters, 10.5, { fill: C.muted }));
  if (meta.scale) parts.push(...paragraph(`Time scale: ${meta.scale}`, 10.5, { fill: C.muted }));
  if (meta.selected) parts.push(...paragraph(`Selected event: ${meta.selected}`, 10.5, { fill: C.muted }));
  y += 4;

  // The chart itself: the axis, then the body without its own title and description.
  const resolvedAxis = resolveStyles(axis)!;
  parts.push(h('g', { transform: `translate(0,${r2(y)})` }, resolvedAxis.children.filter((c): c is VNode => typeof c !== 'string')));
  y += layout.variant.axis;
  const resolvedBody = resolveStyles(body)!;
  const bodyParts = resolvedBody.children.filter(
    (c): c is VNode => typeof c !== 'string' && c.tag !== 'title' && c.tag !== 'desc',
  );
  parts.push(h('g', { transform: `translate(0,${r2(y)})` }, bodyParts));
  y += layout.height + 8;

  // The key of numbered events.
  if (layout.key.length > 0) {
    parts.push(...paragraph('Numbered on the chart:', 10, { 'font-weight': 700 }, true));
    for (const k of layout.key) {
      const lines = wrapText(`${k.title} · ${k.dateLabel}`, inner - 22, { size: 10 });
      y += 13;
      parts.push(h('text', { x: M, y: r2(y - 3.5), 'font-size': 10, 'font-weight': 700, fill: C.fg }, `${k.n}.`));
      lines.forEach((line, i) => {
        if (i > 0) y += 13;
        parts.push(h('text', { x: M + 22, y: r2(y - 3.5), 'font-size': 10, fill: C.fg }, line));
      });
    }
    y += 6;
  }

  // Legend: flowed left to right, wrapping.
  const keySize = 10;
  let x = M;
  const rowH = 16;
  y += rowH / 2;
  for (const item of legendItems(meta.families)) {
    const w = 28 + textWidth(item.label, keySize) + 12;
    if (x > M && x + w > W - M) {
      x = M;
      y += rowH;
    }
    parts.push(
      h('g', { transform: `translate(${r2(x + 12)},${r2(y)})` }, resolveStyles(item.mark)!),
      h('text', { x: r2(x + 28), y: r2(y + 3.5), 'font-size': keySize, fill: C.fg }, item.label),
    );
    x += w;
  }
  y += rowH / 2 + 6;

  // Sources, credit and the link back.
  parts.push(
    ...paragraph(
      meta.sources.length > 0 ? `Sources cited by the events shown (${meta.sources.length}):` : 'No events in this view.',
      10,
      { 'font-weight': 700 },
      true,
    ),
  );
  meta.sources.forEach((title, i) => parts.push(...paragraph(`${i + 1}. ${title}`, 10)));
  y += 4;
  parts.push(
    ...paragraph(
      `Chart: ${meta.siteName}, ${meta.siteUrl} — each event is drawn from the articles above; quotations, dates as each source gives them and disagreements are on the site.`,
      10,
      { fill: C.muted },
    ),
  );
  const link = paragraph(`This view: ${meta.viewUrl}`, 10, { fill: C.accent, 'text-decoration': 'underline' });
  parts.push(h('a', { href: meta.viewUrl, 'xlink:href': meta.viewUrl, target: '_blank' }, link));
  y += M;

  const height = Math.ceil(y);
  const root = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      'xmlns:xlink': 'http://www.w3.org/1999/xlink',
      version: '1.1',
      width: W,
      height,
      viewBox: `0 0 ${W} ${height}`,
      'font-family': EXPORT_FONT,
      role: 'img',
      'aria-labelledby': 'export-title export-desc',
    },
    h('title', { id: 'export-title' }, `${meta.title}, ${meta.range}`),
    h(
      'desc',
      { id: 'export-desc' },
      `${count}. ${meta.filters.length > 0 ? `Filtered to: ${meta.filters.join('; ')}.` : 'No filters.'} ` +
        `Source: ${meta.siteName}, ${meta.viewUrl}`,
    ),
    h('rect', { x: 0, y: 0, width: W, height, fill: C.bg }),
    parts,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(root)}\n`;
}

/** Width and height of an exported SVG document, read from its root element. */
export function exportSize(svg: string): { width: number; height: number } {
  const m = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}

/** One line per active filter of a state, in reader-facing words. */
export function describeFilters(state: ChartState, data: ChartData): string[] {
  const groupName = new Map(data.groups.map((g) => [g.id, g.name]));
  const sourceTitle = new Map(data.sources.map((s) => [s.id, s.title]));
  const typeLabel = new Map(data.events.map((e) => [e.type as string, e.typeLabel]));
  const lines: string[] = [];
  const add = (label: string, values: readonly string[] | null, name: (id: string) => string) => {
    if (values && values.length > 0) lines.push(`${label}: ${values.map(name).join(', ')}`);
  };
  add('Groups', state.groups, (id) => groupName.get(id) ?? id);
  add('Kinds of event', state.types, (id) => typeLabel.get(id) ?? id);
  add('Support', state.statuses, (id) => SUPPORT_WORDS[id as Support] ?? id);
  add('Sources', state.sources, (id) => sourceTitle.get(id) ?? id);
  return lines;
}

/** Where the export credits and links to. */
export interface ExportOptions {
  siteName: string;
  siteUrl: string;
  viewUrl: string;
}

/**
 * Exports a view of a chart: exactly the events the view shows (filters and period, see
 * shownEvents), labelled or numbered, the selected or highlighted event ringed, no keyboard
 * cursor. Returns the SVG, its size and the events it draws (those the CSV and JSON hold).
 */
export function exportView(
  chart: ScopedChart,
  state: ChartState,
  options: ExportOptions,
): { svg: string; width: number; height: number; events: ChartEvent[]; layout: ChartLayout } {
  const { layout, tree } = planChart(chart, state, 'print', { idPrefix: 'x' });
  const [axis, body] = tree.children.filter((c): c is VNode => typeof c !== 'string' && c.tag === 'svg');
  const events = shownEvents(chart.data.events, state);
  const cited = new Set(events.flatMap((e) => e.sources));
  const families = new Set(events.map((e) => e.family));
  const selected = state.event ? events.find((e) => e.id === state.event)?.title : null;
  const svg = exportSvg(layout, axis!, body!, {
    title: chart.spec.title,
    range: labelOfDays(msToDay(layout.viewMs[0]), msToDay(layout.viewMs[1] - 1)),
    filters: describeFilters(state, chart.data),
    selected: selected ?? null,
    scale: layout.note ?? (state.even && chart.focus ? 'even' : null),
    shown: events.length,
    total: chart.data.events.length,
    families: FAMILY_ORDER.filter((f) => families.has(f)),
    sources: chart.data.sources.filter((s) => cited.has(s.id)).map((s) => s.title),
    siteName: options.siteName,
    siteUrl: options.siteUrl,
    viewUrl: options.viewUrl,
  });
  return { svg, ...exportSize(svg), events, layout };
}

