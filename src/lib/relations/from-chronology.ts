/**
 * The chronology as the relationship layer reads it: each relationship event with its sides
 * (none where sources contest the direction), status and support, and whether it can open
 * anything at all; each group with its level. The one place that knows the evidence model's
 * shape, so the rules in derive.ts stay independent of it.
 */
import type { Chronology, ChronologyEvent } from '../chronology/types';
import { deriveRelations } from './derive';
import type { ClaimRef, RelationEvent, RelationGroup, RelationLayer } from './types';

/** Groups at their level: local units are local, with the organisation they are a unit of. */
export function relationGroups(chronology: Chronology): RelationGroup[] {
  return chronology.groups.map((g) =>
    g.kind === 'local-unit'
      ? { id: g.id, level: 'local' as const, ...(g.parent ? { unitOf: g.parent } : {}) }
      : { id: g.id, level: 'organisation' as const },
  );
}

const claimsOf = (e: ChronologyEvent): ClaimRef[] =>
  e.sources.map((c) => ({ source: c.source, anchor: c.anchor, quote: c.quote, status: c.status, dateText: c.dateText }));

/** Why an event can open nothing: every account denies it, or it is only speculation. */
function weakness(e: ChronologyEvent): RelationEvent['weak'] {
  const statuses = new Set(e.sources.map((c) => c.status));
  if (e.status === 'denied' || (statuses.size === 1 && statuses.has('denied'))) return 'denied';
  if ([...statuses].every((s) => s === 'speculative')) return 'speculative';
  return undefined;
}

/** One chronology event as the layer reads it. */
export function toRelationEvent(e: ChronologyEvent): RelationEvent {
  const contested = e.directed && (e.conflicts.some((c) => c.field === 'direction') || e.from.length === 0);
  const weak = weakness(e);
  const out: RelationEvent = {
    id: e.id,
    title: e.title,
    type: e.type,
    date: e.date,
    actors: e.actors,
    from: contested ? [] : e.from,
    to: contested ? [] : e.to,
    directionContested: contested,
    status: e.status,
    support: e.status,
    conflicts: e.conflicts,
    claims: claimsOf(e),
  };
  if (weak) out.weak = weak;
  return out;
}

/** The relationship layer of a chronology. */
export function relationsOf(chronology: Chronology): RelationLayer {
  return deriveRelations(chronology.events.map(toRelationEvent), relationGroups(chronology));
}
