/**
 * What one chart instance shows, from the site's chart data and the instance's spec (the props
 * of <Chronology>): its events (a period clipped, groups kept), its zoomable domain, its opening
 * view, the highlighted event and its time scale's focus. The server and the browser both call
 * `scopeChart`; only the spec travels to the browser, as a few `data-*` attributes.
 */
import { endOf, isValidDateValue, startOf } from '../../lib/chronology/dates';
import { clipEvents } from '../../lib/chronology/period';
import { focusWarp, type Focus, type Warp } from './layout/scale';
import { DAY_MS, dayToMs, yearBounds } from './layout/time';
import type { ChartData, ChartEvent } from './model';

/** The props that decide what a chart instance shows. */
export interface ChartSpec {
  /** DOM id, a lower-case slug unique on the page. */
  id: string;
  /** Accessible name of the chart. */
  title: string;
  /** Start of the opening (or, with `clip`, the whole) period: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  from?: string;
  /** End of that period (inclusive), same forms. */
  to?: string;
  /** Keep only the events of from–to (at most CONTEXT_LIMIT), which becomes the whole chart. */
  clip?: boolean;
  /** Keep only events involving at least one of these group ids. */
  groups?: readonly string[];
  /** Id of an event to emphasise (e.g. on its own page). */
  highlight?: string;
}

/** A chart instance's scope, computed from the data and the spec. */
export interface ScopedChart {
  spec: ChartSpec;
  /** The events shown (time order), with the groups and sources they involve. */
  data: ChartData;
  /** The zoomable span, inclusive ISO days, and in UTC ms (end exclusive). */
  domain: [string, string];
  domainMs: [number, number];
  /** The opening view (UTC ms, end exclusive), or null for the whole domain. */
  view: [number, number] | null;
  highlight: string | null;
  /** The focus + context time scale of the whole domain (even when `focus` is null). */
  warp: Warp;
  focus: Focus | null;
  /** Too many marks to draw one by one at the whole domain: lanes show density until zoomed in. */
  dense: boolean;
}

/** Shown when there is nothing to derive a span from. */
export const FALLBACK_DOMAIN: readonly [string, string] = ['2003-01-01', '2017-12-31'];

/** Above this many marks (one per group per event), a zoomed-out chart shows lane density. */
export const DENSE_MARKS = 1500;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Marks in a set of events (one per group per event). */
export function markCount(events: readonly Pick<ChartEvent, 'actors'>[]): number {
  let n = 0;
  for (const e of events) n += e.actors.length;
  return n;
}

/** The default zoomable span of a set of events: their span widened to whole years. */
export function defaultDomain(events: readonly Pick<ChartEvent, 'start' | 'end'>[]): [string, string] {
  if (events.length === 0) return [...FALLBACK_DOMAIN];
  let lo = events[0]!.start;
  let hi = events[0]!.end;
  for (const e of events) {
    if (e.start < lo) lo = e.start;
    if (e.end > hi) hi = e.end;
  }
  return yearBounds(lo, hi);
}

/** A spec with only valid values kept (a bad id falls back to "chronology", bad dates are dropped). */
export function normaliseSpec(spec: Partial<ChartSpec>): ChartSpec {
  const out: ChartSpec = {
    id: spec.id && SLUG.test(spec.id) ? spec.id : 'chronology',
    title: spec.title?.trim() || 'Jihadist groups: alliances, splits, pledges and truces',
  };
  if (spec.from && isValidDateValue(spec.from)) out.from = spec.from;
  if (spec.to && isValidDateValue(spec.to)) out.to = spec.to;
  if (spec.clip && out.from && out.to) out.clip = true;
  const groups = (spec.groups ?? []).filter((g) => SLUG.test(g));
  if (groups.length > 0) out.groups = groups;
  if (spec.highlight && SLUG.test(spec.highlight)) out.highlight = spec.highlight;
  return out;
}

/** Applies a spec to the chart data: the instance's events, domain, opening view and time scale. */
export function scopeChart(all: ChartData, specIn: Partial<ChartSpec>): ScopedChart {
  const spec = normaliseSpec(specIn);
  const from = spec.from ? startOf(spec.from) : null;
  const to = spec.to ? endOf(spec.to) : null;
  const clip = spec.clip && from && to && from <= to ? ([from, to] as const) : null;
  let events = all.events;
  if (clip) events = clipEvents(events, clip, spec.highlight, (e) => e);
  if (spec.groups) {
    const only = new Set(spec.groups);
    events = events.filter((e) => e.actors.some((a) => only.has(a)));
  }
  const used = new Set(events.flatMap((e) => e.actors));
  const cited = new Set(events.flatMap((e) => e.sources));
  const data: ChartData = {
    events,
    groups: all.groups.filter((g) => used.has(g.id)),
    sources: all.sources.filter((s) => cited.has(s.id)),
    lineages: all.lineages,
  };
  const domain: [string, string] = clip ? [clip[0], clip[1]] : defaultDomain(events);
  const domainMs: [number, number] = [dayToMs(domain[0]), dayToMs(domain[1]) + DAY_MS];
  let view: [number, number] | null = null;
  if (!clip && (from || to)) {
    const a = Math.max(domainMs[0], from ? dayToMs(from) : domainMs[0]);
    const b = Math.min(domainMs[1], to ? dayToMs(to) + DAY_MS : domainMs[1]);
    if (a < b && (a > domainMs[0] || b < domainMs[1])) view = [a, b];
  }
  const highlight = spec.highlight && events.some((e) => e.id === spec.highlight) ? spec.highlight : null;
  const { warp, focus } = focusWarp(events, domainMs);
  return { spec, data, domain, domainMs, view, highlight, warp, focus, dense: markCount(events) > DENSE_MARKS };
}

/** The spec as `data-*` attributes of the chart element (what the browser reads back). */
export function specAttributes(spec: ChartSpec): Record<string, string | undefined> {
  return {
    'data-title': spec.title,
    'data-from': spec.from,
    'data-to': spec.to,
    'data-clip': spec.clip ? 'true' : undefined,
    'data-groups': spec.groups?.join(','),
    'data-highlight': spec.highlight,
  };
}

/** Reads a spec back from an element's dataset (and id); anything invalid is dropped. */
export function specFromDataset(id: string, d: Record<string, string | undefined>): ChartSpec {
  return normaliseSpec({
    id,
    ...(d.title ? { title: d.title } : {}),
    ...(d.from ? { from: d.from } : {}),
    ...(d.to ? { to: d.to } : {}),
    clip: d.clip === 'true',
    ...(d.groups ? { groups: d.groups.split(',') } : {}),
    ...(d.highlight ? { highlight: d.highlight } : {}),
  });
}
