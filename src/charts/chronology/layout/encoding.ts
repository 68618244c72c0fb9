/**
 * Visual encoding: every event family has a shape AND a colour (the colours are in the site's
 * palette, src/styles/palette.ts), statuses map to fill styles, and precisions to a point, a bar
 * or, for an event known only within bounds, a thin whisker. Pure; shared by server and client.
 */
import type { Precision } from '../../../lib/chronology/types';
import type { EventFamily, Support } from '../../../lib/chronology/vocabulary';

/** Legend order of families (the vocabulary's order). */
export const FAMILY_ORDER: readonly EventFamily[] = [
  'allegiance',
  'merger',
  'rupture',
  'cooperation',
  'talks',
  'violence',
  'organisation',
  'politics',
];

/** Shape names, one per family. */
export type Shape = 'circle' | 'diamond' | 'triangle-down' | 'square' | 'hexagon' | 'star' | 'triangle-up' | 'plus';

/** The shape of each family's symbol (its colour is `--family-<family>` in the palette). */
export const FAMILY_SHAPE: Record<EventFamily, Shape> = {
  allegiance: 'circle',
  merger: 'diamond',
  rupture: 'triangle-down',
  cooperation: 'square',
  talks: 'hexagon',
  violence: 'star',
  organisation: 'triangle-up',
  politics: 'plus',
};

/** How firmly an event is held, as drawn: filled, hollow, or hollow with a dashed outline. */
export type Firmness = 'firm' | 'claimed' | 'contested';

/**
 * Event support → drawing style: backed by at least one independent origin, filled; only a
 * party's claim or hedged accounts, hollow; contested or denied, hollow with a dashed outline.
 */
export const STATUS_FIRMNESS: Record<Support, Firmness> = {
  corroborated: 'firm',
  'single-origin': 'firm',
  'party-claim': 'claimed',
  hedged: 'claimed',
  contested: 'contested',
  denied: 'contested',
};

/** Reader-facing words for each support level (kept here so the browser bundle needs no vocabulary). */
export const SUPPORT_WORDS: Record<Support, string> = {
  corroborated: 'corroborated',
  'single-origin': 'one independent origin',
  'party-claim': 'claimed by a party',
  hedged: 'hedged',
  contested: 'contested',
  denied: 'denied',
};

/** Legend wording of each firmness. */
export const FIRMNESS_LABEL: Record<Firmness, string> = {
  firm: 'At least one independent origin: filled',
  claimed: 'Only a party’s claim, or hedged: hollow',
  contested: 'Contested or denied: hollow, dashed outline',
};

/** A point for a day; a bar for a month, season, year or range; a thin whisker over the bounds when undated. */
export type Extent = 'point' | 'bar' | 'bounds';

/** Precision → how the date's extent is drawn. */
export function extentOf(precision: Precision): Extent {
  if (precision === 'day') return 'point';
  if (precision === 'undated') return 'bounds';
  return 'bar';
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function regularPoints(scale: number, n: number, rotation: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const a = rotation + (i * 2 * Math.PI) / n;
    pts.push([scale * Math.cos(a), scale * Math.sin(a)]);
  }
  return pts;
}

function starPoints(): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? 1.35 : 0.6;
    pts.push([rr * Math.cos(a), rr * Math.sin(a)]);
  }
  return pts;
}

const A = 1.05;
const B = 0.38;

/** Outline of each shape for a unit radius (null: a circle), shared by the SVG and canvas painters. */
export const SHAPE_VERTICES: Record<Shape, readonly (readonly [number, number])[] | null> = {
  circle: null,
  square: [
    [-0.9, -0.9],
    [0.9, -0.9],
    [0.9, 0.9],
    [-0.9, 0.9],
  ],
  diamond: regularPoints(1.2, 4, -Math.PI / 2),
  'triangle-up': regularPoints(1.25, 3, -Math.PI / 2),
  'triangle-down': regularPoints(1.25, 3, Math.PI / 2),
  hexagon: regularPoints(1.05, 6, 0),
  star: starPoints(),
  plus: [
    [-B, -A],
    [B, -A],
    [B, -B],
    [A, -B],
    [A, B],
    [B, B],
    [B, A],
    [-B, A],
    [-B, B],
    [-A, B],
    [-A, -B],
    [-B, -B],
  ],
};

/** SVG path data of a family's symbol centred on (cx, cy) with nominal radius r (similar areas). */
export function symbolPath(shape: Shape, cx: number, cy: number, r: number): string {
  const pts = SHAPE_VERTICES[shape];
  if (!pts)
    return `M${r2(cx - r)},${r2(cy)}a${r2(r)},${r2(r)} 0 1,0 ${r2(2 * r)},0a${r2(r)},${r2(r)} 0 1,0 ${r2(-2 * r)},0Z`;
  return `M${pts.map(([x, y]) => `${r2(cx + x * r)},${r2(cy + y * r)}`).join('L')}Z`;
}
