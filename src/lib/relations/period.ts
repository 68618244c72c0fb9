/**
 * Period algebra: when a relationship starts and ends, as date intervals with precision, and its
 * state on a given day. A period starts somewhere in its `start` bound (it may hold from the
 * bound's first day and certainly holds from its last) and ends somewhere in its `end` bound (the
 * last day it held lies in that bound), or has an open end: nothing in the sources ends it, and
 * it is "ongoing as of the last report". Days are ISO `YYYY-MM-DD` strings compared as text; all
 * arithmetic is in UTC, so results never depend on the machine's time zone.
 *
 * The network shows each day as it stood at the end of that day: a tie opened by an event on a
 * day holds on that day; a tie closed by an event on a day no longer holds on it.
 */
import { daysInMonth, labelOf } from '../chronology/dates';
import type { DateInterval, Precision } from '../chronology/types';

/** A date interval with precision: the window in which a period starts, or its last day lies. */
export interface Bound {
  /** First day of the window, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the window (equal to start for a day). */
  end: string;
  precision: Precision;
  /** Reader-facing label ("25 June 2014", "2013 or 2014 (sources differ)"). */
  label: string;
  /** True when the window is an editorial reading of relative wording, shown as approximate. */
  inferred?: boolean;
}

/** The end of a period: a bound for its last day, or open ("ongoing as of the last report"). */
export type PeriodEnd =
  | { open: false; bound: Bound }
  | {
      open: true;
      /** The last day the sources' evidence reaches (`YYYY-MM-DD`). */
      asOf: string;
      /** "ongoing as of 25 June 2014 (last report)". */
      label: string;
    };

/** The time shape of a period. */
export interface Span {
  start: Bound;
  end: PeriodEnd;
}

/** How a period stands on a day: it holds, or the day falls inside an imprecise start or end. */
export type PeriodState = 'holds' | 'uncertain';

/** A period's state on one day. */
export interface DayState {
  state: PeriodState;
  /** Open-ended and the day is after the last report: shown as "ongoing as of the last report". */
  afterLastReport: boolean;
}

const DAY_MS = 86_400_000;

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** A bound from an event's date interval, keeping its precision, label and inferred flag. */
export function boundOf(date: DateInterval & { inferred?: boolean }): Bound {
  const b: Bound = { start: date.start, end: date.end, precision: date.precision, label: date.label };
  if (date.inferred) b.inferred = true;
  return b;
}

/**
 * The end bound for a tie closed by an event dated `date`: the tie's last day is the day before
 * the closing event, so the window moves back one day while the label stays the event's date.
 */
export function closingBound(date: DateInterval & { inferred?: boolean }): Bound {
  return { ...boundOf(date), start: addDays(date.start, -1), end: addDays(date.end, -1) };
}

/**
 * Start and end of a period that runs over an event's own dates (a truce over its reported span,
 * cooperation over the months reported, talks on the day reported). A `range` is a span the
 * source reports, so the period holds throughout it (an `open` span too, up to its last report); any other precision (a day, a month, a year,
 * undated bounds) is a window in which the episode happened, so the period is only possible
 * ("uncertain") across it, or certain on its one day.
 */
export function spanOf(date: DateInterval & { inferred?: boolean }): { start: Bound; end: Bound } {
  const whole = boundOf(date);
  if (date.precision !== 'range' && date.precision !== 'open') return { start: whole, end: { ...whole } };
  return {
    start: { ...whole, end: date.start, label: edgeLabel(date.start, 'start') },
    end: { ...whole, start: date.end, label: edgeLabel(date.end, 'end') },
  };
}

/**
 * Label of a span's first or last day at the coarsest granularity it is exact for: the first day
 * of a year or month reads "2014" or "August 2014" as a start, the last day as an end.
 */
export function edgeLabel(day: string, edge: 'start' | 'end'): string {
  const [y, m, d] = day.split('-') as [string, string, string];
  if (edge === 'start') {
    if (m === '01' && d === '01') return y;
    if (d === '01') return labelOf(`${y}-${m}`);
    return labelOf(day);
  }
  if (m === '12' && d === '31') return y;
  if (Number(d) === daysInMonth(Number(y), Number(m))) return labelOf(`${y}-${m}`);
  return labelOf(day);
}

/** An open end, as of the last day the evidence reaches. */
export function openEnd(asOf: string): PeriodEnd {
  return { open: true, asOf, label: `ongoing as of ${labelOf(asOf)} (last report)` };
}

/**
 * The state of a period on `day`, or null when it does not hold and cannot: before its start
 * window, or after its end window. Inside either window (an imprecise start or end) it is
 * "uncertain"; between them it "holds".
 */
export function stateOn(span: Span, day: string): DayState | null {
  if (day < span.start.start) return null;
  const end = span.end;
  if (!end.open && day > end.bound.end) return null;
  const started = day >= span.start.end;
  const notEnding = end.open || day <= end.bound.start;
  return {
    state: started && notEnding ? 'holds' : 'uncertain',
    afterLastReport: end.open && day > end.asOf,
  };
}

/**
 * The days on which a period's state changes (it appears, becomes certain, becomes uncertain,
 * disappears, or passes its last report), sorted: what "next change" steps through.
 */
export function changeDaysOf(span: Span): string[] {
  const days = [span.start.start, span.start.end];
  if (span.end.open) days.push(addDays(span.end.asOf, 1));
  else days.push(addDays(span.end.bound.start, 1), addDays(span.end.bound.end, 1));
  return [...new Set(days)].sort();
}

/** The last day a period can hold (`null` when open-ended). */
export function lastPossibleDay(span: Span): string | null {
  return span.end.open ? null : span.end.bound.end;
}

/** Reader-facing label of a bound as the start of something: "25 June 2014", "about June 2014", "between 2013 and 25 June 2014". */
function startText(b: Bound): string {
  if (b.precision === 'undated') return b.label.replace(/^undated, /, '');
  return b.inferred && !/^(about|roughly) /.test(b.label) ? `about ${b.label}` : b.label;
}

/**
 * Reader-facing label of a whole period: "from 25 June 2014, ongoing as of 26 June 2014 (last
 * report)", "starting between 2013 and 25 June 2014, …", "August 2014 – October 2014", "2013".
 */
export function spanLabel(span: Span): string {
  const start = startText(span.start);
  const from = span.start.precision === 'undated' ? `starting ${start}` : `from ${start}`;
  if (span.end.open) return `${from}, ${span.end.label}`;
  const end = span.end.bound;
  if (end.label === span.start.label) return start;
  const until = end.precision === 'undated' ? `ending ${startText(end)}` : `until ${startText(end)}`;
  return span.start.precision === 'undated' ? `${from}, ${until}` : `${start} – ${startText(end)}`;
}
