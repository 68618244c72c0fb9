/**
 * Types of the corpus (what content files hold, after schema parsing: inferred from the zod
 * schemas, not declared twice) and of the derived chronology (what pages, charts and the
 * published data read). No runtime code here.
 */
import type { z } from 'astro/zod';
import type { ClaimSchema } from '../../schemas/claim';
import type { ClaimDateSchema } from '../../schemas/date';
import type { EventSchema } from '../../schemas/event';
import type { GroupNameSchema, GroupSchema } from '../../schemas/group';
import type { PublishedSchema, SourceSchema } from '../../schemas/source';
import type { EventFamily, EventType, Status } from './vocabulary';

/** How precisely a date is known. `range` is a span the source gives; `undated` is bounds only. */
export type Precision = 'day' | 'month' | 'season' | 'year' | 'range' | 'undated';

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
}

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
  status: Status;
  actors: string[];
  from: string[];
  to: string[];
  place?: string;
  attribution?: string;
  note?: string;
}

/** One side of a disagreement between claims. */
export interface ConflictPosition {
  /** Reader-facing value ("2013", "al-Nusra Front's Albu Kamal branch → ISIS"). */
  value: string;
  /** Source ids holding this position. */
  sources: string[];
}

/** Where claims about one event disagree. */
export interface Conflict {
  field: 'date' | 'actors' | 'direction' | 'status';
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
  /** For directed types: who acted (e.g. the pledging group). */
  from: string[];
  /** For directed types: whom it was aimed at (e.g. the group pledged to). */
  to: string[];
  status: Status;
  places: string[];
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

/** The whole derived chronology. */
export interface Chronology {
  events: ChronologyEvent[];
  groups: ChronologyGroup[];
  sources: ChronologySource[];
}
