/**
 * Claims → events. Every claim that names an event key contributes a citation; the event's
 * date, actors, direction and status are aggregated from them, and disagreements between
 * claims are kept as conflicts rather than resolved silently.
 */
import { labelOfDays, overlaps, toInterval } from './dates';
import type {
  Chronology,
  ChronologyEvent,
  ChronologyGroup,
  ChronologySource,
  Citation,
  Conflict,
  ConflictPosition,
  Corpus,
  DateInterval,
} from './types';
import { EVENT_TYPES, STATUS_IDS, type Status } from './vocabulary';
import { assertValidCorpus } from './validate';

/** Fragment id of a source's nth claim on an event: stable when claims are added or reordered. */
export function claimAnchor(event: string, nth: number): string {
  return nth === 1 ? `claim-${event}` : `claim-${event}-${nth}`;
}

/** Orders events by start, then end, then id: stable under reordering of files and claims. */
export function compareEvents(a: ChronologyEvent, b: ChronologyEvent): number {
  return (
    a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id)
  );
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Sources ordered by publication, then id, so "first source" is well defined everywhere. */
function sourceOrder(corpus: Corpus): Map<string, number> {
  const sorted = [...corpus.sources].sort(
    (a, b) => toInterval(a.data.published).start.localeCompare(toInterval(b.data.published).start) || a.id.localeCompare(b.id),
  );
  return new Map(sorted.map((s, i) => [s.id, i]));
}

/**
 * The event date: the intersection of all claimed intervals when they agree (the most precise
 * reading that every source allows), or their union, as a range, when some are disjoint.
 */
export function aggregateDate(dates: DateInterval[]): DateInterval {
  if (dates.length === 0) throw new Error('aggregateDate needs at least one date');
  const start = dates.reduce((m, d) => (d.start > m ? d.start : m), dates[0]!.start);
  const end = dates.reduce((m, d) => (d.end < m ? d.end : m), dates[0]!.end);
  if (start <= end) {
    const exact = dates.find((d) => d.start === start && d.end === end);
    if (exact) return exact;
    return { start, end, precision: 'range', label: labelOfDays(start, end) };
  }
  const lo = dates.reduce((m, d) => (d.start < m ? d.start : m), dates[0]!.start);
  const hi = dates.reduce((m, d) => (d.end > m ? d.end : m), dates[0]!.end);
  const labels = unique(disjointDates(dates).map((d) => d.label)).join(' or ');
  return { start: lo, end: hi, precision: 'range', label: `${labels} (sources differ)` };
}

/** The dates that cannot all be right: each is disjoint from at least one other. */
function disjointDates<T extends { start: string; end: string }>(dates: T[]): T[] {
  return dates.filter((a) => dates.some((b) => !overlaps(a, b)));
}

/**
 * The event status from its claims: a denial beside any other account, or any claim that
 * already reports contradictions, makes it disputed; otherwise the firmest status any source gives.
 */
export function aggregateStatus(statuses: Status[]): Status {
  const set = new Set(statuses);
  if (set.has('disputed')) return 'disputed';
  if (set.has('denied')) return set.size > 1 ? 'disputed' : 'denied';
  return STATUS_IDS.find((s) => set.has(s)) ?? 'reported';
}

function positions(
  citations: Citation[],
  valueOf: (c: Citation) => string,
): ConflictPosition[] {
  const byValue = new Map<string, string[]>();
  for (const c of citations) {
    const v = valueOf(c);
    const list = byValue.get(v) ?? [];
    if (!list.includes(c.source)) list.push(c.source);
    byValue.set(v, list);
  }
  return [...byValue].map(([value, sources]) => ({ value, sources }));
}

/** Names a set of group ids for conflict positions. */
type Namer = (ids: string[]) => string;

/** Disagreements among an event's citations on date, actors, direction and status. */
export function findConflicts(citations: Citation[], directed: boolean, name: Namer): Conflict[] {
  const conflicts: Conflict[] = [];
  // Only claims that exclude another one are sides; vaguer claims compatible with both are not.
  const disjoint = disjointDates(citations.map((c) => ({ ...c.date, citation: c })));
  if (disjoint.length > 0) {
    conflicts.push({
      field: 'date',
      summary: 'Sources give dates that cannot both be right.',
      positions: positions(
        disjoint.map((d) => d.citation),
        (c) => c.date.label,
      ),
    });
  }
  const actorPositions = positions(citations, (c) => name([...c.actors].sort()));
  // A claim without from/to reports a directed event without a side (e.g. a mutual break).
  const side = (c: Citation) =>
    c.from.length > 0 ? `${name(c.from)} → ${name(c.to)}` : `${name(c.actors)} (no direction given)`;
  if (directed) {
    const sides = new Set(citations.filter((c) => c.from.length > 0).map(side));
    if (actorPositions.length > 1) {
      conflicts.push({ field: 'actors', summary: 'Sources name different groups.', positions: positions(citations, side) });
    } else if (sides.size > 1) {
      conflicts.push({
        field: 'direction',
        summary: 'Sources disagree on which side acted.',
        positions: positions(citations, side),
      });
    }
  } else if (actorPositions.length > 1) {
    conflicts.push({ field: 'actors', summary: 'Sources name different groups.', positions: actorPositions });
  }
  // Status is compared source by source: one source's report plus its mention of a confirmation
  // is not a disagreement between sources.
  const bySource = new Map<string, Status[]>();
  for (const c of citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.status]);
  const statusPositions = new Map<Status, string[]>();
  for (const [source, statuses] of bySource) {
    const status = aggregateStatus(statuses);
    statusPositions.set(status, [...(statusPositions.get(status) ?? []), source]);
  }
  if (statusPositions.size > 1) {
    conflicts.push({
      field: 'status',
      summary: 'Sources present it with different certainty.',
      positions: [...statusPositions].map(([value, sources]) => ({ value, sources })),
    });
  }
  return conflicts;
}

/** The side (from → to) most claims give, ties going to the earliest-published source. */
function majoritySide(citations: Citation[], order: Map<string, number>): { from: string[]; to: string[] } {
  const tally = new Map<string, { from: string[]; to: string[]; count: number; first: number }>();
  for (const c of citations) {
    const key = `${c.from.join(',')}>${c.to.join(',')}`;
    const entry = tally.get(key) ?? { from: c.from, to: c.to, count: 0, first: Number.POSITIVE_INFINITY };
    entry.count += 1;
    entry.first = Math.min(entry.first, order.get(c.source) ?? 0);
    tally.set(key, entry);
  }
  const best = [...tally.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0];
  return best ? { from: best.from, to: best.to } : { from: [], to: [] };
}

/**
 * Derives the chronology from a corpus. Validates first and throws a `CorpusError` listing
 * every problem (file, field, fix) so a bad content change fails the build.
 */
export function deriveChronology(corpus: Corpus): Chronology {
  assertValidCorpus(corpus);
  const order = sourceOrder(corpus);
  const groupNames = new Map(corpus.groups.map((g) => [g.id, g.data.shortName]));
  const name: Namer = (ids) => ids.map((id) => groupNames.get(id) ?? id).join(' + ');

  const citationsByEvent = new Map<string, Citation[]>();
  const orderedSources = [...corpus.sources].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  for (const source of orderedSources) {
    const seen = new Map<string, number>();
    source.data.claims.forEach((claim, index) => {
      const nth = (seen.get(claim.event) ?? 0) + 1;
      seen.set(claim.event, nth);
      const from = claim.from ?? [];
      const to = claim.to ?? [];
      const citation: Citation = {
        source: source.id,
        claim: index,
        anchor: claimAnchor(claim.event, nth),
        quote: claim.quote,
        dateText: claim.date.text,
        date: toInterval(claim.date),
        status: claim.status,
        actors: unique([...(claim.actors ?? []), ...from, ...to]),
        from,
        to,
      };
      if (claim.date.basis) citation.dateBasis = claim.date.basis;
      if (claim.place) citation.place = claim.place;
      if (claim.attribution) citation.attribution = claim.attribution;
      if (claim.note) citation.note = claim.note;
      const list = citationsByEvent.get(claim.event) ?? [];
      list.push(citation);
      citationsByEvent.set(claim.event, list);
    });
  }

  const typeOf = new Map<string, keyof typeof EVENT_TYPES>();
  for (const s of corpus.sources) for (const c of s.data.claims) typeOf.set(c.event, c.type);

  // An event key no claim cites is a warning (see corpusWarnings), and not an event: nothing enters that no source reports.
  const events: ChronologyEvent[] = corpus.events.filter((entry) => citationsByEvent.has(entry.id)).map((entry) => {
    const citations = citationsByEvent.get(entry.id)!;
    const type = typeOf.get(entry.id)!;
    const info = EVENT_TYPES[type];
    const { from, to } = info.directed
      ? majoritySide(citations.filter((c) => c.from.length > 0), order)
      : { from: [], to: [] };
    return {
      id: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      type,
      family: info.family,
      relationship: info.relationship,
      directed: info.directed,
      date: aggregateDate(citations.map((c) => c.date)),
      actors: unique([...from, ...to, ...citations.flatMap((c) => c.actors)]),
      from,
      to,
      status: aggregateStatus(citations.map((c) => c.status)),
      places: unique(citations.flatMap((c) => (c.place ? [c.place] : []))),
      sources: citations,
      conflicts: findConflicts(citations, info.directed, name),
    };
  });
  events.sort(compareEvents);

  const eventsByGroup = new Map<string, string[]>();
  for (const e of events) {
    for (const a of e.actors) {
      const list = eventsByGroup.get(a);
      if (list) list.push(e.id);
      else eventsByGroup.set(a, [e.id]);
    }
  }
  const childrenOf = new Map<string, string[]>();
  for (const g of corpus.groups) {
    if (g.data.parent) childrenOf.set(g.data.parent, [...(childrenOf.get(g.data.parent) ?? []), g.id]);
  }
  const groups: ChronologyGroup[] = [...corpus.groups]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((g) => ({
      id: g.id,
      ...g.data,
      children: (childrenOf.get(g.id) ?? []).sort(),
      events: eventsByGroup.get(g.id) ?? [],
    }));

  const position = new Map(events.map((e, i) => [e.id, i]));
  const sources: ChronologySource[] = orderedSources.map((s) => ({
    id: s.id,
    ...s.data,
    events: unique(s.data.claims.map((c) => c.event)).sort((a, b) => position.get(a)! - position.get(b)!),
  }));

  return { events, groups, sources };
}
