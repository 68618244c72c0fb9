/**
 * Visual encoding of the network: every relationship kind has a colour AND a line style (its
 * path's geometry, width and arrowhead, plus a glyph at its middle in the chronology's shapes);
 * support is drawn as in the chronology (an independent origin: solid; a party's claim or hedged
 * accounts: hollow; contested: dashed); a day inside an imprecise start or end, or past the last report of an open-ended tie,
 * fades the edge. The colours are the site palette's (RELATION_COLOURS in src/styles/palette.ts,
 * `--relation-<kind>` in CSS), ≥ 3:1 against the page in both themes (tests/unit/palette.test.ts).
 */
import { STATUS_FIRMNESS, type Firmness, type Shape } from './shared';
import type { RelationKind } from '../../lib/relations/kinds';

/** How an edge's line is drawn, beyond its colour. */
export type Geometry = 'straight' | 'zigzag' | 'broken' | 'stitched' | 'thin' | 'thick';

/** The look of one kind beyond its colour: line geometry, glyph shape, stroke width (px). */
export interface KindStyle {
  geometry: Geometry;
  glyph: Shape;
  width: number;
  /** Short description of the line for the legend ("zigzag line"). */
  line: string;
}

/** The style of each kind. Affiliation/merger/split draw an arrow when the period is directed. */
export const KIND_STYLE: Record<RelationKind, KindStyle> = {
  affiliation: {
    geometry: 'straight',
    glyph: 'circle',
    width: 2.2,
    line: 'straight line, arrow to the group answered to',
  },
  alliance: {
    geometry: 'stitched',
    glyph: 'square',
    width: 2.2,
    line: 'line with cross-stitches',
  },
  merger: {
    geometry: 'thick',
    glyph: 'diamond',
    width: 3.6,
    line: 'thick line, arrow to the group joined or announcing the merger',
  },
  split: {
    geometry: 'broken',
    glyph: 'triangle-down',
    width: 2.2,
    line: 'line broken in the middle',
  },
  rivalry: { geometry: 'zigzag', glyph: 'star', width: 1.8, line: 'zigzag line' },
  truce: {
    geometry: 'straight',
    glyph: 'plus',
    width: 2.2,
    line: 'straight line, plus sign',
  },
  talks: {
    geometry: 'thin',
    glyph: 'hexagon',
    width: 1.2,
    line: 'thin line, hexagon',
  },
};

/** How firmly a period is held, as drawn: the chronology's three styles. */
export type { Firmness };

/**
 * Support → drawing style, as in the chronology: backed by at least one independent origin,
 * solid; only a party's claim or hedged accounts, hollow; contested, dashed. (Denied reports are
 * never drawn as periods; they are listed as links.) Unknown words draw solid.
 */
export function firmnessOf(support: string): Firmness {
  return (STATUS_FIRMNESS as Record<string, Firmness>)[support] ?? 'firm';
}

/** Legend wording of each firmness, for lines. */
export const FIRMNESS_TEXT: Record<Firmness, string> = {
  firm: 'At least one independent origin: solid',
  claimed: 'Only a party’s claim, or hedged: hollow',
  contested: 'Contested: dashed',
};
