/** Periods around events, for focused mini charts. */
import type { ChronologyEvent } from './types';

function shiftMonths(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The months around an event: from `margin` months before its start to `margin` after its end. */
export function periodAround(event: ChronologyEvent, margin = 6): { from: string; to: string } {
  return { from: shiftMonths(event.date.start, -margin), to: shiftMonths(event.date.end, margin) };
}

/** Most events a clipped (context) chart carries, so each page's cost stays bounded. */
export const CONTEXT_LIMIT = 60;

// Days are parsed once per build: a corpus has a few thousand distinct days, and every page's
// context chart and share card measure hundreds of events.
const msOfDay = new Map<string, number>();
const dayMs = (day: string) => {
  let ms = msOfDay.get(day);
  if (ms === undefined) msOfDay.set(day, (ms = Date.parse(`${day}T00:00:00Z`)));
  return ms;
};
// The same order as String.prototype.localeCompare without arguments, without building a collator per call.
const compareIds = new Intl.Collator().compare;

/** Where an item lies in time (inclusive ISO days); defaults to a derived event's date. */
type DateOf<T> = (item: T) => { start: string; end: string };
const eventDate = (e: { date: { start: string; end: string } }) => e.date;

/**
 * Items (events) overlapping the period; past CONTEXT_LIMIT, the ones nearest in time to the
 * highlighted item (or to the period's middle), in their input order. `dateOf` reads an item's
 * days (default: a derived event's `date`), so the chart applies the same rule to its own events.
 */
export function clipEvents<T extends { id: string }>(
  events: readonly T[],
  [from, to]: readonly [string, string],
  highlight?: string,
  dateOf: DateOf<T> = eventDate as unknown as DateOf<T>,
): T[] {
  const midpoint = (e: T) => (dayMs(dateOf(e).start) + dayMs(dateOf(e).end)) / 2;
  const inside = events.filter((e) => dateOf(e).end >= from && dateOf(e).start <= to);
  if (inside.length <= CONTEXT_LIMIT) return inside;
  const focus = inside.find((e) => e.id === highlight);
  const centre = focus ? midpoint(focus) : (dayMs(from) + dayMs(to)) / 2;
  // Each item's distance is computed once, not in the comparator: the window holds more items as
  // the corpus grows, and parsing dates O(k log k) times per page made context charts quadratic.
  const byDistance = inside.map((e) => ({ e, d: Math.abs(midpoint(e) - centre) }));
  // Only the events at most as far as the CONTEXT_LIMIT-th nearest (found by a typed-array sort,
  // without a comparator) are ordered by distance, then id: the same events as ordering them all.
  const limit = Float64Array.from(byDistance, (x) => x.d).sort()[CONTEXT_LIMIT - 1]!;
  const near = byDistance.filter((x) => x.d <= limit);
  near.sort((a, b) => a.d - b.d || compareIds(a.e.id, b.e.id));
  const keep = new Set(near.slice(0, CONTEXT_LIMIT).map((x) => x.e));
  if (focus) keep.add(focus);
  return inside.filter((e) => keep.has(e));
}
