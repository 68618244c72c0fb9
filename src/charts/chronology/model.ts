/**
 * The chart's own view of the chronology: the few fields layout, render and the browser need,
 * flattened so one JSON payload can travel to the client. Pure; no Astro, no DOM.
 */
import type { Chronology, Precision } from '../../lib/chronology/types';
import type { EventFamily, EventType, Lineage, Status } from '../../lib/chronology/vocabulary';

/** One source's account of an event, as the details panel shows it. */
export interface ChartCitation {
  source: string;
  quote: string;
  /** The source's own wording of the date. */
  dateText: string;
  status: Status;
  attribution?: string;
}

/** An event as the chart reads it. */
export interface ChartEvent {
  id: string;
  title: string;
  summary: string;
  type: EventType;
  family: EventFamily;
  relationship: boolean;
  directed: boolean;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, inclusive, `YYYY-MM-DD`. */
  end: string;
  precision: Precision;
  /** Reader-facing date ("25 June 2014"). */
  label: string;
  /** Every group involved (actors, from and to, deduplicated, first-mention order). */
  actors: string[];
  from: string[];
  to: string[];
  status: Status;
  /** Distinct source ids, in citation order. */
  sources: string[];
  citations: ChartCitation[];
  /** One sentence per disagreement between sources. */
  conflicts: string[];
}

/** A group as the chart reads it. */
export interface ChartGroup {
  id: string;
  name: string;
  shortName: string;
  lineage: Lineage;
  parent?: string;
}

/** A source as the chart reads it. */
export interface ChartSource {
  id: string;
  title: string;
}

/** Everything one chart instance needs, events in time order. */
export interface ChartData {
  events: ChartEvent[];
  groups: ChartGroup[];
  sources: ChartSource[];
}

/** Time order used everywhere (lists, keyboard, table): start, then end, then id. */
export function compareEvents(a: Pick<ChartEvent, 'start' | 'end' | 'id'>, b: Pick<ChartEvent, 'start' | 'end' | 'id'>): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Options restricting what a chart instance carries. */
export interface ChartDataOptions {
  /** Keep only events involving at least one of these group ids. */
  groups?: readonly string[];
}

/** Flattens the derived chronology into the chart's payload (events sorted in time order). */
export function toChartData(chronology: Chronology, options: ChartDataOptions = {}): ChartData {
  const only = options.groups && options.groups.length > 0 ? new Set(options.groups) : null;
  const events: ChartEvent[] = [];
  for (const e of chronology.events) {
    const actors = unique([...e.actors, ...e.from, ...e.to]);
    if (only && !actors.some((a) => only.has(a))) continue;
    events.push({
      id: e.id,
      title: e.title,
      summary: e.summary,
      type: e.type,
      family: e.family,
      relationship: e.relationship,
      directed: e.directed,
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      label: e.date.label,
      actors,
      from: [...e.from],
      to: [...e.to],
      status: e.status,
      sources: unique(e.sources.map((c) => c.source)),
      citations: e.sources.map((c) => ({
        source: c.source,
        quote: c.quote,
        dateText: c.dateText,
        status: c.status,
        ...(c.attribution ? { attribution: c.attribution } : {}),
      })),
      conflicts: e.conflicts.map((c) => c.summary),
    });
  }
  events.sort(compareEvents);
  const used = new Set(events.flatMap((e) => e.actors));
  const cited = new Set(events.flatMap((e) => e.sources));
  return {
    events,
    groups: chronology.groups
      .filter((g) => used.has(g.id))
      .map((g) => ({
        id: g.id,
        name: g.name,
        shortName: g.shortName,
        lineage: g.lineage,
        ...(g.parent ? { parent: g.parent } : {}),
      })),
    sources: chronology.sources.filter((s) => cited.has(s.id)).map((s) => ({ id: s.id, title: s.title })),
  };
}

/**
 * JSON for a `<script type="application/json">` island. `<`, `>`, `&` and the line separators
 * are escaped so no content string can close the script element or break the parser.
 */
export function serialiseForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
