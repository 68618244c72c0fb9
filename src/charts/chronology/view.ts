/**
 * Gestures as pure actions on the visible span: wheel, drag, pinch, keyboard, buttons and the
 * overview window each map plain numbers (client pixels, UTC ms) to the next span. Zoom and pan
 * act on the warped axis (layout/scale.ts), so they are linear where the reader looks; the
 * overview strip is in even time. d3-zoom's rules are kept where they matter: the wheel curve,
 * letting the page scroll when the view cannot change, and pinch by straight-line distance.
 */
import { unwarp, warp, type Warp } from './layout/scale';
import { DAY_MS, dayToMs } from './layout/time';
import type { ChartEvent } from './model';
import { MIN_SPAN_MS } from './state';

/** Where the plot is and how its axis runs: enough to turn pixels into time. */
export interface Frame {
  warp: Warp;
  /** The zoomable span, UTC ms, end exclusive. */
  domainMs: readonly [number, number];
  /** Left edge and width of the plot area, in client pixels. */
  left: number;
  width: number;
}

/** A span in UTC ms, end exclusive. */
export type Span = readonly [number, number];

const EPSILON = 1e-9;

/** True when two spans are the same to well under a millisecond per day of width. */
export function sameSpan(a: Span, b: Span): boolean {
  const tolerance = Math.max(1, (a[1] - a[0]) * 1e-7);
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/**
 * A warped span [u0, u1] turned back into time, kept inside the domain (by shifting, keeping its
 * width) and at least MIN_SPAN_MS wide (widened about its middle).
 */
export function fromWarped(frame: Pick<Frame, 'warp' | 'domainMs'>, u0: number, u1: number): [number, number] {
  const [d0, d1] = frame.domainMs;
  let width = Math.min(1, Math.max(EPSILON, u1 - u0));
  let a = u0;
  if (a < 0) a = 0;
  if (a + width > 1) a = 1 - width;
  let t0 = unwarp(frame.warp, a);
  let t1 = unwarp(frame.warp, a + width);
  if (t1 - t0 < MIN_SPAN_MS && d1 - d0 > MIN_SPAN_MS) {
    const mid = (t0 + t1) / 2;
    t0 = Math.max(d0, Math.min(d1 - MIN_SPAN_MS, mid - MIN_SPAN_MS / 2));
    t1 = t0 + MIN_SPAN_MS;
    width = warp(frame.warp, t1) - warp(frame.warp, t0);
  }
  return [Math.max(d0, t0), Math.min(d1, t1)];
}

/** The warped ends of a span. */
export function toWarped(frame: Pick<Frame, 'warp'>, view: Span): [number, number] {
  return [warp(frame.warp, view[0]), warp(frame.warp, view[1])];
}

/** Zooms by `factor` (> 1 zooms in) keeping the instant under client x `anchorX` where it is. */
export function zoomAt(frame: Frame, view: Span, factor: number, anchorX: number): [number, number] {
  if (!(factor > 0)) return [view[0], view[1]];
  const [u0, u1] = toWarped(frame, view);
  const f = Math.min(1, Math.max(0, (anchorX - frame.left) / Math.max(1, frame.width)));
  const ua = u0 + f * (u1 - u0);
  const width = (u1 - u0) / factor;
  return fromWarped(frame, ua - f * width, ua - f * width + width);
}

/** Zooms by `factor` centring the view on the instant `centreMs`. */
export function zoomOn(frame: Pick<Frame, 'warp' | 'domainMs'>, view: Span, factor: number, centreMs: number): [number, number] {
  if (!(factor > 0)) return [view[0], view[1]];
  const [u0, u1] = toWarped(frame, view);
  const width = (u1 - u0) / factor;
  const uc = warp(frame.warp, centreMs);
  return fromWarped(frame, uc - width / 2, uc + width / 2);
}

/** Pans by `dx` client pixels (positive moves the content right, i.e. towards earlier dates). */
export function panBy(frame: Frame, view: Span, dx: number): [number, number] {
  const [u0, u1] = toWarped(frame, view);
  const du = (-dx / Math.max(1, frame.width)) * (u1 - u0);
  return fromWarped(frame, u0 + du, u1 + du);
}

/** Pans by a fraction of the view's width (negative is earlier). */
export function panFraction(frame: Pick<Frame, 'warp' | 'domainMs'>, view: Span, fraction: number): [number, number] {
  const [u0, u1] = toWarped(frame, view);
  const du = fraction * (u1 - u0);
  return fromWarped(frame, u0 + du, u1 + du);
}

/** A wheel event, as the browser reports it. */
export interface WheelInput {
  deltaX: number;
  deltaY: number;
  /** 0 pixels, 1 lines, 2 pages. */
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  clientX: number;
}

/** What a wheel event does: the next span, whether the chart used it (else the page scrolls), a hint. */
export interface WheelResult {
  view: [number, number];
  /** The chart changed its view: cancel the page scroll. False: let the page scroll. */
  handled: boolean;
  /** Say how to zoom here ("Ctrl + scroll"): the reader scrolled over a chart that needs the key. */
  hint: boolean;
}

/** Pixels per wheel delta unit, by deltaMode (pixels, lines, pages), as d3-zoom reads them. */
const DELTA_SCALE = [0.002, 0.05, 1] as const;

/**
 * The wheel over the chart. `mode` 'zoom' (the chart page) zooms with the plain wheel; 'modifier'
 * (charts inside prose) zooms only with Ctrl or ⌘ held and otherwise leaves the wheel to the page,
 * asking for the hint. Vertical wheel zooms about the pointer (d3-zoom's curve: 2^(−Δy·k));
 * horizontal wheel, or Shift + wheel, pans. When the view cannot change (fully zoomed out and
 * zooming out, at an edge and panning towards it) the page scrolls.
 */
export function wheelAction(frame: Frame, view: Span, input: WheelInput, mode: 'zoom' | 'modifier'): WheelResult {
  const unchanged = { view: [view[0], view[1]] as [number, number], handled: false, hint: false };
  const modifier = input.ctrlKey || input.metaKey;
  if (mode === 'modifier' && !modifier) return { ...unchanged, hint: true };
  const scale = DELTA_SCALE[input.deltaMode as 0 | 1 | 2] ?? DELTA_SCALE[0];
  const horizontal = Math.abs(input.deltaX) > Math.abs(input.deltaY);
  let next: [number, number];
  if (horizontal || (input.shiftKey && !modifier)) {
    const delta = horizontal ? input.deltaX : input.deltaY;
    const px = input.deltaMode === 1 ? delta * 20 : input.deltaMode === 2 ? delta * frame.width : delta;
    next = panBy(frame, view, -px);
  } else {
    const factor = 2 ** (-input.deltaY * scale * (input.ctrlKey ? 5 : 1));
    next = zoomAt(frame, view, factor, input.clientX);
  }
  if (sameSpan(next, view)) return unchanged;
  return { view: next, handled: true, hint: false };
}

/** A point of a touch or pen, in client pixels. */
export type Point = readonly [number, number];

/**
 * Two-finger pinch: the view scales by the change in straight-line distance between the fingers
 * (so a vertical or diagonal pinch zooms too), and the instant under the first midpoint follows
 * the current midpoint (so the gesture also pans).
 */
export function pinchAction(
  frame: Frame,
  start: { view: Span; a: Point; b: Point },
  now: { a: Point; b: Point },
): [number, number] {
  const d0 = Math.hypot(start.b[0] - start.a[0], start.b[1] - start.a[1]);
  const d1 = Math.hypot(now.b[0] - now.a[0], now.b[1] - now.a[1]);
  if (d0 < 1 || d1 < 1) return [start.view[0], start.view[1]];
  const k = d1 / d0;
  const [u0, u1] = toWarped(frame, start.view);
  const w = Math.max(1, frame.width);
  const m0 = (start.a[0] + start.b[0]) / 2;
  const m1 = (now.a[0] + now.b[0]) / 2;
  const ua = u0 + ((m0 - frame.left) / w) * (u1 - u0);
  const width = (u1 - u0) / k;
  const left = ua - ((m1 - frame.left) / w) * width;
  return fromWarped(frame, left, left + width);
}

/** One-finger or mouse drag from `startX` to `x`: the content follows the pointer. */
export function dragAction(frame: Frame, startView: Span, startX: number, x: number): [number, number] {
  return panBy(frame, startView, x - startX);
}

/** A pointer that moved less than this many pixels is a tap or click, not a drag. */
export const TAP_SLOP = 6;

/** True when a pointer's travel keeps it a tap (or click). */
export function isTap(start: Point, end: Point): boolean {
  return Math.hypot(end[0] - start[0], end[1] - start[1]) < TAP_SLOP;
}

/** The instant the `+` button zooms on: the middle (median) of the events in view, else the view's middle. */
export function eventsCentre(events: readonly Pick<ChartEvent, 'start' | 'end'>[], view: Span): number {
  const centres = events
    .map((e) => (dayToMs(e.start) + dayToMs(e.end) + DAY_MS) / 2)
    .map((c) => Math.min(view[1], Math.max(view[0], c)))
    .sort((a, b) => a - b);
  if (centres.length === 0) return (view[0] + view[1]) / 2;
  const mid = centres.length >> 1;
  return centres.length % 2 ? centres[mid]! : (centres[mid - 1]! + centres[mid]!) / 2;
}

/**
 * The span after bringing an event's symbol (the middle of its interval) into view: unchanged if
 * it is well inside, otherwise the same warped width centred on it. Zoom is kept, so stepping onto
 * a years-long undated event does not throw the reader out to the whole period.
 */
export function revealEvent(
  frame: Pick<Frame, 'warp' | 'domainMs'>,
  view: Span,
  event: Pick<ChartEvent, 'start' | 'end'>,
): [number, number] {
  const mid = (dayToMs(event.start) + dayToMs(event.end) + DAY_MS) / 2;
  const [u0, u1] = toWarped(frame, view);
  const um = warp(frame.warp, mid);
  const margin = (u1 - u0) * 0.05;
  if (um >= u0 + margin && um <= u1 - margin) return [view[0], view[1]];
  return fromWarped(frame, um - (u1 - u0) / 2, um + (u1 - u0) / 2);
}

/** Which part of the overview window a pointer took hold of. */
export type OverviewGrip = 'move' | 'left' | 'right' | 'outside';

/** The grip under an instant `t` of the overview strip, with `edgeMs` of tolerance around the window's ends. */
export function overviewGrip(view: Span, t: number, edgeMs: number): OverviewGrip {
  if (Math.abs(t - view[0]) <= edgeMs) return 'left';
  if (Math.abs(t - view[1]) <= edgeMs) return 'right';
  return t > view[0] && t < view[1] ? 'move' : 'outside';
}

/**
 * Dragging in the overview strip (even time): `move` slides the window by t − startT; `left` and
 * `right` move one end (never closer than MIN_SPAN_MS to the other); `outside` centres the window
 * on t keeping its width. Clamped to the domain.
 */
export function overviewAction(
  domainMs: readonly [number, number],
  grip: OverviewGrip,
  startView: Span,
  startT: number,
  t: number,
): [number, number] {
  const [d0, d1] = domainMs;
  const [a, b] = startView;
  const clamp = (x: number, y: number): [number, number] => {
    const w = Math.min(d1 - d0, y - x);
    if (x < d0) return [d0, d0 + w];
    if (y > d1) return [d1 - w, d1];
    return [x, y];
  };
  if (grip === 'move') return clamp(a + t - startT, b + t - startT);
  if (grip === 'left') return [Math.max(d0, Math.min(t, b - MIN_SPAN_MS)), b];
  if (grip === 'right') return [a, Math.min(d1, Math.max(t, a + MIN_SPAN_MS))];
  const w = b - a;
  return clamp(t - w / 2, t + w / 2);
}

/** What a key press on the focused chart asks for. */
export type KeyCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'zoom-in'
  | 'zoom-out'
  | 'reset'
  | 'pan-earlier'
  | 'pan-later'
  | 'open'
  | 'close';

/**
 * The command of a key on the focused chart: arrows step through events in time order (Shift
 * with ←/→ pans), Home/End jump, + and − zoom, 0 shows the whole period, Enter or Space opens the
 * current event, Escape closes it. Anything else is not the chart's (null).
 */
export function keyCommand(key: string, shiftKey: boolean): KeyCommand | null {
  switch (key) {
    case 'ArrowRight':
      return shiftKey ? 'pan-later' : 'next';
    case 'ArrowLeft':
      return shiftKey ? 'pan-earlier' : 'previous';
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
    case '−':
      return 'zoom-out';
    case '0':
      return 'reset';
    case 'Enter':
    case ' ':
      return 'open';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** Linear easing of a span towards another (f from 0 to 1, ease-out), for animated moves. */
export function tweenSpan(from: Span, to: Span, f: number): [number, number] {
  const e = f * (2 - f);
  return [from[0] + (to[0] - from[0]) * e, from[1] + (to[1] - from[1]) * e];
}
