/**
 * The chart's size variants: one viewBox width and set of metrics each, in user units. The server
 * renders the variants a container can show and CSS container queries pick one, so text stays
 * between about 10 and 16 px and nothing shifts when the script runs; the export draws `print` (680 units across: at A4 text width, 170 mm, its 10-unit labels are 7 pt).
 * Type sizes here are what layout measures labels with: chart.css applies the same sizes.
 */

/** Where lane names go: a left gutter, or a line above each lane. */
export type LaneLabelMode = 'left' | 'above';

/** A size variant of the chart. */
export interface Variant {
  /** One letter, for element ids ("w", "m", "n", "p"). */
  key: string;
  name: VariantName;
  /** Width of the viewBox. */
  width: number;
  labels: LaneLabelMode;
  /** Left edge of the plot when lane names are on the left. */
  gutter: number;
  margin: number;
  /** Height of the (sticky) time axis. */
  axis: number;
  /** Height of a lineage header. */
  lineage: number;
  /** Room above a lane's rows for its name (labels: 'above'). */
  laneLabel: number;
  /** Height of one stacked row. */
  row: number;
  /** Space above and below a lane's rows. */
  lanePad: number;
  /** Symbol radius. */
  r: number;
  /** Radius of the invisible hit target around a symbol (≥ 12 CSS px where the variant is shown). */
  hit: number;
  /** Font sizes (user units). */
  text: { axis: number; lane: number; lineage: number; label: number; number: number };
  /** Widest direct label. */
  maxLabel: number;
  /** Least room between axis labels. */
  tickSpacing: number;
}

/** Variant names. */
export type VariantName = 'wide' | 'medium' | 'narrow' | 'print';

const BASE = { margin: 10, axis: 28, lineage: 20, lanePad: 3, r: 5 } as const;

/** Every variant, by name. Wide: containers from 860 px; medium: 560–860; narrow: below. */
export const VARIANTS: Record<VariantName, Variant> = {
  wide: {
    ...BASE,
    key: 'w',
    name: 'wide',
    width: 960,
    labels: 'left',
    gutter: 172,
    laneLabel: 0,
    row: 18,
    hit: 11,
    text: { axis: 11, lane: 12, lineage: 12, label: 11, number: 10 },
    maxLabel: 190,
    tickSpacing: 64,
  },
  medium: {
    ...BASE,
    key: 'm',
    name: 'medium',
    width: 640,
    labels: 'left',
    gutter: 132,
    laneLabel: 0,
    row: 18,
    hit: 11,
    text: { axis: 11, lane: 11.5, lineage: 11.5, label: 11, number: 10 },
    maxLabel: 170,
    tickSpacing: 56,
  },
  narrow: {
    ...BASE,
    key: 'n',
    name: 'narrow',
    width: 400,
    labels: 'above',
    gutter: 0,
    laneLabel: 16,
    row: 21,
    hit: 14,
    text: { axis: 12.5, lane: 13, lineage: 13, label: 12.5, number: 11.5 },
    maxLabel: 200,
    tickSpacing: 52,
  },
  print: {
    ...BASE,
    key: 'p',
    name: 'print',
    width: 680,
    labels: 'left',
    gutter: 134,
    laneLabel: 0,
    row: 16,
    hit: 0,
    text: { axis: 10, lane: 10.5, lineage: 10.5, label: 10, number: 9.5 },
    maxLabel: 160,
    tickSpacing: 50,
  },
};

/** The on-screen variants, widest first (the order CSS and the server render them in). */
export const SCREEN_VARIANTS: readonly VariantName[] = ['wide', 'medium', 'narrow'];

/**
 * What the server renders for a chart in a prose column (at most about 48rem): the medium
 * variant only. Without JavaScript a narrower column scrolls it sideways in its own box; with
 * JavaScript the browser draws the narrow variant itself.
 */
export const PROSE_VARIANTS: readonly VariantName[] = ['medium'];

/**
 * What the server renders for a chart in a column that never reaches the wide variant's 860 px
 * (an event page's chart, in its 38rem prose article): medium and narrow.
 * Were the column ever wider, chart.css shows the medium variant there (and in print).
 */
export const COLUMN_VARIANTS: readonly VariantName[] = ['medium', 'narrow'];

/** Left and right edges of the plot area (where time runs) of a variant. */
export function plotX(v: Variant): [number, number] {
  return [v.labels === 'left' ? v.gutter : v.margin, v.width - v.margin];
}
