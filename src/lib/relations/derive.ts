/**
 * Events → relationship periods, by written rules (each has an id, listed on the method page and
 * kept on every period it produced, see RULES). Events are read in time order; a pair's open
 * periods are kept per kind and direction, opened, confirmed and closed as the rules say.
 * Denied reports and pure speculation open nothing: they become links, listed apart. Actors are
 * taken at the level the sources give (a local unit's truce stays between local units); rolling
 * units up to their organisation is a separate, explicit step (see `rollUp` in query.ts).
 */
import { RELATION_KINDS, type RelationKind } from './kinds';
import { pairKey } from './pair';
import { addDays, boundOf, closingBound, openEnd, spanOf, type Bound, type PeriodEnd } from './period';
import type {
  EvidenceRole,
  Link,
  Period,
  PeriodConflict,
  RelationEvent,
  RelationGroup,
  RelationLayer,
  RuleId,
} from './types';

/** The written rules, in the order the method page lists them: id → one sentence. */
export const RULES: Record<RuleId, string> = {
  'pledge-opens-affiliation':
    'A pledge of allegiance opens an affiliation from the group pledging to the group pledged to, from the pledge’s date, open-ended until something in the sources ends it.',
  'recognition-opens-affiliation':
    'A leadership naming a group its affiliate or branch opens an affiliation from that group to the leadership’s group, from the date of the recognition.',
  'founding-opens-affiliation':
    'A group reported as founded by another (sent to set it up, created as its branch or for one of its provinces) is that group’s affiliate from its founding.',
  'one-allegiance-at-a-time':
    'A group swears allegiance to one leadership at a time: a new affiliation closes the group’s open affiliation to any other group on the new one’s date.',
  'merger-opens-merger':
    'A merger announced or joined opens a merger tie from the group joining (or announced as absorbed) to the group joined (or announcing the merger), open-ended: a merger claim names the announcing group as its actor, so the tie runs from the claim’s target to its actor.',
  'refusal-ends-merger-bid':
    'A refusal by the group a merger was announced for ends that merger bid, and with it the refusing group’s affiliation to the group that announced it; the bid is then shown as announced and disputed (refused), never as a settled merger.',
  'split-closes-and-opens-split':
    'A split, from either side, closes every affiliation, merger and alliance between the two groups and opens a split tie, open-ended; when sources disagree on who broke with whom, the split is undirected and carries their disagreement.',
  'disavowal-closes':
    'A public declaration against, or disavowal of, another group closes any affiliation, merger or alliance between them on its date.',
  'renaming-away-closes':
    'A renaming reported as distancing a group from another closes its affiliation to that group on the renaming’s date.',
  'membership-opens-affiliation':
    'A group reported as a member of a coalition is the coalition’s affiliate over the dates reported, open as of the last report; membership of a coalition does not end an allegiance to a leadership, and where the article names several coalitions without saying which, the tie carries that ambiguity.',
  'truce-over-its-span':
    'A truce or agreement holds over the span the sources report; dated to a single day, month or window, it starts then and stays open as of the last report, since nothing in the sources ends it.',
  'cooperation-over-its-span':
    'Cooperation reported over months is an alliance period over those months; reported at a single date or within a window, it starts then and stays open as of the last report.',
  'ties-as-cooperation':
    'Links or support reported without their nature are drawn as alliance or cooperation, from the date reported, open as of the last report.',
  'fighting-or-rivalry-opens-rivalry':
    'Fighting between two groups, their accusations against each other, or their competition for territory and members, is a rivalry period over the span reported, or from the date reported, open as of the last report.',
  'talks-on-their-dates':
    'Talks hold only over the dates reported for them (a window of possible days when the date is imprecise), never open-ended.',
  'same-tie-confirms':
    'A later event of the same kind between the same groups, while the period holds or may hold, confirms it (and extends an open end or a span to the new event’s dates) rather than opening another.',
};

export { pairKey };

/** Orders events by start, end and id: the order the rules read them in. */
function byDate(a: RelationEvent, b: RelationEvent): number {
  return a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id);
}

/** A side-by-side of a directed event: who acts towards whom, or the undirected pairs when direction is contested. */
interface Tie {
  x: string;
  y: string;
  /** True when x → y is the direction (x acts / is the branch). */
  directed: boolean;
}

function ties(event: RelationEvent, directed: boolean): Tie[] {
  const out: Tie[] = [];
  const seen = new Set<string>();
  const add = (x: string, y: string, d: boolean) => {
    if (x === y || event.skipPairs?.includes(pairKey(x, y))) return;
    const key = d ? `${x}>${y}` : pairKey(x, y);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ x, y, directed: d });
  };
  if (directed && !event.directionContested && event.from.length > 0 && event.to.length > 0) {
    for (const x of event.from) for (const y of event.to) add(x, y, true);
  } else {
    const actors = event.actors;
    for (let i = 0; i < actors.length; i++)
      for (let j = i + 1; j < actors.length; j++) add(actors[i]!, actors[j]!, false);
  }
  return out;
}

/**
 * Status and support of one tie: from the claims naming both groups in its direction (either
 * claim order, since some kinds read their claims backwards), or naming both for an undirected
 * tie; the event's own only when the event records none.
 */
function tieSupport(event: RelationEvent, t: Tie): { status: string; support: string } {
  const s = event.tieSupport;
  const found =
    (t.directed ? (s?.[`${t.x}>${t.y}`] ?? s?.[`${t.y}>${t.x}`]) : undefined) ?? s?.[pairKey(t.x, t.y)];
  return found ?? { status: event.status, support: event.support };
}

/** A directed tie read from its other end (a merger claim's target joins its actor). */
const joinerFirst = (t: Tie): Tie => (t.directed ? { x: t.y, y: t.x, directed: true } : t);

/** Maps an event's conflicts onto a period, as seen from the event's role in it. */
function carriedConflicts(event: RelationEvent, role: EvidenceRole): PeriodConflict[] {
  const out: PeriodConflict[] = [];
  for (const c of event.conflicts) {
    let about: PeriodConflict['about'];
    if (c.field === 'date') about = role === 'closes' ? 'end' : 'start';
    else if (role === 'closes')
      continue; // the closing event's other disagreements belong to the periods it opens
    else if (c.field === 'direction' || c.field === 'actors' || c.field === 'status') about = c.field;
    else about = 'content';
    out.push({
      about,
      event: event.id,
      summary: c.summary,
      positions: c.positions.map((p) => ({ ...p, sources: [...p.sources] })),
    });
  }
  return out;
}

interface Draft extends Period {
  /** Internal: the period's key among open periods. */
  key: string;
}

/**
 * Derives the relationship layer from events and groups. Pure and deterministic (events are
 * sorted first); throws nothing on odd input: events naming unknown groups are skipped by the
 * caller's validation, self-ties are ignored.
 */
export function deriveRelations(events: readonly RelationEvent[], groups: readonly RelationGroup[]): RelationLayer {
  const levelOf = new Map(groups.map((g) => [g.id, g.level]));
  const level = (x: string, y: string): Period['level'] =>
    levelOf.get(x) === 'local' || levelOf.get(y) === 'local' ? 'local' : 'organisation';
  const all: Draft[] = [];
  const links: Link[] = [];
  // Periods that may still be extended or closed, by key.
  const live = new Map<string, Draft>();

  const keyOf = (kind: RelationKind, t: Tie) => (t.directed ? `${kind}:${t.x}>${t.y}` : `${kind}:${pairKey(t.x, t.y)}`);

  /** The day after a period's last possible day (open periods never end). */
  const dayAfterEnd = (p: Period) => (p.end.open ? '9999-12-31' : addDays(p.end.bound.end, 1));
  const firstDay = (p: Period) => p.start.start;

  function openPeriod(
    kind: RelationKind,
    t: Tie,
    event: RelationEvent,
    rule: RuleId,
    start: Bound,
    end: PeriodEnd,
  ): Draft {
    const pair = pairKey(t.x, t.y);
    const [a, b] = pair.split('--') as [string, string];
    const p: Draft = {
      key: keyOf(kind, t),
      id: `${kind}:${pair}:${event.id}`,
      pair,
      a,
      b,
      kind,
      directed: t.directed,
      ...(t.directed ? { from: t.x, to: t.y } : {}),
      level: level(t.x, t.y),
      start,
      end,
      ...tieSupport(event, t),
      rule,
      evidence: [{ event: event.id, role: 'opens', rule }],
      conflicts: carriedConflicts(event, 'opens'),
    };
    if (event.through) {
      p.level = 'local';
      p.through = [...event.through];
    }
    all.push(p);
    live.set(p.key, p);
    return p;
  }

  function close(p: Draft, event: RelationEvent, rule: RuleId): void {
    const bound = closingBound(event.date);
    // A closing event cannot end a period before it can have started.
    if (bound.end < p.start.start) return;
    if (bound.start < p.start.start) bound.start = p.start.start;
    if (!p.end.open && p.end.bound.end <= bound.end) {
      // Already ended by its own span no later than this: keep the span, note nothing.
      live.delete(p.key);
      return;
    }
    p.end = { open: false, bound };
    p.evidence.push({ event: event.id, role: 'closes', rule });
    p.conflicts.push(...carriedConflicts(event, 'closes'));
    live.delete(p.key);
  }

  /** Marks a merger bid as refused by the group it was announced for (the period's `from`). */
  function refuse(bid: Draft, event: RelationEvent): void {
    const announcers = bid.evidence
      .filter((e) => e.role !== 'closes')
      .flatMap((e) => byId.get(e.event)?.claims.map((c) => c.source) ?? []);
    bid.refusedBy = bid.from;
    bid.status = 'disputed';
    bid.support = 'contested';
    bid.conflicts.push({
      about: 'status',
      event: event.id,
      summary:
        'The merger was announced by the group that would absorb the other, and refused by the group named as absorbed: an announced, contested merger, not a settled one.',
      positions: [
        { value: 'announced', sources: [...new Set(announcers)] },
        { value: 'refused', sources: [...new Set(event.claims.map((c) => c.source))] },
      ],
    });
  }

  /** Open periods of these kinds between a pair, in either direction. */
  function liveBetween(x: string, y: string, kinds: readonly RelationKind[]): Draft[] {
    const pair = pairKey(x, y);
    return [...live.values()].filter((p) => p.pair === pair && kinds.includes(p.kind));
  }

  function addLink(kind: RelationKind, t: Tie, event: RelationEvent): void {
    const pair = pairKey(t.x, t.y);
    const [a, b] = pair.split('--') as [string, string];
    links.push({
      id: `${kind}:${pair}:${event.id}`,
      pair,
      a,
      b,
      kind,
      directed: t.directed,
      ...(t.directed ? { from: t.x, to: t.y } : {}),
      level: level(t.x, t.y),
      event: event.id,
      date: boundOf(event.date),
      ...tieSupport(event, t),
      reason: event.weak!,
    });
  }

  /** Opens an affiliation, or confirms the same one; a new allegiance ends the group's other allegiances. */
  function affiliate(t: Tie, event: RelationEvent, rule: RuleId, exclusive = true): void {
    const existing = live.get(keyOf('affiliation', t));
    if (existing) return confirm(existing, event, false);
    if (t.directed && exclusive && !event.through) {
      for (const other of [...live.values()]) {
        if (
          other.kind === 'affiliation' &&
          other.directed &&
          other.from === t.x &&
          other.to !== t.y &&
          other.rule !== 'membership-opens-affiliation'
        ) {
          close(other, { ...event, date: event.date }, 'one-allegiance-at-a-time');
        }
      }
    }
    openPeriod('affiliation', t, event, rule, boundOf(event.date), openEnd(event.date.end));
  }

  /** Adds a confirming event; extends the open end, or the span, to the event's dates. */
  function confirm(p: Draft, event: RelationEvent, extend: boolean): void {
    if (p.evidence.some((e) => e.event === event.id)) return;
    p.evidence.push({ event: event.id, role: 'confirms', rule: 'same-tie-confirms' });
    if (p.end.open) {
      if (event.date.end > p.end.asOf) p.end = openEnd(event.date.end);
    } else if (extend && event.date.end > p.end.bound.end) {
      p.end =
        event.date.precision === 'range' && !event.date.open
          ? { open: false, bound: spanOf(event.date).end }
          : openEnd(event.date.end);
    }
  }

  /** Span kinds (truce, alliance, rivalry, talks): a period over the event's dates, or a confirmation. */
  function episode(kind: RelationKind, t: Tie, event: RelationEvent, rule: RuleId, openWhenNotSpan: boolean): void {
    const key = keyOf(kind, t);
    const candidates = all.filter((p) => p.key === key && p.evidence[0]!.event !== event.id);
    // Overlapping or touching (the day after its end) counts as the same tie.
    const same = candidates.find((p) => event.date.start <= dayAfterEnd(p) && event.date.end >= firstDay(p));
    if (same) return confirm(same, event, true);
    const span = spanOf(event.date);
    // A span still going on at its last report stays open; a closed span ends; a single date or a
    // window opens a period that stays open as of the last report (talks excepted).
    const end: PeriodEnd =
      event.date.precision === 'open' || event.date.open
        ? openEnd(event.date.end)
        : event.date.precision === 'range' || !openWhenNotSpan
          ? { open: false, bound: span.end }
          : openEnd(event.date.end);
    openPeriod(kind, t, event, rule, span.start, end);
  }

  const byId = new Map(events.map((e) => [e.id, e]));
  const sorted = [...events].sort(byDate);
  for (const event of sorted) {
    const type = event.type;
    const kindOf: Partial<Record<string, RelationKind>> = {
      pledge: 'affiliation',
      recognition: 'affiliation',
      founding: 'affiliation',
      membership: 'affiliation',
      merger: 'merger',
      split: 'split',
      truce: 'truce',
      cooperation: 'alliance',
      ties: 'alliance',
      clash: 'rivalry',
      rivalry: 'rivalry',
      accusation: 'rivalry',
      talks: 'talks',
    };
    const kind = kindOf[type];
    if (event.weak) {
      // Denied and speculative reports open nothing and close nothing: they are listed as links.
      if (!kind || (type === 'founding' && !event.founded)) continue;
      if (type === 'founding') {
        for (const founder of event.founders ?? [])
          addLink(kind, { x: event.founded!, y: founder, directed: true }, event);
        continue;
      }
      const directed = RELATION_KINDS[kind].directed;
      // Read as the periods would be: a recognition and a merger run from their claim's target.
      const list =
        type === 'recognition' || type === 'merger' ? ties(event, true).map(joinerFirst) : ties(event, directed);
      for (const t of list) addLink(kind, t, event);
      continue;
    }
    switch (type) {
      case 'pledge':
        for (const t of ties(event, true)) affiliate(t, event, 'pledge-opens-affiliation');
        break;
      case 'recognition':
        // The leadership (from) names the group (to) its affiliate: the affiliation runs to → from.
        for (const t of ties(event, true))
          affiliate({ x: t.y, y: t.x, directed: t.directed }, event, 'recognition-opens-affiliation');
        break;
      case 'founding':
        if (!event.founded) break;
        for (const founder of event.founders ?? [])
          affiliate({ x: event.founded, y: founder, directed: true }, event, 'founding-opens-affiliation');
        break;
      case 'membership':
        for (const t of ties(event, true)) affiliate(t, event, 'membership-opens-affiliation', false);
        break;
      case 'merger':
        // A merger claim runs from the group announcing (absorbing) to the group it would absorb;
        // the merger tie runs from the group joining (announced as absorbed) to the group joined.
        for (const t of ties(event, true).map(joinerFirst)) {
          const existing = live.get(keyOf('merger', t));
          if (existing) confirm(existing, event, false);
          else openPeriod('merger', t, event, 'merger-opens-merger', boundOf(event.date), openEnd(event.date.end));
        }
        break;
      case 'rejection':
        for (const t of ties(event, true)) {
          const bids = liveBetween(t.x, t.y, ['merger']);
          if (bids.length === 0) continue;
          for (const bid of bids) {
            // Refused by the group it was announced for: an announced, contested merger, not a settled one.
            if (bid.directed && bid.from === t.x && bid.evidence.every((e) => e.event !== event.id)) refuse(bid, event);
            close(bid, event, 'refusal-ends-merger-bid');
          }
          // The group refusing leaves the group whose merger it refused.
          const own = live.get(keyOf('affiliation', { x: t.x, y: t.y, directed: true }));
          if (own) close(own, event, 'refusal-ends-merger-bid');
        }
        break;
      case 'split':
        for (const t of ties(event, true)) {
          for (const p of liveBetween(t.x, t.y, ['affiliation', 'merger', 'alliance']))
            close(p, event, 'split-closes-and-opens-split');
          const existing = live.get(keyOf('split', t)) ?? liveBetween(t.x, t.y, ['split'])[0];
          if (existing) confirm(existing, event, false);
          else
            openPeriod('split', t, event, 'split-closes-and-opens-split', boundOf(event.date), openEnd(event.date.end));
        }
        break;
      case 'declaration':
        for (const t of ties(event, true))
          for (const p of liveBetween(t.x, t.y, ['affiliation', 'merger', 'alliance']))
            close(p, event, 'disavowal-closes');
        break;
      case 'renaming':
        for (const away of event.awayFrom ?? [])
          for (const renamed of event.actors.filter((a) => a !== away)) {
            const p = live.get(keyOf('affiliation', { x: renamed, y: away, directed: true }));
            if (p) close(p, event, 'renaming-away-closes');
          }
        break;
      case 'truce':
        for (const t of ties(event, false)) episode('truce', t, event, 'truce-over-its-span', true);
        break;
      case 'cooperation':
        for (const t of ties(event, false)) episode('alliance', t, event, 'cooperation-over-its-span', true);
        break;
      case 'ties':
        for (const t of ties(event, false)) episode('alliance', t, event, 'ties-as-cooperation', true);
        break;
      case 'clash':
      case 'rivalry':
      case 'accusation':
        for (const t of ties(event, false)) episode('rivalry', t, event, 'fighting-or-rivalry-opens-rivalry', true);
        break;
      case 'talks':
        for (const t of ties(event, false)) episode('talks', t, event, 'talks-on-their-dates', false);
        break;
      default:
        break;
    }
  }

  const periods: Period[] = all
    .map(({ key: _key, ...p }) => p)
    .sort(
      (p, q) =>
        p.start.start.localeCompare(q.start.start) ||
        p.pair.localeCompare(q.pair) ||
        p.kind.localeCompare(q.kind) ||
        p.id.localeCompare(q.id),
    );
  links.sort((p, q) => p.date.start.localeCompare(q.date.start) || p.id.localeCompare(q.id));
  return { periods, links };
}
