/**
 * The one adapter from the derived chronology to the chart's data (model.ts): flattening, time
 * order and reader-facing labels. When the evidence model changes (statuses, provenance), this is
 * the one function to update. Also the JSON serialiser that is safe inside a script element.
 */
import { provenanceSummary } from '../../lib/chronology/support';
import type { Chronology } from '../../lib/chronology/types';
import { EVENT_TYPES, LINEAGES, type Lineage } from '../../lib/chronology/vocabulary';
import { compareEvents, type ChartData, type ChartDetails, type ChartEvent, type ChartLineage } from './model';

/** Every lineage of the vocabulary, in lane order. */
export const ALL_LINEAGES: ChartLineage[] = (Object.keys(LINEAGES) as Lineage[]).map((id) => ({
  id,
  label: LINEAGES[id],
}));

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

const cache = new WeakMap<Chronology, ChartData>();

/** toChartData, computed once per chronology object (every chart of every page shares it). */
export function chartDataOf(chronology: Chronology): ChartData {
  let data = cache.get(chronology);
  if (!data) cache.set(chronology, (data = toChartData(chronology)));
  return data;
}

/**
 * The chart's data for a whole chronology: every event (time order) as the chart draws it, the
 * groups they involve (with their names over time), the sources they cite, and the lineages.
 * Summaries and citations are apart (toChartDetails): the panel loads them when first opened.
 */
export function toChartData(chronology: Chronology): ChartData {
  const events: ChartEvent[] = chronology.events.map((e) => ({
    id: e.id,
    title: e.title,
    type: e.type,
    typeLabel: EVENT_TYPES[e.type]?.label ?? e.type,
    family: e.family,
    relationship: e.relationship,
    directed: e.directed,
    start: e.date.start,
    end: e.date.end,
    precision: e.date.precision,
    dateLabel: e.date.label,
    actors: unique([...e.actors, ...e.from, ...e.to]),
    from: [...e.from],
    to: [...e.to],
    // The marks' fill encodes the event's derived support (support.ts), not any one claim's status.
    status: e.support,
    sources: unique(e.sources.map((c) => c.source)),
    conflicts: e.conflicts.map((c) => c.summary),
  }));
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
        names: g.names.map((n) => ({
          name: n.name,
          ...(n.short ? { short: n.short } : {}),
          ...(n.from ? { from: n.from } : {}),
          ...(n.to ? { to: n.to } : {}),
        })),
      })),
    sources: chronology.sources.filter((s) => cited.has(s.id)).map((s) => ({ id: s.id, title: s.title })),
    lineages: ALL_LINEAGES,
  };
}

/** Each event's summary and citations, by id (what the details panel shows beyond the chart); only `ids` if given. */
export function toChartDetails(chronology: Chronology, ids?: ReadonlySet<string>): ChartDetails {
  const out: ChartDetails = {};
  // Quotes carry their source's language (lang and dir on the panel's quote) when it is not English.
  const langOf = new Map(chronology.sources.map((s) => [s.id, s.language]));
  for (const e of chronology.events)
    if (!ids || ids.has(e.id))
      out[e.id] = {
        summary: e.summary,
        provenance: provenanceSummary(e.articles, e.origins),
        citations: e.sources.map((c) => {
          const lang = langOf.get(c.source);
          return {
            source: c.source,
            ...(c.anchor ? { anchor: c.anchor } : {}),
            quote: c.quote,
            dateText: c.dateText,
            status: c.status,
            ...(c.attribution ? { attribution: c.attribution } : {}),
            ...(lang && lang !== 'en' ? { lang } : {}),
          };
        }),
      };
  return out;
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
