/**
 * Claims → events. Every claim that names an event key contributes a citation; the event's
 * date, actors, direction and support are derived from them, and disagreements between claims
 * are kept as conflicts rather than resolved silently.
 *
 * Design note (the evidence model, issue 8). A claim is one article's account of one event:
 * how the article *presents* it (stated, reported, alleged, speculative, disputed, denied), who
 * originally said it and through which chain (provenance), when (a date no tighter than the
 * article, flagged `inferred` where we resolved relative wording), who took part and at what
 * level (organisation, local unit, individual), where (one place id) and whom it names (people).
 * An event is never more certain than its evidence:
 * - support is derived from presentation and provenance, never the firmest status (support.ts);
 *   independent origins are counted next to citing articles;
 * - a direction is given only when every source gives the same one (sides that differ only as a
 *   local unit and its own organisation count as one); otherwise each side is kept in a direction
 *   or actors conflict (no majority rule);
 * - the date is the intersection of the *dated* claims; undated claims (bounds only) never
 *   narrow, widen or move it, and are used only when no claim dates the event; an inferred window
 *   never narrows a date an article states; disjoint dates give a union and a date conflict;
 * - differing accounts of what happened are a `what` conflict, attributed like the others;
 * - groups are named as they were at the event's date (names.ts), titles aside.
 */
import { approximate, labelOfDays, overlaps, toInterval } from './dates';
import { nameAt } from './names';
import { attributionOf, deriveSupport, independentOrigins, provenanceOf } from './support';
import type {
  ActorRef,
  Chronology,
  ChronologyEvent,
  ChronologyGroup,
  ChronologyPerson,
  ChronologyPlace,
  ChronologySource,
  Citation,
  Conflict,
  ConflictPosition,
  Corpus,
  DateInterval,
  GroupData,
  Party,
} from './types';
import { EVENT_TYPES, LEVEL_IDS, STATUS_LABELS, type Level, type Status } from './vocabulary';
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

/** True for an interval that dates an event (any precision but `undated`). */
export function isDated(d: Pick<DateInterval, 'precision'>): boolean {
  return d.precision !== 'undated';
}

/**
 * The event date from its claims' intervals. Only dated claims count; undated ones (bounds
 * only) are compatible with any date and are used only when no claim dates the event. Agreeing
 * intervals give their intersection (the most precise reading every source allows); an open span
 * ("still going on") does not cap the end of the others; disjoint ones give their union, as a
 * range labelled "… or … (sources differ)". The result is `inferred` (shown as approximate)
 * when the claims that set its start or its end are all editorial readings.
 */
export function aggregateDate(all: DateInterval[]): DateInterval {
  if (all.length === 0) throw new Error('aggregateDate needs at least one date');
  const dated = all.filter(isDated);
  // An editorial reading never narrows what an article states: when the dates the articles give
  // agree and every inferred window is compatible with them, the event takes the stated date
  // (a "three-year-old insurgency", read as mid-2010 to mid-2011, does not cut "since 2011" to
  // January–June 2011). An inferred window that excludes the stated date still spans and conflicts.
  const firm = dated.filter((d) => !d.inferred);
  if (firm.length > 0 && firm.length < dated.length && disjointDates(firm).length === 0) {
    const stated = aggregateDate(firm);
    if (dated.every((d) => !d.inferred || !apart(d, stated))) return stated;
  }
  const dates = dated.length > 0 ? dated : all;
  // An interval without a lower bound does not constrain the start.
  const bounded = dates.filter((d) => !d.openStart);
  const start = bounded.reduce((m, d) => (d.start > m ? d.start : m), bounded[0]?.start ?? '');
  const closed = dates.filter((d) => !d.open);
  const endPool = closed.length > 0 ? closed : dates;
  const end =
    closed.length > 0
      ? closed.reduce((m, d) => (d.end < m ? d.end : m), closed[0]!.end)
      : dates.reduce((m, d) => (d.end > m ? d.end : m), dates[0]!.end);
  if (start === '') {
    // Nothing bounds it from below: not after the earliest upper bound.
    const bound = dates.find((d) => d.end === end)!;
    return withInferred({ start: end, end, precision: 'undated', openStart: true, label: bound.label.replace(/^about /, '').replace(/^undated, roughly /, 'undated, ') }, bound.inferred === true);
  }
  if (start <= end) {
    const inferred =
      bounded.filter((d) => d.start === start).every((d) => d.inferred) ||
      endPool.filter((d) => d.end === end).every((d) => d.inferred);
    const exact = dates.find((d) => d.start === start && d.end === end && (closed.length > 0 ? !d.open : true));
    if (exact) return exact.inferred === inferred ? exact : withInferred(exact, inferred);
    if (closed.length === 0) {
      // Only open spans: from the latest start, still going on at the latest report.
      const opener = dates.find((d) => d.end === end)!;
      return withInferred({ ...opener, start, label: opener.label.replace(/^from [^,]+/, `from ${labelOfDays(start, start)}`) }, inferred);
    }
    const precision = dates.every((d) => d.precision === 'undated') ? 'undated' : 'range';
    const label = precision === 'undated' ? `undated, between ${labelOfDays(start, start)} and ${labelOfDays(end, end)}` : labelOfDays(start, end);
    return withInferred({ start, end, precision, label }, inferred);
  }
  const lo = dates.reduce((m, d) => (d.start < m ? d.start : m), dates[0]!.start);
  const hi = dates.reduce((m, d) => (d.end > m ? d.end : m), dates[0]!.end);
  const labels = unique(disjointDates(dates).map((d) => d.label)).join(' or ');
  return { start: lo, end: hi, precision: 'range', label: `${labels} (sources differ)` };
}

function withInferred(d: DateInterval, inferred: boolean): DateInterval {
  const { inferred: _drop, ...rest } = d;
  const bare = rest.label.replace(/^about /, '').replace(/^undated, roughly /, 'undated, ');
  return inferred ? { ...rest, inferred: true, label: approximate(bare) } : { ...rest, label: bare };
}

/** True when two dates cannot both be right: they share no day, and neither is an open span that may run on to the other. */
function apart(a: DateInterval, b: DateInterval): boolean {
  return !overlaps(a, b) && !(a.open && b.start > a.end) && !(b.open && a.start > b.end);
}

/** The dates that cannot all be right: each is disjoint from at least one other (an open span may run on). */
function disjointDates<T extends DateInterval>(dates: T[]): T[] {
  return dates.filter((a) => dates.some((b) => apart(a, b)));
}

/**
 * One source's presentation of an event when it has several claims on it: a denial beside any
 * other account, or a claim that already reports contradictions, is disputed; otherwise the
 * source's most affirming wording. Used to compare sources, never to set an event's support.
 */
export function sourcePresentation(statuses: Status[]): Status {
  const set = new Set(statuses);
  if (set.has('disputed')) return 'disputed';
  if (set.has('denied')) return set.size > 1 ? 'disputed' : 'denied';
  return (['stated', 'reported', 'alleged', 'speculative'] as const).find((s) => set.has(s)) ?? 'reported';
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

/**
 * Disagreements among an event's citations: on the date (dated claims only), the groups, the
 * direction (each side, including "no direction given", with its sources), the presentation
 * (source by source) and what happened (differing `account`s).
 */
export function findConflicts(citations: Citation[], directed: boolean, name: Namer, parentOf: ParentOf = noParents): Conflict[] {
  const conflicts: Conflict[] = [];
  // Only dated claims that exclude another one are sides; vaguer or undated claims are not.
  const disjoint = disjointDates(citations.filter((c) => isDated(c.date)).map((c) => ({ ...c.date, citation: c })));
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
    const sides = new Set(citations.map(side));
    if (actorPositions.length > 1) {
      const levelOnly = unanimousSide(citations, parentOf).from.length > 0;
      conflicts.push({
        field: 'actors',
        summary: levelOnly
          ? 'Sources name the acting party at different levels (a local unit or its own organisation); all give the same direction.'
          : 'Sources name different groups or levels as the parties.',
        positions: positions(citations, side),
      });
    } else if (sides.size > 1) {
      conflicts.push({
        field: 'direction',
        summary: 'Sources disagree on which side acted, so the event has no single direction.',
        positions: positions(citations, side),
      });
    }
  } else if (actorPositions.length > 1) {
    conflicts.push({ field: 'actors', summary: 'Sources name different groups.', positions: actorPositions });
  }
  // Presentation is compared source by source: one source's report plus its mention of a claimed
  // confirmation is not a disagreement between sources.
  const bySource = new Map<string, Status[]>();
  for (const c of citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.status]);
  const statusPositions = new Map<Status, string[]>();
  for (const [source, statuses] of bySource) {
    const status = sourcePresentation(statuses);
    statusPositions.set(status, [...(statusPositions.get(status) ?? []), source]);
  }
  if (statusPositions.size > 1) {
    conflicts.push({
      field: 'status',
      summary: 'Sources present it with different certainty.',
      positions: [...statusPositions].map(([value, sources]) => ({ value: STATUS_LABELS[value], sources })),
    });
  }
  const accounts = citations.filter((c) => c.account);
  if (new Set(accounts.map((c) => c.account)).size > 1) {
    conflicts.push({
      field: 'what',
      summary: 'Sources describe what happened differently.',
      positions: positions(accounts, (c) => c.account!),
    });
  }
  return conflicts;
}

/** Parent of a group id (content/groups `parent`), or undefined; used to tell a unit from its organisation. */
export type ParentOf = (group: string) => string | undefined;

const noParents: ParentOf = () => undefined;

/**
 * The one side (from → to) every citation gives, or none when any differs or gives no direction
 * (no majority rule). Sides that differ only in level are one side: when every citation names the
 * same target, and the acting groups differ only as a local unit and its own organisation
 * (`parentOf`, followed up the chain), the event keeps the direction, with every acting group any
 * citation names, in citation order; the level disagreement stays an actors conflict.
 */
export function unanimousSide(
  citations: readonly Pick<Citation, 'from' | 'to'>[],
  parentOf: ParentOf = noParents,
): { from: string[]; to: string[] } {
  const none = { from: [], to: [] };
  const key = (ids: readonly string[]) => [...new Set(ids)].sort().join(',');
  const first = citations[0];
  if (!first || !citations.every((c) => c.from.length > 0 && key(c.to) === key(first.to))) return none;
  if (citations.every((c) => key(c.from) === key(first.from))) return { from: [...first.from], to: [...first.to] };
  const acting = unique(citations.flatMap((c) => c.from));
  // Each acting group read at the widest level any citation names: a unit whose own organisation
  // (or an ancestor of it) also acts in another citation counts as that organisation.
  const widest = (id: string): string => {
    let top = id;
    const seen = new Set([id]);
    for (let p = parentOf(id); p !== undefined && !seen.has(p); p = parentOf(p)) {
      seen.add(p);
      if (acting.includes(p)) top = p;
    }
    return top;
  };
  const sideKey = (c: Pick<Citation, 'from'>) => key(c.from.map(widest));
  return citations.every((c) => sideKey(c) === sideKey(first)) ? { from: acting, to: [...first.to] } : none;
}

/** Resolves an actor reference against the groups: group id, level (defaulting from the record's kind), person, label. */
export function resolveActor(
  ref: ActorRef,
  role: Party['role'],
  groups: ReadonlyMap<string, Pick<GroupData, 'kind'>>,
): Party {
  const obj = typeof ref === 'string' ? { group: ref } : ref;
  const kind = groups.get(obj.group)?.kind;
  const level: Level = obj.level ?? (obj.person ? 'individual' : kind === 'local-unit' ? 'local-unit' : 'organisation');
  // Named when it is the organisation itself, a local-unit record, or a person record.
  const unnamed = !obj.person && level !== 'organisation' && !(level === 'local-unit' && kind === 'local-unit' && !obj.label);
  return {
    group: obj.group,
    role,
    level,
    ...(obj.person ? { person: obj.person } : {}),
    ...(obj.label ? { label: obj.label } : {}),
    unnamed,
  };
}

/**
 * Derives the chronology from a corpus. Validates first and throws a `CorpusError` listing
 * every problem (file, field, fix) so a bad content change fails the build.
 */
export function deriveChronology(corpus: Corpus): Chronology {
  assertValidCorpus(corpus);
  const order = sourceOrder(corpus);
  const groupData = new Map(corpus.groups.map((g) => [g.id, g.data]));
  const parentOf: ParentOf = (id) => groupData.get(id)?.parent;

  const citationsByEvent = new Map<string, Citation[]>();
  const viaByCitation = new Map<Citation, string[] | undefined>();
  const orderedSources = [...corpus.sources].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  for (const source of orderedSources) {
    const seen = new Map<string, number>();
    source.data.claims.forEach((claim, index) => {
      const nth = (seen.get(claim.event) ?? 0) + 1;
      seen.set(claim.event, nth);
      const parties = [
        ...(claim.from ?? []).map((r) => resolveActor(r, 'from', groupData)),
        ...(claim.to ?? []).map((r) => resolveActor(r, 'to', groupData)),
        ...(claim.actors ?? []).map((r) => resolveActor(r, 'with', groupData)),
      ];
      const from = unique(parties.filter((p) => p.role === 'from').map((p) => p.group));
      const to = unique(parties.filter((p) => p.role === 'to').map((p) => p.group));
      const provenance = provenanceOf(claim, source);
      const citation: Citation = {
        source: source.id,
        claim: index,
        anchor: claimAnchor(claim.event, nth),
        quote: claim.quote,
        dateText: claim.date.text,
        date: toInterval(claim.date),
        status: claim.status,
        actors: unique([
          ...parties.filter((p) => p.role === 'with').map((p) => p.group),
          ...from,
          ...to,
        ]),
        from,
        to,
        parties,
        people: unique([...(claim.people ?? []), ...parties.flatMap((p) => (p.person ? [p.person] : []))]),
        provenance,
        attribution: attributionOf(provenance, claim.via),
      };
      if (claim.date.basis) citation.dateBasis = claim.date.basis;
      if (claim.date.reportDate) citation.reportDate = toInterval({ text: claim.date.reportDate, ...dateForm(claim.date.reportDate) });
      if (claim.place) citation.place = claim.place;
      if (claim.account) citation.account = claim.account;
      if (claim.note) citation.note = claim.note;
      viaByCitation.set(citation, claim.via);
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
    const date = aggregateDate(citations.map((c) => c.date));
    const day = date.start;
    const names: ChronologyEvent['names'] = {};
    const actors = unique(citations.flatMap((c) => c.actors));
    for (const id of actors) {
      const g = groupData.get(id);
      if (g) names[id] = nameAt(g, day);
    }
    const name: Namer = (ids) => ids.map((id) => names[id]?.name ?? groupData.get(id)?.name ?? id).join(' + ');
    const { from, to } = info.directed ? unanimousSide(citations, parentOf) : { from: [], to: [] };
    const origins = independentOrigins(
      citations,
      citations.map((c) => viaByCitation.get(c)),
    );
    const levels = LEVEL_IDS.filter((l) => citations.some((c) => c.parties.some((p) => p.level === l)));
    return {
      id: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      type,
      family: info.family,
      relationship: info.relationship,
      directed: info.directed,
      date,
      actors: unique([...from, ...to, ...actors]),
      from,
      to,
      levels,
      support: deriveSupport(citations, origins.length),
      origins,
      articles: new Set(citations.map((c) => c.source)).size,
      places: unique(citations.flatMap((c) => (c.place ? [c.place] : []))),
      people: unique(citations.flatMap((c) => c.people)),
      names,
      sources: citations,
      conflicts: findConflicts(citations, info.directed, name, parentOf),
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

  const people: ChronologyPerson[] = [...(corpus.people ?? [])]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => ({ id: p.id, ...p.data, events: events.filter((e) => e.people.includes(p.id)).map((e) => e.id) }));

  // A place lists the events placed there or in a place within it (a town's events show on its province).
  const within = new Map((corpus.places ?? []).map((p) => [p.id, p.data.within]));
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let next = within.get(id); next && !out.includes(next); next = within.get(next)) out.push(next);
    return out;
  };
  const places: ChronologyPlace[] = [...(corpus.places ?? [])]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => ({
      id: p.id,
      ...p.data,
      events: events.filter((e) => e.places.some((x) => x === p.id || ancestors(x).includes(p.id))).map((e) => e.id),
    }));

  return { events, groups, sources, people, places };
}

/** The claim-date form of a bare date value (for report dates). */
function dateForm(value: string): { day: string } | { month: string } | { year: string } {
  return value.length === 10 ? { day: value } : value.length === 7 ? { month: value } : { year: value };
}
