/**
 * A group's relationships, read off the relationship events it takes part in: who it pledged
 * to, split from, merged with, made truces with, by period. Direction is kept: a pledge reads
 * "pledged allegiance to" from the pledging side and "received a pledge from" from the other.
 */
import type { Chronology, ChronologyEvent } from './types';
import type { EventType, Support } from './vocabulary';

/** One relationship of a group with another, through one event. */
export interface Relationship {
  /** Reader-facing phrase from this group's side, qualified by the event's support ("reportedly cooperated with"). */
  verb: string;
  /** The other group(s). */
  others: string[];
  event: string;
  /** Year or span of years, for grouping by period. */
  period: string;
  /** How the group took part: acting, acted towards, or undirected. */
  role: 'from' | 'to' | 'with';
  /** The event's support, which qualifies the phrase. */
  support: Support;
  /** Set when the group takes part through one of its units rather than itself. */
  via?: string;
}

/**
 * A relationship phrase qualified by the event's support, so a status is never dropped: "possibly
 * made a truce or agreement with" (hedged), "reportedly cooperated with" (one origin, reported
 * only), "pledged allegiance to … (contested)", "… (by its own or a partisan account)", "… (denied)".
 */
export function qualify(verb: string, event: Pick<ChronologyEvent, 'support' | 'sources'>): string {
  switch (event.support) {
    case 'hedged':
      return `possibly ${verb}`;
    case 'contested':
      return `${verb} (contested)`;
    case 'denied':
      return `${verb} (denied)`;
    case 'party-claim':
      return `${verb} (by its own or a partisan account)`;
    case 'single-origin':
      return event.sources.some((c) => c.status === 'stated') ? verb : `reportedly ${verb}`;
    default:
      return verb;
  }
}

const VERBS: Partial<Record<EventType, { from: string; to: string; with: string }>> = {
  pledge: { from: 'pledged allegiance to', to: 'received a pledge of allegiance from', with: 'pledge involving' },
  recognition: { from: 'recognised as its affiliate', to: 'was recognised as an affiliate by', with: 'recognition involving' },
  merger: { from: 'moved to merge with or join', to: 'was the object of a merger move by', with: 'merger involving' },
  split: { from: 'broke with', to: 'was disowned by', with: 'split with' },
  rejection: { from: 'refused', to: 'was refused by', with: 'refusal involving' },
  declaration: { from: 'declared against', to: 'was targeted by a declaration of', with: 'declaration involving' },
  accusation: { from: 'accused', to: 'was accused by', with: 'exchanged accusations with' },
  rivalry: { from: 'competed with', to: 'competed with', with: 'competed with' },
  ties: { from: 'had ties with', to: 'had ties with', with: 'had ties with' },
  membership: { from: 'was a member of', to: 'counted as a member', with: 'was in a coalition with' },
  truce: { from: 'made a truce or agreement with', to: 'made a truce or agreement with', with: 'made a truce or agreement with' },
  cooperation: { from: 'cooperated with', to: 'cooperated with', with: 'cooperated with' },
  talks: { from: 'held talks with', to: 'held talks with', with: 'held talks with' },
  clash: { from: 'fought', to: 'fought', with: 'fought' },
};

/** "2014", or "2013–2014" when the event's interval spans years. */
export function periodOf(event: ChronologyEvent): string {
  const a = event.date.start.slice(0, 4);
  const b = event.date.end.slice(0, 4);
  return a === b ? a : `${a}–${b}`;
}

/**
 * Relationships of `groupId`, including those of its direct units (marked `via`), in
 * chronological order.
 */
export function relationshipsOf(chronology: Chronology, groupId: string): Relationship[] {
  const group = chronology.groups.find((g) => g.id === groupId);
  if (!group) return [];
  const members = [groupId, ...group.children];
  const out: Relationship[] = [];
  for (const event of chronology.events) {
    const verbs = VERBS[event.type];
    if (!verbs || !event.relationship) continue;
    const present = members.filter((m) => event.actors.includes(m));
    if (present.length === 0) continue;
    // The side every claim naming a member gives it (no majority reading): acting, acted
    // towards, or neither when claims differ or give no direction.
    const naming = event.sources.filter((c) => c.actors.some((a) => members.includes(a)));
    const onFrom = naming.every((c) => c.from.some((a) => members.includes(a)));
    const onTo = naming.every((c) => c.to.some((a) => members.includes(a)));
    const sideMembers = (c: (typeof naming)[number]) => (onFrom ? c.from : onTo ? c.to : c.actors).filter((a) => members.includes(a));
    const involved = [...new Set(naming.flatMap(sideMembers))];
    const member = involved.includes(groupId) ? groupId : (involved[0] ?? present[0]!);
    const via = member === groupId ? undefined : member;
    let role: Relationship['role'];
    let others: string[];
    if (event.directed && onFrom && !onTo) {
      role = 'from';
      others = [...new Set(naming.flatMap((c) => c.to))];
    } else if (event.directed && onTo && !onFrom) {
      role = 'to';
      others = [...new Set(naming.flatMap((c) => c.from))];
    } else {
      role = 'with';
      others = event.actors.filter((a) => a !== member);
    }
    // A unit's dealings with its own parent are internal affairs, not a relationship.
    others = others.filter((o) => !members.includes(o));
    if (others.length === 0) continue;
    out.push({
      verb: qualify(verbs[role], event),
      others,
      event: event.id,
      period: periodOf(event),
      role,
      support: event.support,
      ...(via ? { via } : {}),
    });
  }
  return out;
}
