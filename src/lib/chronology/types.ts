/**
 * Types of the corpus (what content files hold, after schema parsing: inferred from the zod
 * schemas, not declared twice) and of the derived chronology (what pages, charts and the
 * published data read). No runtime code here.
 */
import type { z } from 'astro/zod';
import type { ActorRefSchema, ClaimSchema, OriginSchema } from '../../schemas/claim';
import type { ClaimDateSchema } from '../../schemas/date';
import type { EventSchema } from '../../schemas/event';
import type { GroupNameSchema, GroupSchema } from '../../schemas/group';
import type { NameVariantSchema } from '../../schemas/names';
import type { PersonSchema } from '../../schemas/person';
import type { PlaceSchema } from '../../schemas/place';
import type { PublishedSchema, SourceSchema } from '../../schemas/source';
import type { EventFamily, EventType, Level, OriginKind, Status, Support } from './vocabulary';

/**
 * How precisely a date is known. `range` is a span the source gives; `open` a span still going
 * on at its last report; `undated` is bounds only.
 */
export type Precision = 'day' | 'month' | 'season' | 'year' | 'range' | 'open' | 'undated';

/** A calendar value as written in content: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type DateValue = string;

// The corpus types are what the content schemas parse to (src/schemas/): declared once, there.

/** A date as a source gives it (exactly one of the forms), with the source's own wording. */
export type ClaimDate = z.infer<typeof ClaimDateSchema>;

/** An inclusive interval of days with its precision and a reader-facing label. */
export interface DateInterval {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD` (equal to start for a day). */
  end: string;
  precision: Precision;
  /** "25 June 2014", "spring 2013", "between August 2014 and April 2015". */
  label: string;
  /** The end is the last day the span was reported still going on; it may have gone on. */
  open?: boolean;
  /** No lower bound: the source gives none; start then repeats end, the upper bound. */
  openStart?: boolean;
  /** An editorial reading of relative or partial wording: shown as approximate. */
  inferred?: boolean;
}

/**
 * An actor on a claim as content writes it: a group id (the organisation, or the local unit a
 * local-unit record describes), or an object naming the level, a person, or the article's
 * description of an unnamed actor ("a Nusra Front commander", "IS groups").
 */
export type ActorRef = z.infer<typeof ActorRefSchema>;

/** Who originally said a claim, as the article shows it. */
export type Origin = z.infer<typeof OriginSchema>;

/** One claim in a source's frontmatter. */
export type Claim = z.infer<typeof ClaimSchema>;

/** A source's publication date, with how sure the record is (`confirmed`). */
export type PublishedDate = z.infer<typeof PublishedSchema>;

/** The bibliographic record and claims of one source page. */
export type SourceData = z.infer<typeof SourceSchema>;

/** One name a group used, with the period it applies to where sources give it. */
export type GroupName = z.infer<typeof GroupNameSchema>;

/** A group record from `content/groups/`. */
export type GroupData = z.infer<typeof GroupSchema>;

/** An event record from `content/events.yaml`: the project's own title and summary. */
export type EventData = z.infer<typeof EventSchema>;

/** A name or spelling variant, with its script's language where it is not English. */
export type NameVariant = z.infer<typeof NameVariantSchema>;

/** A spelling none of the five articles uses, kept for search (a name variant without sources). */
export type SearchAlias = Omit<NameVariant, 'sources'>;

/** A person record from `content/people/`. */
export type PersonData = z.infer<typeof PersonSchema>;

/** Kinds of place records. */
export type PlaceKind = PlaceData['kind'];

/** A place record from `content/places/`. */
export type PlaceData = z.infer<typeof PlaceSchema>;

/** An entry as loaded: its id, the file it came from, and its parsed data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** Everything the derivation reads. */
export interface Corpus {
  sources: Entry<SourceData>[];
  groups: Entry<GroupData>[];
  events: Entry<EventData>[];
  /** People (content/people); optional so small fixtures can leave it out. */
  people?: Entry<PersonData>[];
  /** Places (content/places); optional so small fixtures can leave it out. */
  places?: Entry<PlaceData>[];
}

/** An actor on a citation, resolved: group, level, and who when named. */
export interface Party {
  group: string;
  /** Acting side, side acted towards, or undirected. */
  role: 'from' | 'to' | 'with';
  level: Level;
  person?: string;
  /** The article's description of an unnamed actor. */
  label?: string;
  /** True when the article does not name this actor (an unnamed commander, "IS groups"). */
  unnamed: boolean;
}

/** A citation's provenance: origin, chain, and how it counts for support. */
export interface Provenance {
  origin: Origin & { key: string };
  /** Origin → intermediaries → the article's outlet, as reader-facing names. */
  chain: string[];
  partisan: boolean;
  /** A party to the event speaking about it. */
  selfStatement: boolean;
  /** Counts toward the event's independent origins (stated or reported, not partisan, not a self-statement). */
  counts: boolean;
}

/** One independent origin behind an event, with the articles that relay it. */
export interface EventOrigin {
  /** Origin key (of the first claim merged into it). */
  key: string;
  /** "the Syrian Observatory for Human Rights via AFP". */
  label: string;
  kind: OriginKind;
  /** Source ids relaying it. */
  sources: string[];
}

/** One source's claim as it appears on an event. */
export interface Citation {
  /** Source id. */
  source: string;
  /** Position of the claim in the source's `claims` list. */
  claim: number;
  /** Stable fragment id of the claim on its source page: `claim-<event>`, `-2` for a second claim on the same event. */
  anchor: string;
  quote: string;
  /** The source's own wording of the date. */
  dateText: string;
  date: DateInterval;
  dateBasis?: string;
  /** When the reports were made, where the article dates the reporting rather than the event. */
  reportDate?: DateInterval;
  /** How the source presents the claim. */
  status: Status;
  actors: string[];
  from: string[];
  to: string[];
  /** Every actor with its level. */
  parties: Party[];
  /** Place id. */
  place?: string;
  /** Person ids. */
  people: string[];
  provenance: Provenance;
  /** Reader-facing origin and chain ("Syrian Observatory for Human Rights, via AFP"). */
  attribution: string;
  /** This source's version of what happened, where sources differ. */
  account?: string;
  note?: string;
}

/** One side of a disagreement between claims. */
export interface ConflictPosition {
  /** Reader-facing value ("2013", "al-Nusra Front's Albu Kamal branch → ISIS"). */
  value: string;
  /** Source ids holding this position. */
  sources: string[];
}

/** Where claims about one event disagree: on the date, who took part, who acted, how certain, or what happened. */
export interface Conflict {
  field: 'date' | 'actors' | 'direction' | 'status' | 'what';
  /** One sentence in the project's words. */
  summary: string;
  positions: ConflictPosition[];
}

/** A derived event: the merge of every claim that names its key. */
export interface ChronologyEvent {
  /** The stable key chosen in `content/events.yaml`; never positional. */
  id: string;
  title: string;
  summary: string;
  type: EventType;
  family: EventFamily;
  relationship: boolean;
  directed: boolean;
  date: DateInterval;
  /** Every group involved, in first-mention order. */
  actors: string[];
  /** For directed types where every source gives the same side: who acted. Empty when sources differ or give none. */
  from: string[];
  /** For directed types where every source gives the same side: whom it was aimed at. */
  to: string[];
  /** Levels of analysis of the actors across claims, widest first. */
  levels: Level[];
  /** How well the sources support it (derived; see support.ts). */
  support: Support;
  /** Independent origins (see support.ts), in first-citation order. */
  origins: EventOrigin[];
  /** Number of distinct articles citing it. */
  articles: number;
  /** Place ids, in first-citation order. */
  places: string[];
  /** Person ids, in first-citation order. */
  people: string[];
  /** Names of the actors as used at the event's date (nameAt at its first possible day; at its upper bound when it has no lower one), by group id. */
  names: Record<string, { name: string; short: string }>;
  sources: Citation[];
  conflicts: Conflict[];
}

/** A derived group: its record plus the events it takes part in. */
export interface ChronologyGroup extends GroupData {
  id: string;
  children: string[];
  events: string[];
}

/** A source as published: record plus the ids of the events it supports. */
export interface ChronologySource extends SourceData {
  id: string;
  events: string[];
}

/** A derived person: record plus the events whose claims name them. */
export interface ChronologyPerson extends PersonData {
  id: string;
  events: string[];
}

/** A derived place: record plus the events whose claims place them there (or within it). */
export interface ChronologyPlace extends PlaceData {
  id: string;
  events: string[];
}

/** The whole derived chronology. */
export interface Chronology {
  events: ChronologyEvent[];
  groups: ChronologyGroup[];
  sources: ChronologySource[];
  people: ChronologyPerson[];
  places: ChronologyPlace[];
}
