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
    description: 'A group announces or attempts to absorb another, or joins a coalition.',
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
 * How a source presents a claim. Ordered from firmest to weakest; `disputed` and `denied` say
 * that reports contradict each other or a party denies them.
 */
export const STATUSES = {
  confirmed: 'Stated as fact by the source, or confirmed by a party to it',
  reported: 'Attributed by the source to a monitor, officials or other reports',
  alleged: 'Presented as a claim or accusation the source does not stand behind',
  disputed: 'The source reports contradicting accounts',
  denied: 'A party to it denies it',
  speculative: 'The source speculates ("may", "seems", "might")',
} as const;

/** A claim or event status. */
export type Status = keyof typeof STATUSES;

/** Status ids, firmest first. */
export const STATUS_IDS = Object.keys(STATUSES) as Status[];

/** Kinds of actor a group record can describe. */
export const GROUP_KINDS = {
  organisation: 'Organisation',
  branch: 'Branch of an organisation',
  'local-unit': 'Local unit',
  'media-outlet': 'Media outlet',
  state: 'State or government',
  coalition: 'Coalition or umbrella',
  monitor: 'Monitor or observer',
} as const;

/** A group kind. */
export type GroupKind = keyof typeof GROUP_KINDS;

/** The lineages the chart groups lanes by, in lane order. */
export const LINEAGES = {
  'islamic-state': 'The Islamic State line',
  nusra: 'The al-Nusra line',
  'al-qaeda': 'Al-Qaeda central and its branches',
  rebels: 'Syrian rebels',
  states: 'States and governments',
  other: 'Others',
} as const;

/** A lineage id. */
export type Lineage = keyof typeof LINEAGES;
