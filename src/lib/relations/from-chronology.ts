/**
 * The chronology as the relationship layer reads it: the one place that knows the evidence
 * model's shape, so the rules in derive.ts stay independent of it.
 *
 * - Actors are taken at their level. A named person (a leader, a spokesman) and an unnamed
 *   individual the article describes as representing a leadership (officials, envoys, "the
 *   leadership") act for their group; other unnamed individuals (a commander, local commanders)
 *   do not: a tie reported only between them is local, drawn between the organisations only
 *   when a reader rolls local ties up.
 * - Where some articles name an organisation and others one of its local units for the same
 *   act, the tie is coded to the unit, the more specific reading (the organisation-level one is
 *   what a roll-up shows), and carries the disagreement.
 * - A directed event whose articles give different sides, or no side, is undirected.
 * - Founding and renaming claims may give sides: a founding from the founder to the group
 *   founded; a renaming from the group renamed to the group it distances itself from.
 * - Membership runs from the member to the coalition (group records of kind "coalition").
 * - Status words come from support and presentation: contested → "disputed"; hedged → "alleged"
 *   ("speculative" when every account speculates); otherwise "stated" when every account states
 *   it, else "reported". Denied reports and pure speculation open nothing.
 * - An event happened by the time the first article citing it was published: its window is cut
 *   there. An event with no lower bound at all is placed at its first report (a tie reported
 *   without a date is drawn from its report, not from the beginning of time).
 */
import { toInterval } from '../chronology/dates';
import { deriveSupport } from '../chronology/support';
import type { Chronology, ChronologyEvent, Citation, DateInterval, Party } from '../chronology/types';
import { deriveRelations } from './derive';
import { pairKey } from './pair';
import type { ClaimRef, EventConflict, RelationEvent, RelationGroup, RelationLayer } from './types';

/** Groups at their level: local units are local, with the organisation they are a unit of. */
export function relationGroups(chronology: Pick<Chronology, 'groups'>): RelationGroup[] {
  return chronology.groups.map((g) =>
    g.kind === 'local-unit'
      ? { id: g.id, level: 'local' as const, ...(g.parent ? { unitOf: g.parent } : {}) }
      : { id: g.id, level: 'organisation' as const },
  );
}

/** Unnamed individuals described this way act for their group's leadership. */
const REPRESENTS = /\b(represent\w*|envoys?|officials?|leadership|spokes\w*|delegat\w*)\b/i;

/** True when a party acts for its group: any group-level party, a named person, or a leadership's representative. */
export function actsForGroup(p: Pick<Party, 'level' | 'person' | 'label'>): boolean {
  if (p.level !== 'individual') return true;
  if (p.person) return true;
  return REPRESENTS.test(p.label ?? '');
}

const claimsOf = (e: ChronologyEvent): ClaimRef[] =>
  e.sources.map((c) => ({
    source: c.source,
    anchor: c.anchor,
    quote: c.quote,
    status: c.status,
    dateText: c.dateText,
  }));

/** The status word of an event, from its support and its claims' presentation. */
export function statusWord(e: Pick<ChronologyEvent, 'support'> & { sources: Pick<Citation, 'status'>[] }): string {
  const statuses = e.sources.map((c) => c.status as string);
  switch (e.support) {
    case 'denied':
      return 'denied';
    case 'contested':
      return 'disputed';
    case 'hedged':
      return statuses.every((s) => s === 'speculative') ? 'speculative' : 'alleged';
    default:
      return statuses.every((s) => s === 'stated') ? 'stated' : 'reported';
  }
}

/** One claim's sides, at group level, with the unit-for-organisation substitution applied. */
export interface Sides {
  from: string[];
  to: string[];
  with: string[];
  /** Descriptions of unnamed members, where a side is only such members. */
  members: string[];
}

function sidesOf(c: Citation, unitFor: (id: string) => string): Sides {
  const out: Sides = { from: [], to: [], with: [], members: [] };
  for (const p of c.parties) {
    const id = unitFor(p.group);
    if (!out[p.role].includes(id)) out[p.role].push(id);
    if (!actsForGroup(p)) out.members.push(p.label ?? 'an unnamed member');
  }
  return out;
}

/**
 * The event's independent origin a counting citation belongs to (the chronology grouped them,
 * wire chains included): the origin keyed like the citation's own, else the one listing its source.
 */
function originOf(c: Citation, origins: ChronologyEvent['origins']): string | undefined {
  const key = c.provenance.origin.key;
  return (origins.find((o) => o.key === key) ?? origins.find((o) => o.sources.includes(c.source)))?.key;
}

/**
 * Status and support of each tie an event can open, from only the claims that name both groups
 * (for a directed tie, the claims giving that direction): key `x>y` (claim order, from → to) or
 * the pair key. An article that names one group alone says nothing about the tie.
 */
export function tieSupportOf(
  e: ChronologyEvent,
  sides: readonly Sides[],
): Record<string, { status: string; support: string }> {
  const out: Record<string, { status: string; support: string }> = {};
  const put = (key: string, claims: Citation[]) => {
    if (claims.length === 0) return;
    const origins = new Set(claims.filter((c) => c.provenance.counts).map((c) => originOf(c, e.origins)));
    origins.delete(undefined);
    const support = deriveSupport(claims, origins.size);
    out[key] = { status: statusWord({ support, sources: claims }), support };
  };
  const all = (s: Sides) => [...s.from, ...s.to, ...s.with];
  const actors = [...new Set(sides.flatMap(all))];
  for (const x of actors)
    for (const y of actors) {
      if (x === y) continue;
      put(
        `${x}>${y}`,
        e.sources.filter((_, i) => sides[i]!.from.includes(x) && sides[i]!.to.includes(y)),
      );
      if (x < y) put(pairKey(x, y), e.sources.filter((_, i) => all(sides[i]!).includes(x) && all(sides[i]!).includes(y)));
    }
  return out;
}

/** The window of an event, cut at the earliest publication of the articles citing it. */
function reportedWindow(e: ChronologyEvent, published: ReadonlyMap<string, string>): DateInterval {
  const first = e.sources
    .map((c) => published.get(c.source))
    .filter((d): d is string => !!d)
    .sort()[0];
  let date: DateInterval = e.date;
  if (first && date.end > first && date.start <= first)
    date = { ...date, end: first, label: `${date.label}, reported by ${toLabel(first)}` };
  // With no lower bound, a tie is drawn from its first report, not from the beginning of time.
  if (date.openStart) date = { ...date, start: date.end };
  return date;
}

const toLabel = (day: string) => toInterval({ text: day, day }).label;

/** One chronology event as the layer reads it. */
export function toRelationEvent(
  e: ChronologyEvent,
  context: {
    unitOf: ReadonlyMap<string, string>;
    kinds: ReadonlyMap<string, string>;
    published: ReadonlyMap<string, string>;
    /** Group id → the parent its record files it under. */
    parents: ReadonlyMap<string, string>;
  },
): RelationEvent {
  // Organisations named by some articles where others name one of their units: the unit.
  const named = new Set(e.sources.flatMap((c) => c.parties.map((p) => p.group)));
  const unitFor = (id: string) => [...named].find((n) => context.unitOf.get(n) === id) ?? id;
  const sides = e.sources.map((c) => sidesOf(c, unitFor));
  const actors = [...new Set(sides.flatMap((s) => [...s.from, ...s.to, ...s.with]))];
  const members = [...new Set(sides.flatMap((s) => s.members))];
  // Every article gives the act only through unnamed members on some side: the tie is local.
  const throughMembers = sides.every((s) => s.members.length > 0);
  const positions = new Set(
    sides.map((s) => (s.from.length > 0 ? `${[...s.from].sort()}>${[...s.to].sort()}` : 'none')),
  );
  const withSides = sides.filter((s) => s.from.length > 0);
  let from: string[] = [];
  let to: string[] = [];
  let contested = false;
  const conflicts: EventConflict[] = e.conflicts.map((c) => ({
    field: c.field,
    summary: c.summary,
    positions: c.positions,
  }));
  if (e.directed && e.type !== 'membership') {
    contested = positions.size !== 1 || positions.has('none');
    if (!contested) [from, to] = [withSides[0]!.from, withSides[0]!.to];
  } else if (e.type === 'membership') {
    to = actors.filter((a) => context.kinds.get(a) === 'coalition');
    from = actors.filter((a) => !to.includes(a));
    if (to.length > 1 && from.length > 0)
      conflicts.push({
        field: 'actors',
        summary: 'The article names more than one coalition without saying which the group belonged to.',
        positions: to.map((t) => ({ value: t, sources: [...new Set(e.sources.map((c) => c.source))] })),
      });
  }
  const status = statusWord(e);
  const out: RelationEvent = {
    id: e.id,
    title: e.title,
    type: e.type,
    date: reportedWindow(e, context.published),
    actors,
    from,
    to,
    directionContested: contested,
    status,
    support: e.support,
    conflicts,
    claims: claimsOf(e),
    tieSupport: tieSupportOf(e, sides),
  };
  if (e.support === 'denied') out.weak = 'denied';
  else if (status === 'speculative') out.weak = 'speculative';
  if (throughMembers && members.length > 0) out.through = members;
  // In an event with more than two groups, a group and its own branch (or two branches of one
  // group) are named together, not tied to each other: "al-Qaeda and its branches AQAP and AQIM".
  if (actors.length > 2) {
    const parent = (id: string) => context.parents.get(id);
    const skip = actors.flatMap((x, i) =>
      actors
        .slice(i + 1)
        .filter((y) => parent(x) === y || parent(y) === x || (parent(x) !== undefined && parent(x) === parent(y)))
        .map((y) => pairKey(x, y)),
    );
    if (skip.length > 0) out.skipPairs = skip;
  }
  if (e.type === 'founding') {
    const founded = [...new Set(withSides.flatMap((s) => s.to))];
    const founders = [...new Set(withSides.flatMap((s) => s.from))];
    if (founded.length === 1 && founders.length > 0) Object.assign(out, { founded: founded[0], founders });
  }
  if (e.type === 'renaming') {
    const away = [...new Set(withSides.flatMap((s) => s.to))];
    if (away.length > 0) out.awayFrom = away;
  }
  return out;
}

/** The relationship layer of a chronology. */
export function relationsOf(chronology: Chronology): RelationLayer {
  const groups = relationGroups(chronology);
  const context = {
    unitOf: new Map(groups.filter((g) => g.unitOf).map((g) => [g.id, g.unitOf!])),
    kinds: new Map(chronology.groups.map((g) => [g.id, g.kind as string])),
    published: new Map(chronology.sources.map((s) => [s.id, toInterval(s.published).start])),
    parents: new Map(chronology.groups.filter((g) => g.parent).map((g) => [g.id, g.parent!])),
  };
  const events = chronology.events
    .filter((e) => e.relationship || e.type === 'founding' || e.type === 'renaming')
    .map((e) => toRelationEvent(e, context));
  return deriveRelations(events, groups);
}
