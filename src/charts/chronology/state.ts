/**
 * The chart's view state (visible span, filters, selected event, table mode, time scale), its
 * strict parsing from and serialising to URLs, and filtering. Pure functions over plain values;
 * the view arithmetic of gestures is in view.ts, the custom element only wires them to events.
 */
import { endOf, isValidDateValue, startOf } from '../../lib/chronology/dates';
import type { EventType, Support } from '../../lib/chronology/vocabulary';
import { DAY_MS, dayToMs, msToDay } from './layout/time';
import { compareEvents, type ChartEvent } from './model';

/** What the reader is looking at. `null` lists mean "no filter". */
export interface ChartState {
  /** Visible span in UTC ms, end exclusive; null for the whole domain. */
  view: [number, number] | null;
  groups: string[] | null;
  types: EventType[] | null;
  statuses: Support[] | null;
  sources: string[] | null;
  /** The selected event (details panel open). */
  event: string | null;
  /** Table view instead of the chart. */
  table: boolean;
  /** Even time scale instead of the focus + context scale (when the chart has a focus). */
  even: boolean;
}

/** The values a state may refer to: anything else in a URL is ignored. */
export interface Universe {
  /** Zoomable span, inclusive ISO days. */
  domain: readonly [string, string];
  eventIds: ReadonlySet<string>;
  groupIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  types: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
}

/** The default view: everything, nothing selected. */
export const DEFAULT_STATE: ChartState = {
  view: null,
  groups: null,
  types: null,
  statuses: null,
  sources: null,
  event: null,
  table: false,
  even: false,
};

/** Narrowest span the reader can zoom to. */
export const MIN_SPAN_MS = 7 * DAY_MS;

// Bounds on what a URL may make us do; anything longer is not a view we produced.
const MAX_PARAM = 4000;
const MAX_ITEMS = 500;

/** Builds the universe of valid values from the events a chart carries. */
export function universeOf(events: readonly ChartEvent[], domain: readonly [string, string]): Universe {
  return {
    domain,
    eventIds: new Set(events.map((e) => e.id)),
    groupIds: new Set(events.flatMap((e) => e.actors)),
    sourceIds: new Set(events.flatMap((e) => e.sources)),
    types: new Set(events.map((e) => e.type)),
    statuses: new Set(events.map((e) => e.status)),
  };
}

/** The domain as UTC ms, end exclusive. */
export function domainMs(domain: readonly [string, string]): [number, number] {
  return [dayToMs(domain[0]), dayToMs(domain[1]) + DAY_MS];
}

/**
 * Keeps a span inside the domain and at least MIN_SPAN_MS wide (or the whole domain if that is
 * narrower), preserving its width where it can by shifting rather than cutting.
 */
export function clampView(view: readonly [number, number], domain: readonly [string, string]): [number, number] {
  const [d0, d1] = domainMs(domain);
  let [a, b] = view;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a >= b) return [d0, d1];
  const width = Math.min(d1 - d0, Math.max(MIN_SPAN_MS, b - a));
  if (b - a < width) {
    const mid = (a + b) / 2;
    a = mid - width / 2;
    b = mid + width / 2;
  }
  if (a < d0) [a, b] = [d0, d0 + Math.min(width, b - a)];
  if (b > d1) [a, b] = [Math.max(d0, d1 - (b - a)), d1];
  return [a, b];
}

/** True when a span covers the whole domain (so the URL need not mention it). */
export function isFullView(view: readonly [number, number] | null, domain: readonly [string, string]): boolean {
  if (!view) return true;
  const [d0, d1] = domainMs(domain);
  return view[0] <= d0 && view[1] >= d1;
}

/**
 * Reads a list parameter: ids separated by commas, or "-" then the ids left out ("-pledge,talks":
 * every type but these two). Unknown ids are dropped; a list keeping none or all of the universe
 * is no filter.
 */
function parseList<T extends string>(raw: string | null, allowed: ReadonlySet<string>): T[] | null {
  if (raw === null || raw.length > MAX_PARAM) return null;
  const exclude = raw.startsWith('-');
  const items = (exclude ? raw.slice(1) : raw).split(',', MAX_ITEMS + 1);
  if (items.length > MAX_ITEMS) return null;
  const named = new Set(items.map((s) => s.trim()).filter((s) => allowed.has(s)));
  const kept = (exclude ? [...allowed].filter((id) => !named.has(id)) : [...named]) as T[];
  if (exclude && named.size === 0) return null;
  if (kept.length === 0 || kept.length === allowed.size) return null;
  return kept.sort();
}

function parseDateParam(raw: string | null): string | null {
  if (raw === null || raw.length > 10 || !isValidDateValue(raw)) return null;
  return raw;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Reads a state from a URL's query and fragment. Only values found in the universe survive;
 * malformed dates, unknown ids, reversed spans and oversized parameters fall back to defaults.
 */
export function parseState(search: string, hash: string, universe: Universe): ChartState {
  const params = new URLSearchParams(search.length > MAX_PARAM * 4 ? '' : search);
  const state: ChartState = { ...DEFAULT_STATE };
  const from = parseDateParam(params.get('from'));
  const to = parseDateParam(params.get('to'));
  // A span with one malformed end is not a span the reader asked for: ignore both ends.
  const malformed = (params.has('from') && !from) || (params.has('to') && !to);
  if ((from || to) && !malformed) {
    const a = from ? dayToMs(startOf(from)) : dayToMs(universe.domain[0]);
    const b = to ? dayToMs(endOf(to)) + DAY_MS : dayToMs(universe.domain[1]) + DAY_MS;
    if (a < b) {
      const view = clampView([a, b], universe.domain);
      state.view = isFullView(view, universe.domain) ? null : view;
    }
  }
  state.groups = parseList(params.get('groups'), universe.groupIds);
  state.types = parseList<EventType>(params.get('types'), universe.types);
  state.statuses = parseList<Support>(params.get('status'), universe.statuses);
  state.sources = parseList(params.get('sources'), universe.sourceIds);
  const event = params.get('event');
  const fragment = hash.startsWith('#') && hash.length <= 200 ? safeDecode(hash.slice(1)) : null;
  if (event !== null && universe.eventIds.has(event)) state.event = event;
  else if (fragment !== null && universe.eventIds.has(fragment)) state.event = fragment;
  state.table = params.get('view') === 'table';
  state.even = params.get('scale') === 'even';
  return state;
}

/**
 * A list filter as written in a URL: the ids kept, or "-" and the ids left out when that is
 * shorter (unchecking one type of twenty writes `types=-pledge`).
 */
export function listParam(values: readonly string[], allowed: ReadonlySet<string>): string {
  const kept = [...values].sort();
  const keptText = kept.map(encodeURIComponent).join(',');
  const excluded = [...allowed].filter((id) => !values.includes(id)).sort();
  const excludedText = `-${excluded.map(encodeURIComponent).join(',')}`;
  return excluded.length > 0 && excludedText.length < keptText.length ? excludedText : keptText;
}

/** The query string of a state (`""` for the default view), in a fixed parameter order. */
export function serialiseState(state: ChartState, universe: Universe): string {
  const parts: string[] = [];
  if (state.view && !isFullView(state.view, universe.domain)) {
    parts.push(`from=${msToDay(state.view[0])}`, `to=${msToDay(state.view[1] - 1)}`);
  }
  const list = (name: string, values: readonly string[] | null, allowed: ReadonlySet<string>) => {
    if (values && values.length > 0) parts.push(`${name}=${listParam(values, allowed)}`);
  };
  list('groups', state.groups, universe.groupIds);
  list('types', state.types, universe.types);
  list('status', state.statuses, universe.statuses);
  list('sources', state.sources, universe.sourceIds);
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.table) parts.push('view=table');
  if (state.even) parts.push('scale=even');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The filters of a state, as a stable key (plans are cached per filter set and scale). */
export function filterKey(state: ChartState): string {
  return JSON.stringify([state.groups, state.types, state.statuses, state.sources, state.even]);
}

/** True when an event passes every filter of a state. */
export function matches(
  event: ChartEvent,
  state: Pick<ChartState, 'groups' | 'types' | 'statuses' | 'sources'>,
): boolean {
  if (state.types && !state.types.includes(event.type)) return false;
  if (state.statuses && !state.statuses.includes(event.status)) return false;
  if (state.groups && !event.actors.some((g) => state.groups!.includes(g))) return false;
  if (state.sources && !event.sources.some((s) => state.sources!.includes(s))) return false;
  return true;
}

/** The events passing a state's filters, in time order. */
export function filterEvents(
  events: readonly ChartEvent[],
  state: Pick<ChartState, 'groups' | 'types' | 'statuses' | 'sources'>,
): ChartEvent[] {
  const kept = events.filter((e) => matches(e, state));
  // Chart data comes in time order; sort only what does not.
  for (let i = 1; i < kept.length; i++) if (compareEvents(kept[i - 1]!, kept[i]!) > 0) return kept.sort(compareEvents);
  return kept;
}

/** True when an event's dates overlap a visible span (UTC ms, end exclusive); a null span is everything. */
export function inView(event: Pick<ChartEvent, 'start' | 'end'>, view: readonly [number, number] | null): boolean {
  return !view || (dayToMs(event.start) < view[1] && dayToMs(event.end) + DAY_MS > view[0]);
}

/**
 * The events a view shows, in time order: those passing its filters whose dates overlap its span.
 * The table view, the downloads and the exported chart all use this one definition.
 */
export function shownEvents(events: readonly ChartEvent[], state: ChartState): ChartEvent[] {
  return filterEvents(events, state).filter((e) => inView(e, state.view));
}

/** A keyboard move through events in time order. */
export type Step = 'next' | 'previous' | 'first' | 'last';

/**
 * The event a keyboard step lands on, given ids in time order. With nothing current, `next`
 * starts at the first event and `previous` at the last; the ends do not wrap.
 */
export function stepEvent(order: readonly string[], current: string | null, step: Step): string | null {
  if (order.length === 0) return null;
  if (step === 'first') return order[0]!;
  if (step === 'last') return order[order.length - 1]!;
  const i = current === null ? -1 : order.indexOf(current);
  if (i === -1) return step === 'next' ? order[0]! : order[order.length - 1]!;
  const j = step === 'next' ? Math.min(order.length - 1, i + 1) : Math.max(0, i - 1);
  return order[j]!;
}

/** True when two states describe the same view. */
export function sameState(a: ChartState, b: ChartState, universe: Universe): boolean {
  return serialiseState(a, universe) === serialiseState(b, universe);
}
