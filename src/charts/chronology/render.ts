/**
 * Turns a layout into an SVG element tree: lanes, lineage headers, calendar axis, and one
 * accessible group per event (its marks on every lane, connectors, conflict badge). The tree is
 * serialised on the server (`toMarkup`) and patched into the page by the browser.
 */
import { EVENT_TYPES, STATUSES } from '../../lib/chronology/vocabulary';
import { FAMILY_STYLE, STATUS_FIRMNESS, symbolPath, type Extent } from './encoding';
import type { ChartLayout, EventLayout } from './layout';
import { METRICS } from './layout';
import type { ChartEvent } from './model';
import { h, type VNode } from './vnode';

/** What a render needs beyond the layout. */
export interface RenderOptions {
  /** Prefix for element ids, unique per chart variant on the page. */
  idPrefix: string;
  /** Accessible name of the chart. */
  title: string;
  /** Group id → display name, for accessible labels. */
  names: ReadonlyMap<string, string>;
  selected?: string | null;
  /** The event the keyboard cursor is on (drawn with the focus ring). */
  active?: string | null;
  /** An event to emphasise (e.g. on its own page). */
  highlight?: string | null;
  /** Draw event marks (false when a canvas layer draws them instead). */
  marks?: boolean;
}

/** Shortest human list: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The accessible label of an event mark: title, type, date, who, status, disagreement. */
export function eventLabel(event: ChartEvent, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const type = EVENT_TYPES[event.type]?.label ?? event.type;
  const who =
    event.directed && event.from.length > 0 && event.to.length > 0
      ? `${listNames(event.from.map(name))} towards ${listNames(event.to.map(name))}`
      : listNames(event.actors.map(name));
  const status = `${event.status[0]!.toUpperCase()}${event.status.slice(1)}`;
  const disagreement = event.conflicts.length > 0 ? ' Sources disagree.' : '';
  return `${event.title}. ${type}, ${event.label}. ${who}. ${status}.${disagreement}`;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function markNodes(ev: EventLayout, extent: Extent, ring: string | null): VNode[] {
  const { r } = METRICS;
  const shape = FAMILY_STYLE[ev.event.family].shape;
  const out: VNode[] = [];
  for (const c of ev.connectors) {
    out.push(h('path', { class: `conn k-${c.kind}`, d: c.path }));
    if (c.head) out.push(h('path', { class: 'head', d: c.head }));
    for (const [x, y] of c.ends ?? []) out.push(h('circle', { class: 'end', cx: x, cy: y, r: 2.2 }));
  }
  ev.marks.forEach((m, i) => {
    if (extent !== 'point') {
      const w = Math.max(1, ev.x1 - ev.x0);
      out.push(h('rect', { class: extent === 'bar' ? 'bar' : 'bounds', x: r2(ev.x0), y: r2(m.y - 3), width: r2(w), height: 6, rx: 1.5 }));
    }
    if (ring) out.push(h('circle', { class: ring, cx: r2(ev.cx), cy: r2(m.y), r: r + 4 }));
    out.push(h('path', { class: 'sym', d: symbolPath(shape, ev.cx, m.y, r) }));
    if (i === 0 && ev.event.conflicts.length > 0) {
      const bx = r2(ev.cx + r + 4);
      const by = r2(m.y - r);
      out.push(
        h('g', { class: 'badge' }, h('circle', { cx: bx, cy: by, r: 4.5 }), h('text', { x: bx, y: r2(by + 2.6), 'text-anchor': 'middle' }, '≠')),
      );
    }
  });
  return out;
}

/** The element tree of one event: a labelled group holding all its marks and connectors. */
export function renderEvent(ev: EventLayout, options: RenderOptions): VNode {
  const e = ev.event;
  const firmness = STATUS_FIRMNESS[e.status];
  const classes = ['ev', `f-${e.family}`, `s-${firmness}`, `x-${ev.extent}`];
  if (options.selected === e.id) classes.push('is-selected');
  if (options.highlight === e.id) classes.push('is-highlight');
  if (options.active === e.id) classes.push('is-active');
  const ring = options.active === e.id ? 'ring ring-active' : options.selected === e.id || options.highlight === e.id ? 'ring' : null;
  return h(
    'g',
    {
      id: `${options.idPrefix}-ev-${e.id}`,
      class: classes.join(' '),
      'data-id': e.id,
      role: 'img',
      'aria-label': eventLabel(e, options.names),
    },
    markNodes(ev, ev.extent, ring),
  );
}

/** The whole chart as an SVG element tree (fixed viewBox; CSS scales it to the container). */
export function renderChart(layout: ChartLayout, options: RenderOptions): VNode {
  const p = options.idPrefix;
  const { plot } = layout;
  const visible = layout.events.filter((e) => e.visible);
  const years = `${layout.view[0].slice(0, 4)}–${layout.view[1].slice(0, 4)}`;
  const desc =
    `${visible.length} of ${layout.events.length} events on ${layout.lanes.length} group lanes, ${years}. ` +
    'Shape and colour give the kind of event; hollow marks are alleged or speculative, dashed ones disputed or denied. ' +
    'The table of events gives the same information as text.';

  const lanes = h(
    'g',
    { class: 'lanes', 'aria-hidden': 'true' },
    layout.lineages.map((l) =>
      h(
        'g',
        { class: 'lineage', 'data-lineage': l.id },
        h('rect', { class: 'lineage-bg', x: 0, y: l.y, width: layout.width, height: METRICS.lineage }),
        h('text', { class: 'lineage-label', x: METRICS.margin, y: l.y + METRICS.lineage - 7 }, l.label),
      ),
    ),
    layout.lanes.map((lane) =>
      h(
        'g',
        { class: `lane${lane.index % 2 ? ' lane-odd' : ''}`, 'data-group': lane.group },
        h('rect', { class: 'lane-bg', x: 0, y: lane.y, width: layout.width, height: lane.height }),
        h(
          'text',
          {
            class: 'lane-label',
            x: layout.labels === 'left' ? plot.x0 - 8 : plot.x0,
            y: lane.labelY,
            'text-anchor': layout.labels === 'left' ? 'end' : 'start',
          },
          lane.label,
        ),
      ),
    ),
  );

  const grid = h(
    'g',
    { class: 'grid', 'aria-hidden': 'true' },
    layout.ticks.map((t) =>
      h('line', { class: t.major ? 'tick major' : 'tick', x1: r2(t.x), x2: r2(t.x), y1: plot.y0 - 6, y2: plot.y1 }),
    ),
  );
  const axis = h(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    h('line', { class: 'axis-line', x1: plot.x0, x2: plot.x1, y1: plot.y0 - 0.5, y2: plot.y0 - 0.5 }),
    layout.ticks.map((t) =>
      h('text', { class: t.major ? 'tick-label major' : 'tick-label', x: r2(t.x + 3), y: plot.y0 - 10 }, t.label),
    ),
  );

  const marks =
    options.marks === false
      ? h('g', { class: 'marks', 'clip-path': `url(#${p}-clip)` })
      : h('g', { class: 'marks', 'clip-path': `url(#${p}-clip)` }, visible.map((ev) => renderEvent(ev, options)));

  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${r2(layout.height)}`,
      class: `chrono-svg chrono-svg-${layout.labels === 'left' ? 'wide' : 'narrow'}`,
      role: 'group',
      'aria-labelledby': `${p}-title`,
      'aria-describedby': `${p}-desc`,
      'data-view': `${layout.view[0]}/${layout.view[1]}`,
    },
    h('title', { id: `${p}-title` }, options.title),
    h('desc', { id: `${p}-desc` }, desc),
    h(
      'defs',
      {},
      h(
        'clipPath',
        { id: `${p}-clip` },
        h('rect', { x: plot.x0 - METRICS.r - 6, y: 0, width: plot.x1 - plot.x0 + 2 * (METRICS.r + 6), height: layout.height }),
      ),
    ),
    lanes,
    grid,
    axis,
    marks,
  );
}

/** Reader-facing status wording, for tables and panels. */
export function statusText(status: keyof typeof STATUSES): string {
  return STATUSES[status];
}
