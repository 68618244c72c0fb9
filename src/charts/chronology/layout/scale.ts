/**
 * The chart's time scale, with an optional focus: a piecewise-linear "warp" of the domain that
 * gives the period where most events fall more of the width (focus + context). Time is never
 * distorted silently: the warp is reported (`describeFocus`) and the compressed stretches are
 * shaded on the chart; the reader can switch to an even scale. Zoom and pan act on the warped
 * coordinate, so inside one stretch the scale is linear. Pure; UTC milliseconds throughout.
 */
import { DAY_MS, dayToMs, msToDay } from './time';

/**
 * A monotone piecewise-linear map from time (UTC ms, over the domain) to [0, 1]. `t` and `u`
 * are the knots (same length ≥ 2, both increasing); identity when there are two knots.
 */
export interface Warp {
  t: readonly number[];
  u: readonly number[];
}

/** The even scale over a domain (UTC ms, end exclusive). */
export function evenWarp(domainMs: readonly [number, number]): Warp {
  return { t: [domainMs[0], domainMs[1]], u: [0, 1] };
}

/** The piece of an increasing knot list holding `v`: the last i ≤ length − 2 with xs[i] ≤ v, else 0 (binary search). */
function locate(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (v >= xs[mid]!) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Position of an instant on the warped axis, in [0, 1] inside the domain (extrapolated outside). */
export function warp(w: Warp, ms: number): number {
  const i = locate(w.t, ms);
  const t0 = w.t[i]!;
  const t1 = w.t[i + 1]!;
  return w.u[i]! + ((ms - t0) * (w.u[i + 1]! - w.u[i]!)) / (t1 - t0);
}

/** Inverse of `warp`: the instant at a warped position. */
export function unwarp(w: Warp, u: number): number {
  const i = locate(w.u, u);
  const u0 = w.u[i]!;
  const u1 = w.u[i + 1]!;
  return w.t[i]! + ((u - u0) * (w.t[i + 1]! - w.t[i]!)) / (u1 - u0);
}

/** A view of a warped axis mapped onto a pixel range: time → x and x → time. */
export interface ViewScale {
  x(ms: number): number;
  time(x: number): number;
  /** Warped positions of the view's ends. */
  u0: number;
  u1: number;
}

/** The scale of a view (UTC ms, end exclusive) drawn over [r0, r1] (user units). */
export function viewScale(w: Warp, view: readonly [number, number], range: readonly [number, number]): ViewScale {
  const u0 = warp(w, view[0]);
  const u1 = warp(w, view[1]);
  const [r0, r1] = range;
  const k = u1 === u0 ? 0 : (r1 - r0) / (u1 - u0);
  return {
    u0,
    u1,
    x: (ms) => r0 + (warp(w, ms) - u0) * k,
    time: (x) => unwarp(w, u0 + (k === 0 ? 0 : (x - r0) / k)),
  };
}

/** The focus of a warp: the magnified period and by how much, or null for an even scale. */
export interface Focus {
  /** First instant and exclusive end of the magnified period (UTC ms). */
  startMs: number;
  endMs: number;
  /** How many times wider a day of the focus is drawn than a day outside it. */
  factor: number;
  /** How many of the events counted fall in the focus, of how many. */
  count: number;
  total: number;
}

/** Tuning of `focusWarp`. */
export interface FocusOptions {
  /** Share of the events the focus must hold (default 0.7). */
  share?: number;
  /** Share of the width the focus is given (default 0.55). */
  width?: number;
  /** A focus is only used if it magnifies at least this much (default 1.8)… */
  minFactor?: number;
  /** …and at most this much (default 8: beyond, the context is unreadable). */
  maxFactor?: number;
}

const MONTH = 30.44 * DAY_MS;

function quarterStarts(domainMs: readonly [number, number]): number[] {
  const out: number[] = [];
  const first = new Date(domainMs[0]);
  let y = first.getUTCFullYear();
  let m = Math.floor(first.getUTCMonth() / 3) * 3;
  for (;;) {
    const t = Date.UTC(y, m, 1);
    if (t >= domainMs[1]) break;
    if (t >= domainMs[0]) out.push(t);
    m += 3;
    if (m >= 12) ((m = 0), y++);
  }
  out.push(domainMs[1]);
  if (out[0] !== domainMs[0]) out.unshift(domainMs[0]);
  return out;
}

/**
 * A focus + context warp for events over a domain: the shortest run of whole quarters holding
 * `share` of the events' centres (events dated no more loosely than two years; an undated event's
 * bounds say nothing about where it falls) gets `width` of the axis. Returns an even warp and a
 * null focus when the events are spread out (the focus would magnify less than `minFactor`) or
 * too few (under 8) to speak of a dense period.
 */
export function focusWarp(
  events: readonly { start: string; end: string; precision: string }[],
  domainMs: readonly [number, number],
  options: FocusOptions = {},
): { warp: Warp; focus: Focus | null } {
  const { share = 0.7, width = 0.55, minFactor = 1.8, maxFactor = 8 } = options;
  const even = { warp: evenWarp(domainMs), focus: null };
  const centres = events
    .filter((e) => e.precision !== 'undated')
    .map((e) => [dayToMs(e.start), dayToMs(e.end) + DAY_MS] as const)
    .filter(([a, b]) => b - a <= 2 * 366 * DAY_MS)
    .map(([a, b]) => (a + b) / 2)
    .filter((c) => c >= domainMs[0] && c < domainMs[1])
    .sort((a, b) => a - b);
  if (centres.length < 8) return even;
  const need = Math.ceil(share * centres.length);
  const q = quarterStarts(domainMs);
  // Centres are sorted: the count in [a, b) is a difference of two binary searches.
  const below = (t: number) => {
    let lo = 0;
    let hi = centres.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (centres[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let best: { a: number; b: number; count: number } | null = null;
  for (let i = 0; i < q.length - 1; i++) {
    for (let j = i + 1; j < q.length; j++) {
      const a = q[i]!;
      const b = q[j]!;
      if (best && b - a > best.b - best.a) break;
      const count = below(b) - below(a);
      if (count < need) continue;
      if (!best || b - a < best.b - best.a || (b - a === best.b - best.a && count > best.count)) best = { a, b, count };
      break;
    }
  }
  if (!best) return even;
  const D = domainMs[1] - domainMs[0];
  const L = best.b - best.a;
  if (L >= D - MONTH) return even;
  const factor = Math.min(maxFactor, ((width / (1 - width)) * (D - L)) / L);
  if (factor < minFactor) return even;
  const total = D - L + factor * L;
  const t = [domainMs[0], best.a, best.b, domainMs[1]];
  const u = [0, (best.a - domainMs[0]) / total, (best.a - domainMs[0] + factor * L) / total, 1];
  // Drop repeated knots where the focus touches an end of the domain.
  const keep = t.map((_, k) => k === 0 || t[k]! > t[k - 1]!);
  return {
    warp: { t: t.filter((_, k) => keep[k]), u: u.filter((_, k) => keep[k]) },
    focus: { startMs: best.a, endMs: best.b, factor, count: best.count, total: centres.length },
  };
}

/** A stretch of the view drawn at one scale, with how compressed it is relative to the focus. */
export interface Stretch {
  startMs: number;
  endMs: number;
  /** Pixels per day relative to the most magnified stretch in the view (1 = that stretch). */
  relative: number;
}

/** The view cut into stretches of one scale each (one stretch when the view is even). */
export function stretches(w: Warp, view: readonly [number, number]): Stretch[] {
  const out: { startMs: number; endMs: number; slope: number }[] = [];
  for (let i = 0; i < w.t.length - 1; i++) {
    const a = Math.max(view[0], w.t[i]!);
    const b = Math.min(view[1], w.t[i + 1]!);
    if (b <= a) continue;
    out.push({ startMs: a, endMs: b, slope: (w.u[i + 1]! - w.u[i]!) / (w.t[i + 1]! - w.t[i]!) });
  }
  const top = Math.max(...out.map((s) => s.slope));
  return out.map((s) => ({ startMs: s.startMs, endMs: s.endMs, relative: s.slope / top }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthYear(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * The sentence stating a focus ("January 2013 to June 2015, where 21 of 30 dated events fall, is
 * drawn 6× wider than the years around it."), or null for an even view.
 */
export function describeFocus(focus: Focus | null): string | null {
  if (!focus) return null;
  const last = monthYear(focus.endMs - DAY_MS);
  const factor = focus.factor >= 3 ? Math.round(focus.factor) : Math.round(focus.factor * 10) / 10;
  return (
    `${monthYear(focus.startMs)} to ${last}, where ${focus.count} of ${focus.total} closely dated events fall, ` +
    `is drawn ${factor}× wider than the years around it (shaded).`
  );
}

/** ISO day range of a focus, for tests and labels. */
export function focusDays(focus: Focus): [string, string] {
  return [msToDay(focus.startMs), msToDay(focus.endMs - DAY_MS)];
}
