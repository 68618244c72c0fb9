/**
 * The chart's own view of the chronology: the few fields layout, render and the browser need,
 * flattened so one JSON document can travel to the client. Types only (plus the time order), so
 * the browser bundle does not pull in the vocabulary; data.ts is the one adapter that builds it
 * from a derived Chronology. Field types come from the derivation's and the schemas' types.
 */
import type { GroupName, Precision } from '../../lib/chronology/types';
import type { EventFamily, EventType, Lineage, Status, Support } from '../../lib/chronology/vocabulary';

/** One source's account of an event, as the details panel shows it. */
export interface ChartCitation {
  source: string;
  /** Fragment id of the claim on its source page. */
  anchor?: string;
  quote: string;
  /** The source's own wording of the date. */
  dateText: string;
  status: Status;
  attribution?: string;
  /** BCP 47 language of the source (sets lang and dir on the quote). */
  lang?: string;
}

/** An event as the chart reads it. */
export interface ChartEvent {
  id: string;
  title: string;
  /** A short label for the chart, when the content gives one (else layout shortens the title). */
  short?: string;
  type: EventType;
  /** The type's reader-facing label, carried so the browser bundle needs no vocabulary. */
  typeLabel: string;
  family: EventFamily;
  relationship: boolean;
  directed: boolean;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, inclusive, `YYYY-MM-DD`. */
  end: string;
  precision: Precision;
  /** Reader-facing date ("25 June 2014"). */
  dateLabel: string;
  /** Every group involved (actors, from and to, deduplicated, first-mention order). */
  actors: string[];
  from: string[];
  to: string[];
  /** The event's derived support (lib/chronology/support.ts), which the marks' fill encodes. */
  status: Support;
  /** Distinct source ids, in citation order. */
  sources: string[];
  /** One sentence per disagreement between sources. */
  conflicts: string[];
}

/** What the details panel adds to an event: our summary and each source's account. */
export interface ChartEventDetails {
  summary: string;
  /** "2 articles, 1 independent origin: …" (support.ts provenanceSummary). */
  provenance: string;
  citations: ChartCitation[];
}

/** The details of every event, by id: loaded apart, when a reader first opens an event. */
export type ChartDetails = Record<string, ChartEventDetails>;

/** A group as the chart reads it: lanes are named by the name in use in the visible period. */
export interface ChartGroup {
  id: string;
  name: string;
  shortName: string;
  lineage: Lineage;
  parent?: string;
  /** The group's names over time (content `names`), for nameAt: lanes and labels at the visible dates. */
  names: Pick<GroupName, 'name' | 'short' | 'from' | 'to'>[];
}

/** A source as the chart reads it. */
export interface ChartSource {
  id: string;
  title: string;
}

/** A lineage: lanes are grouped under these headers, in this order. */
export interface ChartLineage {
  id: Lineage;
  label: string;
}

/** Everything the chart draws, events in time order. */
export interface ChartData {
  events: ChartEvent[];
  groups: ChartGroup[];
  sources: ChartSource[];
  lineages: ChartLineage[];
  /** The events' details, when carried with the data (inline charts); else loaded apart. */
  details?: ChartDetails;
}

/** Time order used everywhere (lists, keyboard, table): start, then end, then id. */
export function compareEvents(
  a: Pick<ChartEvent, 'start' | 'end' | 'id'>,
  b: Pick<ChartEvent, 'start' | 'end' | 'id'>,
): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
