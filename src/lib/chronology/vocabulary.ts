/**
 * The closed vocabularies of the chronology: event types, claim statuses, group kinds and
 * lineages. Schemas, derivation, layout and pages all read them from here.
 */

/** Visual and narrative family of an event type; the chart encodes families by shape and colour. */
export type EventFamily =
  | 'allegiance'
  | 'rupture'
  | 'merger'
  | 'cooperation'
  | 'talks'
  | 'organisation'
  | 'violence'
  | 'politics';

/** Everything the site knows about one event type. */
export interface EventTypeInfo {
  /** Human label, singular. */
  label: string;
  family: EventFamily;
  /** A relationship between groups: the chart draws a connector between their lanes. */
  relationship: boolean;
  /** Direction matters: claims must name `from` (who acts) and `to` (whom it is aimed at). */
  directed: boolean;
  /** One line for the method page and the legend. */
  description: string;
}

/** All event types, in legend order. */
export const EVENT_TYPES = {
  pledge: {
    label: 'Pledge of allegiance',
    family: 'allegiance',
    relationship: true,
    directed: true,
    description: 'A group or unit swears loyalty to another (from the pledging group to the one pledged to).',
  },
  recognition: {
    label: 'Recognition',
    family: 'allegiance',
    relationship: true,
    directed: true,
    description: 'A leadership names a group as its affiliate or branch.',
  },
  merger: {
    label: 'Merger',
    family: 'merger',
    relationship: true,
    directed: true,
    description:
      'A group announces or attempts to absorb another (from the group announcing it to the group it would absorb); a group reported inside a coalition is a membership.',
  },
  split: {
    label: 'Split',
    family: 'rupture',
    relationship: true,
    directed: true,
    description: 'Ties between groups are cut (from the side that broke them, where the source says).',
  },
  rejection: {
    label: 'Refusal',
    family: 'rupture',
    relationship: true,
    directed: true,
    description: 'A group refuses a merger, an order or an invitation from another.',
  },
  declaration: {
    label: 'Declaration against',
    family: 'rupture',
    relationship: true,
    directed: true,
    description: 'Groups publicly demand something of, or exclude, another group.',
  },
  accusation: {
    label: 'Accusation',
    family: 'rupture',
    relationship: true,
    directed: true,
    description:
      'A party is accused of an act (joining another group, killing its leaders); the claim is the accusation, and its status says whether it is denied.',
  },
  rivalry: {
    label: 'Rivalry',
    family: 'rupture',
    relationship: true,
    directed: false,
    description: 'Groups compete for territory, members or influence, without a fight being reported.',
  },
  truce: {
    label: 'Truce or agreement',
    family: 'cooperation',
    relationship: true,
    directed: false,
    description: 'A local truce or an agreement dividing territory.',
  },
  cooperation: {
    label: 'Cooperation',
    family: 'cooperation',
    relationship: true,
    directed: false,
    description: 'Groups fight alongside each other or coordinate operations.',
  },
  ties: {
    label: 'Reported ties',
    family: 'cooperation',
    relationship: true,
    directed: false,
    description: 'Groups are said to have links or support, without the nature of the ties being given.',
  },
  membership: {
    label: 'Coalition membership',
    family: 'merger',
    relationship: true,
    directed: true,
    description: 'A group is reported as a member of a coalition: a state at a time, not a dated act of joining.',
  },
  talks: {
    label: 'Talks or meeting',
    family: 'talks',
    relationship: true,
    directed: false,
    description: 'A meeting or discussions between the groups, as reported.',
  },
  clash: {
    label: 'Clashes',
    family: 'violence',
    relationship: true,
    directed: false,
    description: 'Fighting between the groups themselves.',
  },
  founding: {
    label: 'Founding',
    family: 'organisation',
    relationship: false,
    directed: false,
    description: 'A group is formed or becomes active.',
  },
  renaming: {
    label: 'Renaming',
    family: 'organisation',
    relationship: false,
    directed: false,
    description: 'A group takes a new name.',
  },
  leadership: {
    label: 'Leadership',
    family: 'organisation',
    relationship: false,
    directed: false,
    description: 'A new leader takes over.',
  },
  announcement: {
    label: 'Announcement',
    family: 'organisation',
    relationship: false,
    directed: false,
    description: 'A leadership proclaims a policy, a structure or a claim to authority.',
  },
  expansion: {
    label: 'Expansion',
    family: 'organisation',
    relationship: false,
    directed: false,
    description: 'A group starts operating in a new country or theatre.',
  },
  capture: {
    label: 'Territory taken',
    family: 'violence',
    relationship: false,
    directed: false,
    description: 'A city or area is seized.',
  },
  offensive: {
    label: 'Offensive',
    family: 'violence',
    relationship: false,
    directed: false,
    description: 'A military campaign over weeks or months.',
  },
  intervention: {
    label: 'Foreign intervention',
    family: 'violence',
    relationship: false,
    directed: false,
    description: 'A foreign state enters the war.',
  },
  'air-strike': {
    label: 'Air strikes',
    family: 'violence',
    relationship: false,
    directed: false,
    description: 'Air raids on an area.',
  },
  attack: {
    label: 'Attack',
    family: 'violence',
    relationship: false,
    directed: false,
    description: 'A terrorist attack on a named target.',
  },
  political: {
    label: 'Political event',
    family: 'politics',
    relationship: false,
    directed: false,
    description: 'Elections, government decisions and statements around the conflict.',
  },
} as const satisfies Record<string, EventTypeInfo>;

/** An event type id. */
export type EventType = keyof typeof EVENT_TYPES;

/** Event type ids in legend order. */
export const EVENT_TYPE_IDS = Object.keys(EVENT_TYPES) as EventType[];

/** Family labels, in legend order. */
export const EVENT_FAMILIES: Record<EventFamily, string> = {
  allegiance: 'Allegiance',
  merger: 'Merger',
  rupture: 'Split or refusal',
  cooperation: 'Cooperation or truce',
  talks: 'Talks',
  violence: 'Fighting and attacks',
  organisation: 'Organisation',
  politics: 'Politics',
};

/**
 * How a source presents a claim (its presentation status). Nothing here says "confirmed": a
 * bare statement in an article is `stated`, and how well an event is supported across
 * sources is a separate, derived value (see SUPPORT).
 */
export const STATUSES = {
  stated: 'Stated as fact in the article’s own voice, without attribution or hedge',
  reported: 'Attributed by the article to someone else (a monitor, an official, an activist, “reports”)',
  alleged: 'Presented as a claim or accusation the article does not stand behind',
  speculative: 'The article speculates or infers (“may”, “seems”, “suggests”, “growing evidence”)',
  disputed: 'The article itself reports contradicting accounts',
  denied: 'The article reports a denial by a party to it',
} as const;

/** A claim's presentation status. */
export type Status = keyof typeof STATUSES;

/** Presentation status ids, from the firmest wording to a denial. */
export const STATUS_IDS = Object.keys(STATUSES) as Status[];

/** Short reader-facing label of each presentation status ("stated as fact"). */
export const STATUS_LABELS: Record<Status, string> = {
  stated: 'stated as fact',
  reported: 'reported',
  alleged: 'alleged',
  speculative: 'speculative',
  disputed: 'disputed',
  denied: 'denied',
};

/**
 * How well an event is supported across its sources, derived from its claims' presentation
 * and provenance (rule in support.ts and on the method page). Ordered from best to weakest.
 */
export const SUPPORT = {
  corroborated: 'Two or more independent origins present it, none partisan or a party to it',
  'single-origin': 'One independent origin presents it (however many articles relay it)',
  'party-claim': 'Only a party to it or a partisan outlet says so',
  hedged: 'Only alleged or speculative accounts',
  contested: 'Some accounts present it, others dispute or deny it',
  denied: 'The only accounts are denials',
} as const;

/** An event's support level. */
export type Support = keyof typeof SUPPORT;

/** Support ids, best first. */
export const SUPPORT_IDS = Object.keys(SUPPORT) as Support[];

/** Short reader-facing label of each support level. */
export const SUPPORT_LABELS: Record<Support, string> = {
  corroborated: 'corroborated',
  'single-origin': 'one independent origin',
  'party-claim': 'claimed by a party',
  hedged: 'hedged',
  contested: 'contested',
  denied: 'denied',
};

/**
 * Who originally said a claim (its origin), as the article shows it. `party` is a party to the
 * event speaking about it (a self-statement); `partisan-media` a group's media arm or a
 * jihadist account; both are partisan and never count as confirmation.
 */
export const ORIGIN_KINDS = {
  monitor: 'A monitoring group (e.g. the Syrian Observatory for Human Rights)',
  official: 'A government official or state body',
  activist: 'An activist or local witness',
  party: 'A party to the event, speaking about it',
  'partisan-media': 'A partisan outlet: a jihadist account or a group’s media arm',
  wire: 'A news agency’s own reporting',
  unnamed: 'Unnamed reports or sources (“reports”, “multiple sources”, “observers”)',
  author: 'The article’s own author or desk, stating it or analysing',
} as const;

/** An origin kind. */
export type OriginKind = keyof typeof ORIGIN_KINDS;

/** Origin kind ids. */
export const ORIGIN_KIND_IDS = Object.keys(ORIGIN_KINDS) as OriginKind[];

/** Origin kinds that are partisan by definition (a party's self-statement, a partisan outlet). */
export const PARTISAN_ORIGINS: ReadonlySet<OriginKind> = new Set(['party', 'partisan-media']);

/**
 * Level of analysis of an actor on a claim: the organisation as a whole (its leadership), a
 * local unit of it, or an individual (named through a person record or described).
 */
export const LEVELS = {
  organisation: 'Organisation (as a whole, or its leadership)',
  'local-unit': 'Local unit or group',
  individual: 'Individual',
} as const;

/** A level of analysis. */
export type Level = keyof typeof LEVELS;

/** Short reader-facing label of each level ("local unit"). */
export const LEVEL_LABELS: Record<Level, string> = {
  organisation: 'organisation',
  'local-unit': 'local unit',
  individual: 'individual',
};

/** Level ids, widest first. */
export const LEVEL_IDS = Object.keys(LEVELS) as Level[];

/** Kinds of actor a group record can describe. */
export const GROUP_KINDS = {
  organisation: 'Organisation',
  branch: 'Branch of an organisation',
  'local-unit': 'Local unit',
  'media-outlet': 'Media outlet',
  state: 'State or government',
  coalition: 'Coalition or umbrella',
  monitor: 'Monitor or observer',
  unspecified: 'Unnamed groups of one alignment (an article’s “IS groups”, “AQ groups”)',
} as const;

/** A group kind. */
export type GroupKind = keyof typeof GROUP_KINDS;

/** The lineages the chart groups lanes by, in lane order. */
export const LINEAGES = {
  'islamic-state': 'The Islamic State line',
  nusra: 'The al-Nusra line',
  'al-qaeda': 'Al-Qaeda central and its branches',
  rebels: 'Syrian rebels and the FSA',
  islamist: 'Syrian Islamist coalitions',
  states: 'States and governments',
  other: 'Others',
} as const;

/** A lineage id. */
export type Lineage = keyof typeof LINEAGES;

/**
 * Where a place's coordinates come from, with the note pages and places.json show beside them.
 * The five articles give no coordinates, so every pair is general reference.
 */
export const COORDINATE_PROVENANCE = {
  'general-reference': 'general reference, not from the five articles',
} as const;

/** A coordinate provenance id. */
export type CoordinateProvenance = keyof typeof COORDINATE_PROVENANCE;

/** Coordinate provenance ids. */
export const COORDINATE_PROVENANCE_IDS = Object.keys(COORDINATE_PROVENANCE) as [CoordinateProvenance, ...CoordinateProvenance[]];

/** What marks a spelling none of the five articles uses, on pages and in the data files. */
export const SEARCH_ALIASES_NOTE = 'not used by the five articles';

/** How group pages and groups.json label spellings none of the five articles uses. */
export const SEARCH_ALIASES_LABEL = `other spellings, ${SEARCH_ALIASES_NOTE}`;
