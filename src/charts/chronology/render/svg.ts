/**
 * Turns a view's layout into an element tree: a sticky time axis, the chart (lanes named by the
 * group's name at the time, lineage headers, shaded compressed stretches, one accessible group
 * per event with its marks, connectors, direct label or number) and the key of numbered events.
 * The server serialises the tree (vnode.ts), the browser patches it in (patch.ts), the export
 * restyles it (export/svg.ts). Also the legend swatches and the overview strip.
 */
import { nameAt } from '../../../lib/chronology/names';
import { routes } from '../../../lib/routes';
import { FAMILY_SHAPE, STATUS_FIRMNESS, SUPPORT_WORDS, symbolPath, type Extent, type Firmness } from '../layout/encoding';
import type { ChartEvent, ChartGroup } from '../model';
import type { ChartLayout, EventLayout } from '../plan';
import { connectorGeometry } from '../layout/connectors';
import { h, type VNode } from './vnode';

/** What a render needs beyond the layout. */
export interface RenderOptions {
  /** Prefix for element ids, unique per chart variant on the page. */
  idPrefix: string;
  /** Accessible name of the chart. */
  title: string;
  /** Group records by id, for names in accessible labels (the name in use at the event's date). */
  groups: ReadonlyMap<string, ChartGroup>;
  selected?: string | null;
  /** The event the keyboard cursor is on (drawn with the focus ring). */
  active?: string | null;
  /** An event to emphasise (e.g. on its own page). */
  highlight?: string | null;
  /** Interactive (browser): the chart is one tab stop and names the keyboard cursor's event. */
  focusable?: boolean;
  /** Id of the keyboard help that also describes the chart. */
  helpId?: string;
}

/** Shortest human list: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "A towards B" for a directed event with both sides, else the actors listed; names at the event's date. */
export function whoOf(event: ChartEvent, groups: ReadonlyMap<string, ChartGroup>, towards = ' towards '): string {
  const name = (id: string) => {
    const g = groups.get(id);
    return g ? nameAt(g, event.start).name : id;
  };
  return event.directed && event.from.length > 0 && event.to.length > 0
    ? `${listNames(event.from.map(name))}${towards}${listNames(event.to.map(name))}`
    : listNames(event.actors.map(name));
}

/** The accessible label of an event mark: title, type, date, who, support (in words), disagreement. */
export function eventLabel(event: ChartEvent, groups: ReadonlyMap<string, ChartGroup>): string {
  const words = SUPPORT_WORDS[event.status] ?? event.status;
  const status = `${words[0]!.toUpperCase()}${words.slice(1)}`;
  const disagreement = event.conflicts.length > 0 ? ' Sources disagree.' : '';
  return `${event.title}. ${event.typeLabel}, ${event.dateLabel}. ${whoOf(event, groups)}. ${status}.${disagreement}`;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function badge(x: number, y: number): VNode {
  return h(
    'g',
    { class: 'badge' },
    h('circle', { cx: r2(x), cy: r2(y), r: 4.5 }),
    h('text', { x: r2(x), y: r2(y + 2.6), 'text-anchor': 'middle' }, '≠'),
  );
}

// Marks are drawn relative to the event's x and the group is translated, so a zoom frame changes
// one transform (and bar widths) per event instead of every coordinate.
function markNodes(ev: EventLayout, layout: ChartLayout, ring: string | null, hit: boolean): VNode[] {
  const v = layout.variant;
  const { r } = v;
  const { plot } = layout;
  const shape = FAMILY_SHAPE[ev.event.family];
  const out: VNode[] = [];
  const rel = (x: number) => r2(x - ev.cx);
  for (const c of ev.connectors) {
    out.push(h('path', { class: `conn k-${c.kind}`, d: c.path }));
    if (c.head) out.push(h('path', { class: 'head', d: c.head }));
    for (const [x, y] of c.ends ?? []) out.push(h('circle', { class: 'end', cx: x, cy: y, r: 2.2 }));
  }
  // Parts beyond the plot are cut at its edges; only symbols may overhang (the clip leaves them room).
  const a = Math.max(ev.x0, plot.x0 - 1);
  const b = Math.min(ev.x1, plot.x1 + 1);
  ev.marks.forEach((m, i) => {
    // Pointer targets of at least 24 × 24 px, for the interactive chart only.
    if (hit && v.hit > 0) out.push(h('circle', { class: 'hit', cx: 0, cy: r2(m.y), r: v.hit }));
    if (ev.extent === 'bar')
      out.push(h('rect', { class: 'bar', x: rel(a), y: r2(m.y - 3), width: r2(Math.max(1, b - a)), height: 6, rx: 1.5 }));
    else if (ev.extent === 'bounds' && b - a > 2 * r)
      out.push(
        h('path', {
          class: 'whisker',
          d: `M${rel(a)},${r2(m.y)}H${rel(b)}M${rel(a)},${r2(m.y - 3)}V${r2(m.y + 3)}M${rel(b)},${r2(m.y - 3)}V${r2(m.y + 3)}`,
        }),
      );
    if (ring) out.push(h('circle', { class: ring, cx: 0, cy: r2(m.y), r: r + 4 }));
    out.push(h('path', { class: 'sym', d: symbolPath(shape, 0, m.y, r) }));
    if (i === 0 && ev.event.conflicts.length > 0) out.push(badge(r + 4, m.y - r));
  });
  return out;
}

/**
 * The label layer of one event (drawn above every mark so no later connector crosses it): its
 * direct label with any leader line, or its number. Hidden from assistive technology: the
 * event's mark carries the same words.
 */
export function renderLabel(ev: EventLayout, layout: ChartLayout): VNode | null {
  if (!ev.label && !ev.number) return null;
  const v = layout.variant;
  const rel = (x: number) => r2(x - ev.cx);
  const out: VNode[] = [];
  if (ev.label) {
    const l = ev.label;
    if (l.leader) {
      const [x1, y1, x2, y2] = l.leader;
      out.push(h('path', { class: 'leader', d: `M${rel(x1)},${r2(y1)}L${rel(x2)},${r2(y2)}` }));
    }
    out.push(h('text', { class: 'lbl', x: rel(l.x0), y: r2(l.cy + v.text.label * 0.35) }, l.text));
  }
  if (ev.number) {
    const p = ev.number;
    out.push(h('text', { class: 'num', x: rel(p.x), y: r2(p.cy + v.text.number * 0.35) }, String(p.n)));
  }
  return h('g', { class: 'lb', transform: `translate(${r2(ev.cx)},0)`, 'data-id': ev.event.id }, out);
}

/** The element tree of one event: a labelled group holding all its marks and connectors. */
export function renderEvent(ev: EventLayout, layout: ChartLayout, options: RenderOptions): VNode {
  const e = ev.event;
  const firmness = STATUS_FIRMNESS[e.status];
  const classes = ['ev', `f-${e.family}`, `s-${firmness}`, `x-${ev.extent}`];
  if (options.selected === e.id) classes.push('is-selected');
  if (options.highlight === e.id) classes.push('is-highlight');
  if (options.active === e.id) classes.push('is-active');
  const ring =
    options.active === e.id
      ? 'ring ring-active'
      : options.selected === e.id || options.highlight === e.id
        ? 'ring'
        : null;
  return h(
    'g',
    {
      id: `${options.idPrefix}-ev-${e.id}`,
      class: classes.join(' '),
      transform: `translate(${r2(ev.cx)},0)`,
      'data-id': e.id,
      role: 'img',
      'aria-label': eventLabel(e, options.groups),
    },
    markNodes(ev, layout, ring, !!options.focusable),
  );
}

/** The time axis, drawn apart so it can stick to the top of the screen over a tall chart. */
export function renderAxis(layout: ChartLayout): VNode {
  const v = layout.variant;
  const A = v.axis;
  const { plot } = layout;
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chrono-axis',
      viewBox: `0 0 ${layout.width} ${A}`,
      'aria-hidden': 'true',
      focusable: 'false',
    },
    h('rect', { class: 'axis-bg', x: 0, y: 0, width: layout.width, height: A }),
    layout.stretches
      .filter((s) => s.compressed)
      .map((s) => h('rect', { class: 'stretch', x: r2(s.x0), y: A - 5, width: r2(s.x1 - s.x0), height: 5 })),
    h('line', { class: 'axis-line', x1: plot.x0, x2: plot.x1, y1: A - 0.5, y2: A - 0.5 }),
    layout.ticks.map((t) => h('line', { class: t.major ? 'tick major' : 'tick', x1: r2(t.x), x2: r2(t.x), y1: A - 6, y2: A })),
    // A label that would run off the right edge is left out (its gridline stays).
    layout.ticks
      .filter((t) => t.x + 3 + t.label.length * v.text.axis * 0.62 <= layout.width)
      .map((t) =>
        h('text', { class: t.major ? 'tick-label major' : 'tick-label', x: r2(t.x + 3), y: A - 9 }, t.label),
      ),
  );
}

/** The chart body as an SVG element tree (fixed viewBox; CSS scales it to the container). */
export function renderChart(layout: ChartLayout, options: RenderOptions): VNode {
  const p = options.idPrefix;
  const { plot } = layout;
  const v = layout.variant;
  const [y0, y1] = [layout.view[0].slice(0, 4), layout.view[1].slice(0, 4)];
  const years = y0 === y1 ? y0 : `${y0}–${y1}`;
  const { visible, total, labelled, numbered } = layout.counts;
  const desc =
    `${visible} of ${total} events on ${layout.lanes.length} group lanes, ${years}` +
    (labelled + numbered > 0 ? `; ${labelled} labelled on the chart, ${numbered} numbered in the list below it. ` : '. ') +
    'Shape and colour give the kind of event; hollow marks are alleged or speculative, dashed ones disputed or denied. ' +
    'The table of events gives the same information as text.';
  const lanes = h(
    'g',
    { class: 'lanes', 'aria-hidden': 'true' },
    layout.lineages.map((l) =>
      h(
        'g',
        { class: 'lineage', 'data-lineage': l.id },
        h('rect', { class: 'lineage-bg', x: 0, y: l.y, width: layout.width, height: v.lineage }),
        h('text', { class: 'lineage-label', x: v.margin, y: r2(l.y + v.lineage / 2 + v.text.lineage * 0.35) }, l.label),
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
            x: v.labels === 'left' ? plot.x0 - 8 : plot.x0,
            y: r2(lane.labelY),
            'text-anchor': v.labels === 'left' ? 'end' : 'start',
          },
          lane.label,
        ),
      ),
    ),
  );
  const shade = h(
    'g',
    { class: 'stretches', 'aria-hidden': 'true' },
    layout.stretches
      .filter((s) => s.compressed)
      .map((s) => h('rect', { class: 'stretch', x: r2(s.x0), y: 0, width: r2(s.x1 - s.x0), height: r2(layout.height) })),
  );
  const grid = h(
    'g',
    { class: 'grid', 'aria-hidden': 'true' },
    layout.ticks.map((t) =>
      h('line', { class: t.major ? 'tick major' : 'tick', x1: r2(t.x), x2: r2(t.x), y1: 0, y2: r2(layout.height) }),
    ),
  );
  const marks = h(
    'g',
    { class: 'marks', 'clip-path': `url(#${p}-clip)` },
    (layout.density ?? []).map((d) => h('path', { class: 'density', 'data-group': d.lane, d: d.d })),
    layout.events.map((ev) => renderEvent(ev, layout, options)),
  );
  const labels = h(
    'g',
    { class: 'labels', 'aria-hidden': 'true' },
    layout.events.map((ev) => renderLabel(ev, layout)),
  );
  const empty =
    layout.lanes.length === 0 &&
    h('text', { class: 'empty', x: r2((plot.x0 + plot.x1) / 2), y: 24, 'text-anchor': 'middle' }, 'No events in this period.');
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${layout.width} ${r2(layout.height)}`,
      class: `chrono-svg chrono-svg-${v.name}`,
      role: 'group',
      tabindex: options.focusable ? 0 : undefined,
      'aria-labelledby': `${p}-title`,
      'aria-describedby': options.helpId ? `${p}-desc ${options.helpId}` : `${p}-desc`,
      'aria-activedescendant':
        options.focusable && options.active && layout.events.some((ev) => ev.event.id === options.active)
          ? `${p}-ev-${options.active}`
          : undefined,
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
        h('rect', { x: plot.x0 - v.r - 6, y: 0, width: plot.x1 - plot.x0 + 2 * (v.r + 6), height: r2(layout.height) }),
      ),
    ),
    shade,
    lanes,
    grid,
    empty,
    marks,
    labels,
  );
}

/** The key of numbered events (HTML): number, title linking to the event page, date. */
export function renderKey(layout: ChartLayout): VNode | null {
  if (layout.key.length === 0) return null;
  return h(
    'div',
    { class: 'chrono-key-list' },
    h('p', { class: 'chrono-key-title' }, 'Numbered on the chart:'),
    h(
      'ol',
      {},
      layout.key.map((k) =>
        h(
          'li',
          { value: k.n },
          h('a', { href: routes.event(k.id), 'data-id': k.id }, k.title),
          h('span', { class: 'chrono-key-date' }, ` · ${k.dateLabel}`),
        ),
      ),
    ),
  );
}

/** Everything one variant shows: axis, chart and key, in one root the browser patches. */
export function renderTree(layout: ChartLayout, options: RenderOptions): VNode {
  return h(
    'div',
    { class: `chrono-view chrono-view-${layout.variant.name}`, 'data-variant': layout.variant.name },
    renderAxis(layout),
    renderChart(layout, options),
    renderKey(layout),
  );
}

/** A small legend or table swatch: one symbol in a family's shape and colour, in a status style. */
export function renderSwatch(
  family: ChartEvent['family'],
  options: { firmness?: Firmness; extent?: Extent; conflict?: boolean } = {},
): VNode {
  const { firmness = 'firm', extent = 'point', conflict = false } = options;
  return h(
    'svg',
    { class: 'chrono-swatch', viewBox: '0 0 28 18', 'aria-hidden': 'true', focusable: 'false' },
    h(
      'g',
      { class: `f-${family} s-${firmness}` },
      extent === 'bar' && h('rect', { class: 'bar', x: 2, y: 6, width: 24, height: 6, rx: 1.5 }),
      extent === 'bounds' && h('path', { class: 'whisker', d: 'M2,9H26M2,6V12M26,6V12' }),
      h('path', { class: 'sym', d: symbolPath(FAMILY_SHAPE[family], 14, 9, 5) }),
      conflict && badge(23, 5),
    ),
  );
}

/** A legend sample of a connector kind between two lanes (vertical, 28×18). */
export function renderConnectorSwatch(family: ChartEvent['family'], kind: 'arrow' | 'split' | 'joint'): VNode {
  const directed = kind !== 'joint';
  const c = connectorGeometry(kind, 14, -4, 22, directed, 1);
  return h(
    'svg',
    { class: 'chrono-swatch', viewBox: '0 0 28 18', 'aria-hidden': 'true', focusable: 'false' },
    h(
      'g',
      { class: `f-${family}` },
      h('path', { class: `conn k-${kind}`, d: c.path }),
      c.head && h('path', { class: 'head', d: c.head }),
      (c.ends ?? []).map(([x, y]) => h('circle', { class: 'end', cx: x, cy: y, r: 2.2 })),
    ),
  );
}
