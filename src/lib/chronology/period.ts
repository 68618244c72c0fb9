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
