/**
 * Edge geometry, pure: a pair's ties drawn side by side as gentle curves (one slot per period),
 * each sampled into a polyline and shaped by its kind's line style (straight, zigzag, broken,
 * stitched), trimmed at the nodes, with an arrowhead for directed ties and a glyph position at
 * the middle. Coordinates in viewBox px, rounded to 0.1.
 */
import type { Geometry } from '../encoding';

/** What to draw for one edge. */
export interface EdgeGeometry {
  /** Path data of the line (two sub-paths for a broken line). */
  d: string;
  /** Path data of cross-stitches (alliance), if any. */
  stitches?: string;
  /** Path data of the arrowhead (directed ties), if any. */
  head?: string;
  /** Where the kind's glyph sits (the curve's middle). */
  mid: [number, number];
}

/** Input: the two ends (node centres), the slot offset (px, signed), the node radii, the line style. */
export interface EdgeInput {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Perpendicular offset at the middle, in px (0 for a single tie). */
  offset: number;
  r0: number;
  r1: number;
  geometry: Geometry;
  /** Draw an arrowhead at the (x1, y1) end. */
  arrow: boolean;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const pt = (x: number, y: number) => `${r1(x)},${r1(y)}`;

/** Offsets (px) of `n` ties between one pair: 0 alone, else spread symmetrically `gap` px apart. */
export function slotOffsets(n: number, gap = 9): number[] {
  return Array.from({ length: n }, (_, i) => (i - (n - 1) / 2) * gap);
}

/** Geometry of one edge. Degenerate input (both ends at one point) gives an empty path. */
export function edgeGeometry(e: EdgeInput): EdgeGeometry {
  const dx = e.x1 - e.x0;
  const dy = e.y1 - e.y0;
  const length = Math.hypot(dx, dy);
  if (length < 1e-6) return { d: '', mid: [r1(e.x0), r1(e.y0)] };
  const nx = -dy / length;
  const ny = dx / length;
  // Quadratic control point so the curve passes `offset` px from the chord at its middle.
  const cx = (e.x0 + e.x1) / 2 + nx * e.offset * 2;
  const cy = (e.y0 + e.y1) / 2 + ny * e.offset * 2;
  const at = (t: number): [number, number] => {
    const u = 1 - t;
    return [u * u * e.x0 + 2 * u * t * cx + t * t * e.x1, u * u * e.y0 + 2 * u * t * cy + t * t * e.y1];
  };
  const tangent = (t: number): [number, number] => {
    const tx = 2 * (1 - t) * (cx - e.x0) + 2 * t * (e.x1 - cx);
    const ty = 2 * (1 - t) * (cy - e.y0) + 2 * t * (e.y1 - cy);
    const l = Math.hypot(tx, ty) || 1;
    return [tx / l, ty / l];
  };
  const headLength = e.arrow ? 8 : 0;
  const t0 = Math.min(0.45, (e.r0 + 2) / length);
  const t1 = Math.max(0.55, 1 - (e.r1 + 2 + headLength) / length);
  const steps = Math.max(2, Math.min(40, Math.round((length * (t1 - t0)) / 7)));
  const ts = Array.from({ length: steps + 1 }, (_, i) => t0 + ((t1 - t0) * i) / steps);
  let points = ts.map(at);
  if (e.geometry === 'zigzag') {
    points = points.map(([x, y], i) => {
      if (i === 0 || i === points.length - 1) return [x, y];
      const [tx, ty] = tangent(ts[i]!);
      const side = i % 2 === 0 ? 2.6 : -2.6;
      return [x - ty * side, y + tx * side];
    });
  }
  const poly = (list: [number, number][]) => `M${list.map(([x, y]) => pt(x, y)).join('L')}`;
  let d: string;
  if (e.geometry === 'broken') {
    // A gap around the middle, where the glyph sits.
    const left = points.filter((_, i) => ts[i]! <= 0.4);
    const right = points.filter((_, i) => ts[i]! >= 0.6);
    d = `${poly(left.length > 1 ? left : [at(t0), at(0.4)])}${poly(right.length > 1 ? right : [at(0.6), at(t1)])}`;
  } else if (e.offset === 0 && e.geometry !== 'zigzag') {
    d = poly([points[0]!, points[points.length - 1]!]);
  } else {
    d = poly(points);
  }
  const out: EdgeGeometry = { d, mid: at(0.5).map(r1) as [number, number] };
  if (e.geometry === 'stitched') {
    // Short cross-bars at a third and two thirds: "tied together".
    out.stitches = [1 / 3, 2 / 3]
      .map((t) => {
        const tt = t0 + (t1 - t0) * t;
        const [x, y] = at(tt);
        const [tx, ty] = tangent(tt);
        return `M${pt(x - ty * 4, y + tx * 4)}L${pt(x + ty * 4, y - tx * 4)}`;
      })
      .join('');
  }
  if (e.arrow) {
    const [ex, ey] = at(t1);
    const [tx, ty] = tangent(t1);
    const tip: [number, number] = [ex + tx * headLength, ey + ty * headLength];
    out.head = `M${pt(...tip)}L${pt(ex - ty * 4, ey + tx * 4)}L${pt(ex + ty * 4, ey - tx * 4)}Z`;
  }
  return out;
}
