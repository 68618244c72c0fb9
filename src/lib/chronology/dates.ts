/**
 * Dates with precision: parsing the forms content uses, turning them into inclusive day
 * intervals, comparing and labelling them. Pure string arithmetic on ISO days, in UTC, so
 * results never depend on the machine's time zone.
 */
import type { ClaimDate, DateInterval, DateValue, Precision } from './types';

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const SEASON = /^(\d{4})-(spring|summer|autumn|winter)$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The date forms a claim may use, each with the keys it needs and the precision it gives. */
export const DATE_FORMS: readonly {
  precision: Precision;
  keys: readonly (keyof ClaimDate)[];
  /** Keys of the form that may be left out. */
  optional?: readonly (keyof ClaimDate)[];
}[] = [
  { precision: 'day', keys: ['day'] },
  { precision: 'month', keys: ['month'] },
  { precision: 'season', keys: ['season'] },
  { precision: 'year', keys: ['year'] },
  { precision: 'range', keys: ['from', 'to'] },
  { precision: 'open', keys: ['from', 'ongoing'] },
  { precision: 'undated', keys: ['notBefore', 'notAfter'], optional: ['notBefore'] },
];


/** Days in a month of a year (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isValidDateValue(value: unknown): value is DateValue {
  if (typeof value !== 'string') return false;
  const m = DATE_VALUE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return year > 0;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** True for `YYYY-spring|summer|autumn|winter`. */
export function isValidSeason(value: unknown): value is string {
  return typeof value === 'string' && SEASON.test(value);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** First day of a date value: "2014" → "2014-01-01", "2014-06" → "2014-06-01". */
export function startOf(value: DateValue): string {
  const [y, m = '01', d = '01'] = value.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day of a date value: "2014" → "2014-12-31", "2014-02" → "2014-02-28". */
export function endOf(value: DateValue): string {
  const [y, m, d] = value.split('-');
  if (m === undefined) return `${y}-12-31`;
  if (d === undefined) return `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}`;
  return value;
}

/** True when a span from `first` to `second` does not end before it starts. */
export function isOrderedSpan(first: DateValue, second: DateValue): boolean {
  return startOf(first) <= endOf(second);
}

/** The inclusive day interval of a season (winter runs December to February). */
export function seasonInterval(season: string): { start: string; end: string } {
  const m = SEASON.exec(season);
  if (!m) throw new Error(`Not a season: ${season}`);
  const year = Number(m[1]);
  switch (m[2]) {
    case 'spring':
      return { start: `${year}-03-01`, end: `${year}-05-31` };
    case 'summer':
      return { start: `${year}-06-01`, end: `${year}-08-31` };
    case 'autumn':
      return { start: `${year}-09-01`, end: `${year}-11-30` };
    default:
      return { start: `${year}-12-01`, end: `${year + 1}-02-${pad(daysInMonth(year + 1, 2))}` };
  }
}

/** Reader-facing label of a date value: "25 June 2014", "June 2014", "2014". */
export function labelOf(value: DateValue): string {
  const [y, m, d] = value.split('-');
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1]!;
  if (d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** Label of a span, compacting shared years: "August–October 2014", "June 2014 – April 2015". */
export function labelOfSpan(first: DateValue, second: DateValue): string {
  if (first === second) return labelOf(first);
  const [y1, m1, d1] = first.split('-');
  const [y2, m2, d2] = second.split('-');
  if (y1 === y2 && m1 && m2 && !d1 && !d2) return `${MONTHS[Number(m1) - 1]}–${MONTHS[Number(m2) - 1]} ${y1}`;
  if (y1 === y2 && m1 === m2 && d1 && d2) return `${Number(d1)}–${Number(d2)} ${MONTHS[Number(m1) - 1]} ${y1}`;
  if (y1 === y2 && m1 && m2 && d1 && d2) {
    return `${Number(d1)} ${MONTHS[Number(m1) - 1]} – ${Number(d2)} ${MONTHS[Number(m2) - 1]} ${y1}`;
  }
  return `${labelOf(first)} – ${labelOf(second)}`;
}

/**
 * The coarsest exact value for a day: "2014-01-01" as the start of "2014" or "2014-01", so
 * spans built from whole months or years are labelled as such.
 */
function coarsen(day: string, edge: 'start' | 'end'): DateValue {
  const [y, m] = day.split('-');
  const year = y!;
  const month = `${y}-${m}`;
  const fits = (v: string) => (edge === 'start' ? startOf(v) : endOf(v)) === day;
  return fits(year) ? year : fits(month) ? month : day;
}

/** Label of an inclusive day interval at the coarsest exact granularity ("January–June 2011"). */
export function labelOfDays(start: string, end: string): string {
  let a = coarsen(start, 'start');
  let b = coarsen(end, 'end');
  // Keep both ends at the same granularity so "2014 – 12 June 2015" reads as months or days.
  if (a.length !== b.length) {
    const len = Math.max(a.length, b.length);
    a = len === 10 ? start : a.length === 4 ? `${a}-01` : a;
    b = len === 10 ? end : b.length === 4 ? `${b}-12` : b;
  }
  return labelOfSpan(a, b);
}

/**
 * The inclusive interval, precision and label of a claim date (already schema-checked).
 * An open span ("from 10 June 2014, still going on 25 June") runs to the last day the source saw
 * it going on, flagged `open`; an undated claim without a lower bound is flagged `openStart` and
 * its start repeats its end (no lower bound is known; it sorts and draws at its upper bound); an `inferred` reading is flagged and labelled "about …".
 */
export function toInterval(date: ClaimDate): DateInterval {
  const base = baseInterval(date);
  if (!date.inferred) return base;
  return { ...base, inferred: true, label: approximate(base.label) };
}

/**
 * "about 22–24 June 2014"; "undated, roughly between …" for bounds, "undated, not after about …" for
 * an upper bound alone; "from about June 2014, still going on …" for open spans.
 */
export function approximate(label: string): string {
  const bare = label
    .replace(/^about /, '')
    .replace(/^undated, roughly /, 'undated, ')
    .replace(/^undated, not after about /, 'undated, not after ')
    .replace(/^from about /, 'from ');
  if (bare.startsWith('undated, not after ')) return bare.replace(/^undated, not after /, 'undated, not after about ');
  if (bare.startsWith('undated, ')) return bare.replace(/^undated, /, 'undated, roughly ');
  if (bare.startsWith('from ')) return bare.replace(/^from /, 'from about ');
  return `about ${bare}`;
}

function baseInterval(date: ClaimDate): DateInterval {
  if (date.day) return { start: date.day, end: date.day, precision: 'day', label: labelOf(date.day) };
  if (date.month) {
    return { start: startOf(date.month), end: endOf(date.month), precision: 'month', label: labelOf(date.month) };
  }
  if (date.season) {
    const [year, name] = date.season.split('-');
    return { ...seasonInterval(date.season), precision: 'season', label: `${name} ${year}` };
  }
  if (date.year) return { start: startOf(date.year), end: endOf(date.year), precision: 'year', label: date.year };
  if (date.from && date.to) {
    return { start: startOf(date.from), end: endOf(date.to), precision: 'range', label: labelOfSpan(date.from, date.to) };
  }
  if (date.from && date.ongoing) {
    return {
      start: startOf(date.from),
      end: endOf(date.ongoing),
      precision: 'open',
      open: true,
      label: `from ${labelOf(date.from)}, still going on ${labelOf(date.ongoing)}`,
    };
  }
  if (date.notAfter) {
    if (!date.notBefore) {
      return {
        start: endOf(date.notAfter),
        end: endOf(date.notAfter),
        precision: 'undated',
        openStart: true,
        label: `undated, not after ${labelOf(date.notAfter)}`,
      };
    }
    return {
      start: startOf(date.notBefore),
      end: endOf(date.notAfter),
      precision: 'undated',
      label: `undated, between ${labelOf(date.notBefore)} and ${labelOf(date.notAfter)}`,
    };
  }
  throw new Error('A claim date needs one of day, month, season, year, from+to, from+ongoing or notAfter');
}

/** True when two intervals share at least one day. */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whole days from `a` to `b` (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Length of an inclusive interval in days. */
export function intervalDays(i: { start: string; end: string }): number {
  return daysBetween(i.start, i.end) + 1;
}
