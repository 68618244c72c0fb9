/**
 * The network's view state (date, selected group or period, roll-up) and its URL form
 * (`/network/?at=2014-06-25&group=nusra`). Pure: parsing never throws; unknown or malformed
 * values fall back to defaults and are reported, so a hostile link shows the default view.
 */
import { isValidDateValue } from '../../lib/chronology/dates';
import { addDays } from '../../lib/relations/period';
import type { NetworkData } from './model';

/** What the reader is looking at. */
export interface NetworkState {
  /** The day shown, `YYYY-MM-DD`. */
  at: string;
  /** A selected group id (its ties are emphasised and listed), or null. */
  group: string | null;
  /** A selected period id (its details are open), or null. */
  period: string | null;
  /** Local units drawn as part of their organisation (a reader's choice, never the default). */
  rollUp: boolean;
}

/** The state without any URL parameter. */
export function defaultState(data: Pick<NetworkData, 'defaultDay'>): NetworkState {
  return { at: data.defaultDay, group: null, period: null, rollUp: false };
}

/** A day clamped into the slider's domain. */
export function clampDay(day: string, [first, last]: readonly [string, string]): string {
  return day < first ? first : day > last ? last : day;
}

/** Whole days from `a` to `b`. */
export function dayIndex(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The day `i` days after the domain's first day. */
export function dayAt(first: string, i: number): string {
  return addDays(first, i);
}

/**
 * The state a URL asks for. Accepts `at` as a day, a month or a year (its first day), clamps it
 * into the domain; ignores unknown groups and periods. `problems` says what was ignored, in words.
 */
export function parseState(
  search: string | URLSearchParams,
  data: Pick<NetworkData, 'defaultDay' | 'domain' | 'groups' | 'periods'>,
): { state: NetworkState; problems: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultState(data);
  const problems: string[] = [];
  const at = params.get('at');
  if (at !== null) {
    if (isValidDateValue(at)) {
      const day = at.length === 4 ? `${at}-01-01` : at.length === 7 ? `${at}-01` : at;
      state.at = clampDay(day, data.domain);
      if (state.at !== day) problems.push(`The date ${at} is outside the period covered; showing ${state.at}.`);
    } else problems.push('The date in the link is not a date (YYYY-MM-DD); showing the default date.');
  }
  const group = params.get('group');
  if (group !== null) {
    if (data.groups.some((g) => g.id === group)) state.group = group;
    else problems.push('The group in the link is not in the network.');
  }
  const period = params.get('period');
  if (period !== null) {
    if (data.periods.some((p) => p.id === period)) state.period = period;
    else problems.push('The relationship in the link is not in the network.');
  }
  state.rollUp = params.get('units') === 'rolled-up';
  return { state, problems };
}

/** The query string of a state ("?at=2014-06-25&group=nusra"); the date is always written. */
export function stateToSearch(state: NetworkState): string {
  const params = new URLSearchParams();
  params.set('at', state.at);
  if (state.group) params.set('group', state.group);
  if (state.period) params.set('period', state.period);
  if (state.rollUp) params.set('units', 'rolled-up');
  return `?${params.toString()}`;
}
