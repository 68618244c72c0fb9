/**
 * Reader-facing wording of periods: a verb from one group's side, qualified by how the sources
 * present the tie ("was reportedly allied with (disputed)"), and a sentence for the state of a
 * period on a day. Pure; pages, the network's table and its details panel share it.
 */
import type { RelationKind } from './kinds';
import type { DayState } from './period';
import type { Link, Period } from './types';

/** A group's role in a period: the acting side, the side acted towards, or either side of an undirected tie. */
export type Role = 'from' | 'to' | 'with';

const VERBS: Record<RelationKind, Record<Role, string>> = {
  affiliation: {
    from: 'was affiliated to',
    to: 'had as its affiliate',
    with: 'was tied by affiliation (direction disputed) to',
  },
  alliance: { from: 'was allied with', to: 'was allied with', with: 'was allied with' },
  // The sources report merger announcements and attempts, not settled mergers: "from" is the group
  // announced as absorbed, "to" the group announcing it.
  merger: {
    from: 'was announced as merged into',
    to: 'announced a merger absorbing',
    with: 'was in a merger with',
  },
  // "from" cut the ties (disowned, or broke away): the other side only had its ties cut, whichever it was.
  split: { from: 'broke with', to: 'had its ties cut by', with: 'split (who broke with whom is disputed) from' },
  rivalry: { from: 'fought', to: 'fought', with: 'fought' },
  truce: {
    from: 'had a truce or agreement with',
    to: 'had a truce or agreement with',
    with: 'had a truce or agreement with',
  },
  talks: { from: 'held talks with', to: 'held talks with', with: 'held talks with' },
};

const AFFILIATION_VERBS: Partial<Record<Period['rule'], { from: string; to: string }>> = {
  'pledge-opens-affiliation': { from: 'pledged allegiance to', to: 'received a pledge of allegiance from' },
  'recognition-opens-affiliation': { from: 'was recognised as an affiliate by', to: 'recognised as its affiliate' },
  'founding-opens-affiliation': { from: 'was founded as a branch of', to: 'had as its branch' },
  'membership-opens-affiliation': { from: 'was a member of', to: 'had as a member' },
};

/** Hedging adverb for a status word ("reportedly"), or "" for a tie stated as fact. */
export function hedgeOf(status: string): string {
  switch (status) {
    case 'reported':
    case 'disputed':
      return 'reportedly';
    case 'alleged':
      return 'allegedly';
    case 'speculative':
      return 'possibly';
    case 'denied':
      return 'allegedly';
    default:
      return '';
  }
}

/** Suffix naming a contested status: " (disputed)", " (denied)", or "". */
export function statusSuffix(status: string): string {
  return status === 'disputed' || status === 'denied' ? ` (${status})` : '';
}

/** Inserts an adverb after a leading "was" ("was reportedly allied with"), else before the verb ("reportedly fought"). */
function hedge(verb: string, adverb: string): string {
  if (!adverb) return verb;
  return verb.startsWith('was ') ? `was ${adverb} ${verb.slice(4)}` : `${adverb} ${verb}`;
}

/** The role `group` plays in a period or link. */
export function roleOf(p: Pick<Period, 'directed' | 'from' | 'to'>, group: string): Role {
  if (!p.directed) return 'with';
  return p.from === group ? 'from' : 'to';
}

/**
 * The group a period's sentence is best told from: the side that acted (the branch, the group
 * pledging, the side that broke; for a merger, the group announcing it, its `to`), else `a`.
 */
export function tellerOf(p: Pick<Period, 'kind' | 'directed' | 'from' | 'to' | 'a'>): string {
  if (!p.directed) return p.a;
  return p.kind === 'merger' ? p.to! : p.from!;
}

/** The other group of a pair. */
export function otherOf(p: Pick<Period, 'a' | 'b'>, group: string): string {
  return p.a === group ? p.b : p.a;
}

/**
 * The verb phrase of a period from `group`'s side, qualified by its status:
 * "was reportedly allied with", "broke with", "was reportedly affiliated to". The suffix
 * ("(disputed)") is returned apart so a page can place it after the other group's name.
 */
export function verbFor(
  p: Pick<Period, 'kind' | 'directed' | 'from' | 'to' | 'status'> & Partial<Pick<Period, 'rule' | 'refusedBy'>>,
  group: string,
  name?: (id: string) => string,
): { verb: string; suffix: string } {
  const role = roleOf(p, group);
  // Links of unspecified nature are worded as links, not as an alliance; an affiliation says how
  // it began (a pledge, a recognition, a founding, a membership).
  const base =
    p.rule === 'ties-as-cooperation'
      ? 'had links with'
      : p.kind === 'affiliation' && role !== 'with' && p.rule && AFFILIATION_VERBS[p.rule]
        ? AFFILIATION_VERBS[p.rule]![role]
        : VERBS[p.kind][role];
  // A refused merger bid: the announcement is what the sources report; the merger is what is disputed.
  if (p.refusedBy)
    return { verb: base, suffix: ` (disputed: ${name ? name(p.refusedBy) : 'the group named as absorbed'} refused it)` };
  return { verb: hedge(base, hedgeOf(p.status)), suffix: statusSuffix(p.status) };
}

/** A whole sentence from `group`'s side: "<name> was reportedly allied with <other> (disputed)". */
export function sentenceFor(
  p: Pick<Period, 'kind' | 'directed' | 'from' | 'to' | 'status' | 'a' | 'b'> &
    Partial<Pick<Period, 'rule' | 'refusedBy'>>,
  group: string,
  name: (id: string) => string,
): string {
  const { verb, suffix } = verbFor(p, group, name);
  return `${name(group)} ${verb} ${name(otherOf(p, group))}${suffix}`;
}

/** What a report that opened nothing says, from `group`'s side: "a denied report that X pledged to Y". */
export function linkSentence(
  l: Pick<Link, 'a' | 'b' | 'kind' | 'directed' | 'from' | 'to' | 'reason'>,
  name: (id: string) => string,
): string {
  const what =
    l.directed && l.from && l.to
      ? `${name(l.from)} ${VERBS[l.kind].from} ${name(l.to)}`
      : `${name(l.a)} ${VERBS[l.kind].with} ${name(l.b)}`;
  return l.reason === 'denied' ? `Denied: that ${what}` : `Speculation only: that ${what}`;
}

/** How a period stands on a day, in words: "holds", "may hold (…)", "ongoing as of the last report (…)". */
export function stateSentence(s: DayState, p: Pick<Period, 'end'>): string {
  if (s.afterLastReport && p.end.open)
    return `not reported since ${p.end.label.replace(/^ongoing as of | \(last report\)$/g, '')}; shown as ongoing`;
  if (s.state === 'uncertain') return 'may hold: the date falls inside an imprecise start or end';
  return 'holds';
}
