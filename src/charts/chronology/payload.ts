/**
 * Builds the chart payload from the derived chronology, on the server: flattening, time order,
 * the group restriction, and JSON safe to embed in a script element.
 */
import type { Chronology } from '../../lib/chronology/types';
import { provenanceSummary } from '../../lib/chronology/support';
import { EVENT_TYPES, LINEAGES, type Lineage } from '../../lib/chronology/vocabulary';
import { compareEvents, type ChartData, type ChartEvent, type ChartLineage } from './model';

/** Every lineage of the vocabulary, in lane order. */
export const ALL_LINEAGES: ChartLineage[] = (Object.keys(LINEAGES) as Lineage[]).map((id) => ({
  id,
  label: LINEAGES[id],
}));

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
  const langOf = new Map(chronology.sources.map((s) => [s.id, s.language]));
  for (const e of chronology.events) {
    const actors = unique([...e.actors, ...e.from, ...e.to]);
    if (only && !actors.some((a) => only.has(a))) continue;
    events.push({
      id: e.id,
      title: e.title,
      summary: e.summary,
      type: e.type,
      typeLabel: EVENT_TYPES[e.type]?.label ?? e.type,
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
      status: e.support,
      provenance: provenanceSummary(e.articles, e.origins),
      names: Object.fromEntries(Object.entries(e.names).map(([id, n]) => [id, n.short])),
      sources: unique(e.sources.map((c) => c.source)),
      citations: e.sources.map((c) => ({
        source: c.source,
        ...(c.anchor ? { anchor: c.anchor } : {}),
        quote: c.quote,
        dateText: c.dateText,
        status: c.status,
        ...(c.attribution ? { attribution: c.attribution } : {}),
        ...(langOf.get(c.source) && langOf.get(c.source) !== 'en' ? { lang: langOf.get(c.source) } : {}),
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
        ...(g.names.length > 1
          ? {
              names: g.names.map((n) => ({
                short: n.short ?? (n.name === g.name ? g.shortName : n.name),
                ...(n.from ? { from: n.from } : {}),
                ...(n.to ? { to: n.to } : {}),
              })),
            }
          : {}),
      })),
    sources: chronology.sources.filter((s) => cited.has(s.id)).map((s) => ({ id: s.id, title: s.title })),
    lineages: ALL_LINEAGES,
  };
}

/**
 * JSON for a `<script type="application/json">` island. `<`, `>`, `&` and the line separators
 * are escaped so no content string can close the script element or break the parser.
 */
export function serialiseForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
