/**
 * Standalone SVG export of the chronology chart, for documents: the rendered chart with every
 * class resolved to literal presentation attributes (always the light palette on white: exports
 * go into documents and onto paper, whatever theme the reader browses in), a header with the
 * title, period and filters, a key, the sources cited by the events shown, a credit line and a
 * link back to the exact view. No CSS, classes, custom properties, fonts or scripts, and no
 * reference outside the file except that link. Pure string building over the render tree, so it
 * runs in the browser (downloads) and at build time (/charts/chronology.svg and .png).
 */
import { labelOfDays } from '../../lib/chronology/dates';
import { EVENT_FAMILIES, type EventFamily } from '../../lib/chronology/vocabulary';
import { FAMILY_ORDER, FAMILY_STYLE, symbolPath, type Firmness } from './encoding';
import { METRICS, placeEvents, type ChartLayout, type LanePlan } from './layout';
import type { ChartData, ChartEvent } from './model';
import { renderChart } from './render';
import { shownEvents, type ChartState } from './state';
import { msToDay } from './time';
import { h, toMarkup, type VNode } from './vnode';

/** The light theme's colours as literal values (global.css :root; a unit test keeps them equal). */
export const EXPORT_COLOURS = {
  bg: '#ffffff',
  fg: '#1a1a1a',
  muted: '#555555',
  border: '#c8c8c8',
  surface: '#f4f4f1',
  accent: '#0b5cad',
  focus: '#b3006b',
} as const;

/** Fonts every system has under one of these names (metric-compatible with Arial, or close). */
export const EXPORT_FONT = `Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif`;

/** Print size of the PNG export: 170 mm (A4 text width) at 300 dpi. */
export const PRINT_WIDTH_PX = Math.round((170 / 25.4) * 300);

/** Every class the chart renderer emits; export resolves each (a test fails on an unknown one). */
export const KNOWN_CLASSES: ReadonlySet<string> = new Set([
  'chrono-svg',
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
  'axis',
  'axis-line',
  'tick-label',
  'marks',
  'density',
  'ev',
  'is-selected',
  'is-highlight',
  'is-active',
  'sym',
  'bar',
  'bounds',
  'conn',
  'head',
  'end',
  'badge',
  'ring',
  'ring-active',
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
  textSize: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const DROP = /^(class|id|role|tabindex|focusable|aria-.*|data-.*)$/;
const CLIP_ID = 'chart-clip';

/** Presentation attributes for one element, mirroring chart.css in the light theme. */
function paint(tag: string, classes: ReadonlySet<string>, ctx: Ctx): Record<string, string | number> {
  const C = EXPORT_COLOURS;
  const firm = ctx.firmness === 'firm';
  const contested = ctx.firmness === 'contested';
  if (tag === 'text') {
    if (ctx.badge) return { fill: C.fg, 'font-size': 9, 'font-weight': 700 };
    if (classes.has('tick-label'))
      return classes.has('major')
        ? { fill: C.fg, 'font-size': ctx.textSize, 'font-weight': 600 }
        : { fill: C.muted, 'font-size': ctx.textSize };
    if (classes.has('lineage-label')) return { fill: C.fg, 'font-size': ctx.textSize, 'font-weight': 600 };
    return { fill: C.fg, 'font-size': ctx.textSize };
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
  if (classes.has('bounds'))
    return {
      fill: ctx.colour,
      'fill-opacity': 0.1,
      stroke: ctx.colour,
      'stroke-opacity': 0.8,
      'stroke-dasharray': '2 3',
    };
  if (classes.has('conn')) {
    const dash = ctx.talks ? '1.5 2.5' : classes.has('k-split') ? '4 2' : null;
    return { fill: 'none', stroke: ctx.colour, 'stroke-width': 1.5, ...(dash ? { 'stroke-dasharray': dash } : {}) };
  }
  if (classes.has('head') || classes.has('end')) return { fill: ctx.colour };
  if (classes.has('ring-active')) return { fill: 'none', stroke: C.focus, 'stroke-width': 2.5 };
  if (classes.has('ring')) return { fill: 'none', stroke: C.fg, 'stroke-width': 1.5 };
  if (classes.has('lineage-bg')) return { fill: C.surface };
  if (classes.has('lane-bg')) return ctx.odd ? { fill: C.surface, 'fill-opacity': 0.45 } : { fill: 'none' };
  if (classes.has('tick'))
    return { stroke: C.border, 'stroke-width': 1, ...(classes.has('major') ? {} : { 'stroke-dasharray': '2 3' }) };
  if (classes.has('axis-line')) return { stroke: C.muted };
  if (classes.has('density')) return { fill: C.fg, 'fill-opacity': 0.35 };
  return {};
}

/**
 * A render tree with classes replaced by presentation attributes, ids, ARIA and data attributes
 * dropped (an event's accessible label becomes its <title>, shown as a tooltip), and the clip
 * path given a fixed id.
 */
export function resolveStyles(node: VNode, ctx: Ctx): VNode {
  const classes = new Set(
    String(node.attrs.class ?? '')
      .split(/\s+/)
      .filter(Boolean),
  );
  const next: Ctx = { ...ctx };
  for (const c of classes) {
    const family = c.slice(2) as EventFamily;
    if (c.startsWith('f-') && family in FAMILY_STYLE) {
      next.colour = FAMILY_STYLE[family].light;
      next.talks = family === 'talks';
    } else if (c === 's-firm' || c === 's-claimed' || c === 's-contested') next.firmness = c.slice(2) as Firmness;
  }
  if (classes.has('badge')) next.badge = true;
  if (classes.has('lane-odd')) next.odd = true;
  const attrs: VNode['attrs'] = {};
  for (const [name, value] of Object.entries(node.attrs)) {
    if (DROP.test(name)) continue;
    attrs[name] = name === 'clip-path' ? `url(#${CLIP_ID})` : value;
  }
  if (node.tag === 'clipPath') attrs.id = CLIP_ID;
  Object.assign(attrs, paint(node.tag, classes, next));
  const children = node.children.map((c) => (typeof c === 'string' ? c : resolveStyles(c, next)));
  const label = node.attrs['aria-label'];
  if (classes.has('ev') && typeof label === 'string') children.unshift(h('title', {}, label));
  return { tag: node.tag, attrs, children };
}

/** Rough advance width of text in the export font (generous, so wrapped lines never overflow). */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.64 : 0.6);
}

/**
 * Breaks text into lines no wider than `width`: at spaces, and inside long words (URLs) after
 * `/ ? & , =` where possible, else anywhere.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const max = Math.max(8, Math.floor(width / textWidth('x', size, bold)));
  const lines: string[] = [];
  let line = '';
  const pieces = (word: string): string[] => {
    const out: string[] = [];
    let rest = word;
    while ([...rest].length > max) {
      const head = [...rest].slice(0, max).join('');
      const cut = Math.max(...['/', '?', '&', ',', '='].map((d) => head.lastIndexOf(d)));
      const at = cut > max / 3 ? cut + 1 : max;
      out.push([...rest].slice(0, at).join(''));
      rest = [...rest].slice(at).join('');
    }
    out.push(rest);
    return out;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if ([...candidate].length <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const parts = pieces(word);
    lines.push(...parts.slice(0, -1));
    line = parts.at(-1)!;
  }
  if (line) lines.push(line);
  return lines;
}

/** Key entries: a small mark drawn with the chart's own styles, and its label. */
function keyItems(families: readonly EventFamily[]): { mark: VNode; label: string }[] {
  const mark = (family: EventFamily, firmness: Firmness, extra: VNode[] = [], conflict = false) =>
    h(
      'g',
      { class: `f-${family} s-${firmness}` },
      extra,
      h('path', { class: 'sym', d: symbolPath(FAMILY_STYLE[family].shape, 0, 0, METRICS.r) }),
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
    { mark: mark('organisation', 'firm'), label: 'Filled: confirmed or reported' },
    { mark: mark('organisation', 'claimed'), label: 'Hollow: alleged or speculative' },
    { mark: mark('organisation', 'contested'), label: 'Dashed: disputed or denied' },
    {
      mark: mark('organisation', 'firm', [h('rect', { class: 'bar', x: -11, y: -3, width: 22, height: 6, rx: 1.5 })]),
      label: 'Bar: a month, season, year or span',
    },
    { mark: mark('organisation', 'firm', [], true), label: 'Sources disagree' },
  ];
}

/** The standalone SVG document for a rendered chart and what to say around it. */
export function exportSvg(chart: { tree: VNode; layout: ChartLayout }, meta: ExportMeta): string {
  const { layout } = chart;
  const W = layout.width;
  const M = METRICS.margin;
  const inner = W - 2 * M;
  const C = EXPORT_COLOURS;
  const textSize = layout.labels === 'above' ? 14 : 12;
  const ctx: Ctx = { colour: C.fg, firmness: 'firm', talks: false, badge: false, odd: false, textSize };
  const parts: VNode[] = [];
  let y = M;

  /** Wrapped lines of text at the current y; returns the nodes and advances y. */
  const paragraph = (text: string, size: number, attrs: VNode['attrs'] = {}, bold = false): VNode[] => {
    const lead = Math.round(size * 1.35);
    return wrapText(text, inner, size, bold).map((line) => {
      y += lead;
      return h('text', { x: M, y: r2(y - lead * 0.28), 'font-size': size, fill: C.fg, ...attrs }, line);
    });
  };

  // Header: title, period and count, filters.
  parts.push(...paragraph(meta.title, 18, { 'font-weight': 700 }, true));
  y += 2;
  const count = meta.shown === meta.total ? `${meta.shown} events` : `${meta.shown} of ${meta.total} events`;
  parts.push(...paragraph(`${meta.range} · ${count}`, 13));
  const filters =
    meta.filters.length > 0 ? `Filtered to: ${meta.filters.join('; ')}` : 'Filters: none (every event in the period)';
  parts.push(...paragraph(filters, 12, { fill: C.muted }));
  if (meta.selected) parts.push(...paragraph(`Selected event: ${meta.selected}`, 12, { fill: C.muted }));
  y += 6;

  // The chart itself, without its own title and description (the document has them).
  const body = resolveStyles(chart.tree, ctx).children.filter(
    (c): c is VNode => typeof c !== 'string' && c.tag !== 'title' && c.tag !== 'desc',
  );
  parts.push(h('g', { transform: `translate(0,${r2(y)})` }, body));
  y += layout.height + 10;

  // Key: flowed left to right, wrapping.
  const keySize = 11;
  let x = M;
  const rowH = 18;
  y += rowH / 2;
  for (const item of keyItems(meta.families)) {
    // Key labels are short: an average advance (not the wrapping bound) keeps the row compact.
    const w = 28 + textWidth(item.label, keySize) * 0.92 + 16;
    if (x > M && x + w > W - M) {
      x = M;
      y += rowH;
    }
    parts.push(
      h('g', { transform: `translate(${r2(x + 11)},${r2(y)})` }, resolveStyles(item.mark, ctx)),
      h('text', { x: r2(x + 28), y: r2(y + 4), 'font-size': keySize, fill: C.fg }, item.label),
    );
    x += w;
  }
  y += rowH / 2 + 8;

  // Sources, credit and the link back.
  parts.push(
    ...paragraph(
      meta.sources.length > 0
        ? `Sources cited by the events shown (${meta.sources.length}):`
        : 'No events in this view.',
      11,
      { 'font-weight': 700 },
      true,
    ),
  );
  meta.sources.forEach((title, i) => parts.push(...paragraph(`${i + 1}. ${title}`, 11)));
  y += 4;
  parts.push(
    ...paragraph(
      `Chart: ${meta.siteName}, ${meta.siteUrl} — each event is drawn from the articles above; quotations, dates as each source gives them and disagreements are on the site.`,
      11,
      { fill: C.muted },
    ),
  );
  const link = paragraph(`This view: ${meta.viewUrl}`, 11, { fill: C.accent, 'text-decoration': 'underline' });
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
  add('Status', state.statuses, (id) => id);
  add('Sources', state.sources, (id) => sourceTitle.get(id) ?? id);
  return lines;
}

/** Where the export credits and links to. */
export interface ExportOptions {
  title: string;
  siteName: string;
  siteUrl: string;
  viewUrl: string;
  /** An event emphasised on the chart (an event page's context chart). */
  highlight?: string | null;
}

/**
 * Exports a view of a planned chart: exactly the events the view shows (filters and period, see
 * shownEvents), the selected or highlighted event ringed, no keyboard cursor. Returns the SVG
 * and the events it draws (the ones the CSV and JSON downloads hold).
 */
export function exportView(
  data: ChartData,
  plan: LanePlan,
  state: ChartState,
  options: ExportOptions,
): { svg: string; width: number; height: number; events: ChartEvent[] } {
  const events = shownEvents(data.events, state);
  const viewMs = state.view ?? plan.domainMs;
  const layout = placeEvents(plan, { viewMs, only: new Set(events.map((e) => e.id)) });
  const names = new Map(data.groups.map((g) => [g.id, g.name]));
  const tree = renderChart(layout, {
    idPrefix: 'x',
    title: options.title,
    names,
    selected: state.event,
    highlight: options.highlight ?? null,
    active: null,
  });
  const cited = new Set(events.flatMap((e) => e.sources));
  const families = new Set(events.map((e) => e.family));
  const selected = state.event ? events.find((e) => e.id === state.event)?.title : null;
  const svg = exportSvg(
    { tree, layout },
    {
      title: options.title,
      range: labelOfDays(msToDay(viewMs[0]), msToDay(viewMs[1] - 1)),
      filters: describeFilters(state, data),
      selected: selected ?? null,
      shown: events.length,
      total: data.events.length,
      families: FAMILY_ORDER.filter((f) => families.has(f)),
      sources: data.sources.filter((s) => cited.has(s.id)).map((s) => s.title),
      siteName: options.siteName,
      siteUrl: options.siteUrl,
      viewUrl: options.viewUrl,
    },
  );
  return { svg, ...exportSize(svg), events };
}

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A PNG with its physical pixel density set (a pHYs chunk after IHDR, replacing any), so word
 * processors place a 2008 px print export at 170 mm instead of guessing from 96 dpi.
 */
export function pngWithDensity(png: Uint8Array, dpi: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = (at: number) => String.fromCharCode(...png.subarray(at + 4, at + 8));
  if (png.length < 33 || type(8) !== 'IHDR') throw new Error('not a PNG');
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const c = new DataView(chunk.buffer);
  c.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  c.setUint32(8, perMetre);
  c.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  c.setUint32(17, crc32(chunk.subarray(4, 17)));
  const parts: Uint8Array[] = [png.subarray(0, 33), chunk];
  for (let at = 33; at + 12 <= png.length;) {
    const end = at + 12 + view.getUint32(at);
    if (type(at) !== 'pHYs') parts.push(png.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
