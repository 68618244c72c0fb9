/**
 * Calendar time for the chart: ISO days ↔ UTC milliseconds, and calendar-aware axis ticks
 * (years, quarters, months, days) chosen by how much room the axis has. Pure and UTC-only.
 * d3-scale's scaleUtc is not used: it brings d3-time-format, d3-interpolate and d3-color
 * (≈10 KB gzip) into the browser for features the chart does not need; scale.ts maps time.
 */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** UTC midnight of an ISO day ("YYYY-MM-DD"), in milliseconds; NaN for anything else. */
export function dayToMs(day: string): number {
  // Read the digits directly: Date.parse is slow over tens of thousands of events.
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-') return NaN;
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

/** The ISO day containing a UTC instant. */
export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One axis tick. */
export interface Tick {
  /** UTC milliseconds of the tick. */
  t: number;
  label: string;
  /** A year boundary: drawn as a stronger gridline. */
  major: boolean;
}

interface Step {
  interval: CountableTimeInterval;
  every: number;
  /** Rough length of one step, to estimate how many ticks it makes. */
  ms: number;
}

// Coarsest first; the first step whose ticks fit the room wins.
const STEPS: Step[] = [
  { interval: utcYear, every: 10, ms: 3652 * DAY_MS },
  { interval: utcYear, every: 5, ms: 1826 * DAY_MS },
  { interval: utcYear, every: 2, ms: 730 * DAY_MS },
  { interval: utcYear, every: 1, ms: 365 * DAY_MS },
  { interval: utcMonth, every: 6, ms: 182 * DAY_MS },
  { interval: utcMonth, every: 3, ms: 91 * DAY_MS },
  { interval: utcMonth, every: 1, ms: 30 * DAY_MS },
  { interval: utcDay, every: 7, ms: 7 * DAY_MS },
  { interval: utcDay, every: 2, ms: 2 * DAY_MS },
  { interval: utcDay, every: 1, ms: DAY_MS },
];

function tickLabel(d: Date, step: Step): string {
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  if (month === 0 && day === 1) return String(d.getUTCFullYear());
  if (step.interval === utcDay && day !== 1) return `${day} ${MONTH_ABBR[month]}`;
  return MONTH_ABBR[month]!;
}

/**
 * Ticks for the span [startMs, endMs] drawn over `widthPx`, at least `minSpacing` pixels apart:
 * the finest calendar step (ten years … one day) that fits. January 1st is labelled by its year
 * (axis.ts adds the year to the first tick of a view inside one year).
 */
export function calendarTicks(startMs: number, endMs: number, widthPx: number, minSpacing = 64): Tick[] {
  if (!(endMs > startMs) || !(widthPx > 0)) return [];
  const room = Math.max(1, Math.floor(widthPx / minSpacing));
  const span = endMs - startMs;
  let chosen = STEPS[0]!;
  for (const step of STEPS) {
    if (span / step.ms > room) break;
    chosen = step;
  }
  const every = chosen.interval.every(chosen.every);
  if (!every) return [];
  const ticks = every.range(new Date(startMs), new Date(endMs + 1)).map((d) => {
    const t = d.getTime();
    return { t, label: tickLabel(d, chosen), major: d.getUTCMonth() === 0 && d.getUTCDate() === 1 };
  });
  return ticks;
}

/** The span [start, end] of ISO days widened to whole years (start of first, last day of last). */
export function yearBounds(start: string, end: string): [string, string] {
  const first = utcYear.floor(new Date(dayToMs(start)));
  const last = utcYear.ceil(new Date(dayToMs(end) + DAY_MS));
  return [msToDay(first.getTime()), msToDay(last.getTime() - DAY_MS)];
}
