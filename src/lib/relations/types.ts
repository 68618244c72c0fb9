/**
 * Types of the relationship layer: what the derivation reads (events as the layer sees them) and
 * what it produces (periods between pairs of groups, and the contested or speculative links that
 * open nothing). No runtime code here.
 */
import type { DateInterval } from '../chronology/types';
import type { RelationKind } from './kinds';
import type { Bound, Span } from './period';

/** One source's claim behind an event, enough to cite it and link to it. */
export interface ClaimRef {
  /** Source id. */
  source: string;
  /** Fragment id of the claim on its source page. */
  anchor: string;
  /** The short verbatim quotation. */
  quote: string;
  /** How the source presents it (presentation status). */
  status: string;
  /** The source's own wording of the date. */
  dateText: string;
}

/** A disagreement between an event's sources, as the chronology records it. */
export interface EventConflict {
  field: string;
  /** One sentence in the project's words. */
  summary: string;
  positions: { value: string; sources: string[] }[];
}

/** A group as the layer needs it: its level, and for a local unit the organisation it is a unit of. */
export interface RelationGroup {
  id: string;
  /** `local` for local units (a local truce stays local); `organisation` for every other group. */
  level: 'organisation' | 'local';
  /** For a local unit: the organisation it belongs to (used only when a reader rolls units up). */
  unitOf?: string;
}

/** An event as the relationship layer reads it (built from the chronology by `fromChronology`). */
export interface RelationEvent {
  id: string;
  title: string;
  /** Event type id from the chronology's vocabulary (pledge, split, truce…). */
  type: string;
  date: DateInterval & { inferred?: boolean };
  /** Groups involved, organisations and local units (individuals are not groups). */
  actors: string[];
  /** For a directed event on whose sides the sources agree: who acted. Empty otherwise. */
  from: string[];
  /** For a directed event on whose sides the sources agree: whom it was aimed at. */
  to: string[];
  /** Sources disagree on which side acted: periods from this event are undirected and carry the conflict. */
  directionContested: boolean;
  /** The event's status word (how the sources together present it). */
  status: string;
  /** How well the event is supported across independent origins. */
  support: string;
  /** Set when the event can open nothing: only denials, or only speculation. */
  weak?: 'denied' | 'speculative';
  /** For a founding event whose claims name a founder: the group founded. */
  founded?: string;
  /** For a founding event: the groups that founded it (sent someone to set it up, created it). */
  founders?: string[];
  /**
   * Set when the groups took part only through individual members the articles do not name as
   * acting for them (local commanders, a commander): the tie is local, described by these labels,
   * and drawn between the organisations only when a reader rolls local ties up.
   */
  through?: string[];
  /** For a renaming: the groups the new name is reported to distance the group from. */
  awayFrom?: string[];
  conflicts: EventConflict[];
  claims: ClaimRef[];
  /**
   * Status and support of each tie, from only the claims naming both groups: key `x>y` for a
   * direction as the claims give it (from → to), or the pair key `a--b`. A tie missing here takes
   * the event's own status and support.
   */
  tieSupport?: Record<string, { status: string; support: string }>;
  /** Pair keys ("a--b") not to tie even though both groups take part (a group and its own branch in a many-party event). */
  skipPairs?: string[];
}

/** Identifiers of the written derivation rules (listed on the method page, kept in the data). */
export type RuleId =
  | 'pledge-opens-affiliation'
  | 'recognition-opens-affiliation'
  | 'founding-opens-affiliation'
  | 'one-allegiance-at-a-time'
  | 'merger-opens-merger'
  | 'refusal-ends-merger-bid'
  | 'split-closes-and-opens-split'
  | 'disavowal-closes'
  | 'renaming-away-closes'
  | 'membership-opens-affiliation'
  | 'truce-over-its-span'
  | 'cooperation-over-its-span'
  | 'ties-as-cooperation'
  | 'fighting-or-rivalry-opens-rivalry'
  | 'talks-on-their-dates'
  | 'same-tie-confirms';

/** How an event bears on a period. */
export type EvidenceRole = 'opens' | 'confirms' | 'closes';

/** One event behind a period, with its role and the rule that gave it. */
export interface PeriodEvidence {
  event: string;
  role: EvidenceRole;
  rule: RuleId;
}

/** A disagreement carried by a period: on its start, its end, its direction, its parties or its status. */
export interface PeriodConflict {
  about: 'start' | 'end' | 'direction' | 'actors' | 'status' | 'content';
  /** The event the disagreement is recorded on. */
  event: string;
  summary: string;
  positions: { value: string; sources: string[] }[];
}

/** One period of one relationship between two groups. */
export interface Period extends Span {
  /** Stable id: `<kind>:<a>--<b>:<opening event>` (pair sorted). */
  id: string;
  /** The pair key, `<a>--<b>` with the ids sorted. */
  pair: string;
  a: string;
  b: string;
  kind: RelationKind;
  /** False for undirected kinds, and for directed kinds whose direction the sources contest. */
  directed: boolean;
  /** For a directed period: the branch, the group joining, the side that broke away. */
  from?: string;
  /** For a directed period: the group answered to, joined, or left. */
  to?: string;
  /** `local` when either side is a local unit. */
  level: 'organisation' | 'local';
  /** The opening event's status word, from the claims that name both groups (in the period's direction). */
  status: string;
  /** The opening event's support, from the claims that name both groups (in the period's direction), never the whole event's. */
  support: string;
  /** The rule that opened it. */
  rule: RuleId;
  /** Events that open, confirm and close it, in time order. */
  evidence: PeriodEvidence[];
  conflicts: PeriodConflict[];
  /**
   * For a merger bid refused by the group it was announced for: that group (the period's `from`).
   * The period is then disputed and contested: announced, never a settled merger.
   */
  refusedBy?: string;
  /** Set when the tie was reported only between unnamed members (local commanders): their descriptions. */
  through?: string[];
  /** Set when a reader rolled local units up: the unit through which an organisation holds this tie. */
  via?: string[];
}

/** A report that opens nothing (denied, or speculation only), listed beside the periods. */
export interface Link {
  /** Stable id: `<kind>:<a>--<b>:<event>`. */
  id: string;
  pair: string;
  a: string;
  b: string;
  kind: RelationKind;
  directed: boolean;
  from?: string;
  to?: string;
  level: 'organisation' | 'local';
  event: string;
  date: Bound;
  status: string;
  support: string;
  reason: 'denied' | 'speculative';
  /** Set when a reader rolled local units up: the units it came through. */
  via?: string[];
}

/** The derived relationship layer. */
export interface RelationLayer {
  /** Every period, ordered by start, pair and kind. */
  periods: Period[];
  /** Contested and speculative links, ordered by date. */
  links: Link[];
}
