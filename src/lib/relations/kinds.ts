/**
 * The relationship kinds of the layer: the field's standard typology (affiliation or branch,
 * alliance or cooperation, merger, split or splinter, rivalry or fighting, truce or agreement,
 * talks), as named on the method page. Pure data; the network, pages and data files read it here.
 */

/** A relationship kind id. */
export type RelationKind = 'affiliation' | 'alliance' | 'merger' | 'split' | 'rivalry' | 'truce' | 'talks';

/** Everything the site says about one kind. */
export interface RelationKindInfo {
  /** Reader-facing label ("Affiliation or branch"). */
  label: string;
  /** Short label for legends and tight places ("affiliation"). */
  short: string;
  /** Direction matters: from the branch to the group it answers to, from the group joining to the one joined, from the side that broke away. */
  directed: boolean;
  /** One line for the method page and the legend. */
  description: string;
}

/** All kinds, in legend order. */
export const RELATION_KINDS: Record<RelationKind, RelationKindInfo> = {
  affiliation: {
    label: 'Affiliation or branch',
    short: 'affiliation',
    directed: true,
    description:
      'One group is a branch of another or has pledged allegiance to it (arrow from the branch to the group it answers to).',
  },
  alliance: {
    label: 'Alliance or cooperation',
    short: 'cooperation',
    directed: false,
    description: 'The groups fight alongside each other or coordinate operations.',
  },
  merger: {
    label: 'Merger',
    short: 'merger',
    directed: true,
    description:
      'One group joins another, or is announced as merged into it by that group (arrow from the group joining, or named as absorbed, to the group joined or announcing the merger).',
  },
  split: {
    label: 'Split or splinter',
    short: 'split',
    directed: true,
    description: 'Ties are cut and stay cut (arrow away from the side that broke them, where the sources agree on it).',
  },
  rivalry: {
    label: 'Rivalry or fighting',
    short: 'rivalry',
    directed: false,
    description: 'The groups fight each other.',
  },
  truce: {
    label: 'Truce or agreement',
    short: 'truce',
    directed: false,
    description: 'A truce or an agreement, such as one dividing territory, over the span the sources report.',
  },
  talks: {
    label: 'Talks',
    short: 'talks',
    directed: false,
    description: 'Meetings or discussions between the groups, as reported, over the dates reported.',
  },
};

/** Kind ids in legend order. */
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as RelationKind[];
