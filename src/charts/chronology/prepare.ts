/**
 * Everything the Chronology component renders on the server, computed from the chronology and
 * the component's props: the payload, both SVG variants, the overview, legend and table rows.
 * Kept out of the .astro file so it is typed, pure and unit-tested.
 */
import { endOf, isValidDateValue, labelOf, startOf } from '../../lib/chronology/dates';
import { clipEvents } from '../../lib/chronology/period';
import type { Chronology } from '../../lib/chronology/types';
import {
  EVENT_FAMILIES,
  EVENT_TYPES,
  LINEAGES,
  SUPPORT_LABELS,
  type EventFamily,
  type Lineage,
  type Support,
} from '../../lib/chronology/vocabulary';
import { FAMILY_ORDER, STATUS_FIRMNESS } from './encoding';
import { defaultDomain, layoutChart, orderLanes, planLanes, VARIANTS, WIDE } from './layout';
import type { ChartData, ChartEvent } from './model';
import { serialiseForScript, toChartData } from './payload';
import { DAY_MS, dayToMs } from './time';
import { DENSE_MARKS, markCount, renderOverview, renderSwatch, renderView, stackZoomFor } from './render';
import { toMarkup } from './vnode';

/** Props of `<Chronology>` that shape what is rendered (see the component for docs). */
export interface ChartProps {
  id?: string;
  title?: string;
  from?: string;
  to?: string;
  highlight?: string;
  groups?: readonly string[];
  /**
   * Keep only events overlapping from–to and make that period the whole chart: context charts
   * on event and embed pages then carry a few events, not the whole chronology (build size and
   * time stay linear as the corpus grows).
   */
  clip?: boolean;
}

/** One row of the events table. */
export interface TableRow {
  id: string;
  start: string;
  date: string;
  title: string;
  type: string;
  family: EventFamily;
  swatch: string;
  who: string;
  /** Reader-facing support label. */
  status: string;
  sources: { id: string; title: string }[];
  conflicts: number;
}

/** A filter option. */
export interface Option {
  id: string;
  label: string;
}

/** Server-side render of one chart instance. */
export interface PreparedChart {
  id: string;
  title: string;
  data: ChartData;
  domain: [string, string];
  /** Initial visible span (inclusive ISO days), or null for the whole domain. */
  view: [string, string] | null;
  /** Zoom the lanes were stacked at (the browser must stack the same way). */
  stackZoom: number;
  highlight: string | null;
  dense: boolean;
  /** The SVG of every variant (wide, medium, narrow), for CSS to choose from. */
  svgs: string[];
  /** "1 January 2003 – 31 December 2017 · 51 events": the toolbar's text before any script runs. */
  rangeLabel: string;
  overview: string;
  json: string;
  rows: TableRow[];
  legend: { family: EventFamily; label: string; swatch: string }[];
  filters: {
    groups: { lineage: string; options: Option[] }[];
    types: Option[];
    statuses: Option[];
    sources: Option[];
  };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


function who(e: ChartEvent, fallback: (id: string) => string): string {
  // Names as they were at the event's date, where the payload carries them.
  const name = (id: string) => e.names?.[id] ?? fallback(id);
  if (e.directed && e.from.length > 0 && e.to.length > 0)
    return `${e.from.map(name).join(', ')} → ${e.to.map(name).join(', ')}`;
  return e.actors.map(name).join(', ');
}

/** Computes the server render of a chart for the given chronology and props. */
export function prepareChart(chronology: Chronology, props: ChartProps = {}): PreparedChart {
  const id = props.id && SLUG.test(props.id) ? props.id : 'chronology';
  const title = props.title ?? 'Chronology of alliances, splits, pledges and truces';
  const from = props.from && isValidDateValue(props.from) ? startOf(props.from) : null;
  const to = props.to && isValidDateValue(props.to) ? endOf(props.to) : null;
  const clip = props.clip && from && to ? ([from, to] as const) : null;
  const shown = clip ? { ...chronology, events: clipEvents(chronology.events, clip, props.highlight) } : chronology;
  const data = toChartData(shown, props.groups ? { groups: props.groups } : {});
  const domain: [string, string] = clip ? [clip[0], clip[1]] : defaultDomain(data.events);
  const view: [string, string] | null = clip ? null : from || to ? [from ?? domain[0], to ?? domain[1]] : null;
  const highlight = props.highlight && data.events.some((e) => e.id === props.highlight) ? props.highlight : null;
  const names = new Map(data.groups.map((g) => [g.id, g.name]));
  const shortNames = new Map(data.groups.map((g) => [g.id, g.shortName]));
  const dense = markCount(data.events) > DENSE_MARKS;
  // A chart focused on a period stacks marks at that zoom, so its lanes are no taller than the
  // period needs (zoomed out, marks may then overlap; the reader asked for the period).
  const focusZoom = view
    ? (dayToMs(domain[1]) - dayToMs(domain[0]) + DAY_MS) /
      Math.max(DAY_MS, dayToMs(view[1]) - dayToMs(view[0]) + DAY_MS)
    : 1;
  const stackZoom = Math.max(stackZoomFor(data.events), focusZoom);

  const views = VARIANTS.map((variant) => {
    const plan = planLanes(data, { ...variant, domain, stackZoom, ...(view ? { stackSpan: view } : {}) });
    return renderView(plan, view ? { view } : {}, { idPrefix: `${id}-${variant.key}`, title, names, highlight, dense });
  });
  const wideView = views[0]!;
  const svgs = views.map((v) => toMarkup(v.tree));
  const overview = toMarkup(renderOverview(layoutChart(data, { ...WIDE, domain, stackZoom })));

  const sourceTitle = new Map(data.sources.map((s) => [s.id, s.title]));
  const rows: TableRow[] = data.events.map((e) => ({
    id: e.id,
    start: e.start,
    date: e.label,
    title: e.title,
    type: EVENT_TYPES[e.type].label,
    family: e.family,
    swatch: toMarkup(renderSwatch(e.family, { firmness: STATUS_FIRMNESS[e.status], conflict: e.conflicts.length > 0 })),
    who: who(e, (g) => shortNames.get(g) ?? g),
    status: SUPPORT_LABELS[e.status],
    sources: e.sources.map((s) => ({ id: s, title: sourceTitle.get(s) ?? s })),
    conflicts: e.conflicts.length,
  }));

  const families = new Set(data.events.map((e) => e.family));
  const legend = FAMILY_ORDER.filter((f) => families.has(f)).map((family) => ({
    family,
    label: EVENT_FAMILIES[family],
    swatch: toMarkup(renderSwatch(family)),
  }));

  const lanes = orderLanes(data.groups, data.events, data.lineages);
  const byLineage = new Map<string, Option[]>();
  for (const g of lanes) {
    const list = byLineage.get(g.lineage) ?? [];
    list.push({ id: g.id, label: g.shortName });
    byLineage.set(g.lineage, list);
  }
  const types = new Set(data.events.map((e) => e.type));
  const statuses = new Set(data.events.map((e) => e.status));

  return {
    id,
    title,
    data,
    domain,
    view,
    stackZoom,
    highlight,
    dense,
    rangeLabel: `${labelOf(wideView.layout.view[0])} – ${labelOf(wideView.layout.view[1])} · ${data.events.length} events`,
    svgs,
    overview,
    json: serialiseForScript(data),
    rows,
    legend,
    filters: {
      groups: [...byLineage].map(([lineage, options]) => ({
        lineage: LINEAGES[lineage as Lineage] ?? lineage,
        options,
      })),
      types: (Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[])
        .filter((t) => types.has(t))
        .map((t) => ({ id: t, label: EVENT_TYPES[t].label })),
      statuses: (Object.keys(SUPPORT_LABELS) as Support[])
        .filter((s) => statuses.has(s))
        .map((s) => ({ id: s, label: SUPPORT_LABELS[s][0]!.toUpperCase() + SUPPORT_LABELS[s].slice(1) })),
      sources: data.sources.map((s) => ({ id: s.id, label: s.title })),
    },
  };
}
