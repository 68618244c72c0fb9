/**
 * Questions asked of the relationship layer: the state of every pair on a day, one pair's
 * history, a group's dated parents, the days on which anything changes, and the reader's
 * roll-up of local units into their organisations (never applied silently).
 */
import { pairKey } from './pair';
import { changeDaysOf, stateOn, type DayState } from './period';
import type { Link, Period, RelationGroup, RelationLayer } from './types';

/** One period as it stands on a day. */
export interface PeriodOnDay extends DayState {
  period: Period;
}

/** A pair of groups on a day: every period that holds, or may hold, between them. */
export interface PairOnDay {
  pair: string;
  a: string;
  b: string;
  periods: PeriodOnDay[];
}

/**
 * The state of every pair on `day` (`YYYY-MM-DD`): the periods that hold, and those that may
 * hold because the day falls inside an imprecise start or end ("uncertain"). Pairs in the order
 * of their first period; periods in the layer's order.
 */
export function relationsAt(layer: Pick<RelationLayer, 'periods'>, day: string): PairOnDay[] {
  const pairs = new Map<string, PairOnDay>();
  for (const period of layer.periods) {
    const s = stateOn(period, day);
    if (!s) continue;
    let entry = pairs.get(period.pair);
    if (!entry) {
      entry = { pair: period.pair, a: period.a, b: period.b, periods: [] };
      pairs.set(period.pair, entry);
    }
    entry.periods.push({ period, ...s });
  }
  return [...pairs.values()];
}

/** One pair's history: its periods and links (contested or speculative reports), in time order. */
export function relationsBetween(
  layer: RelationLayer,
  a: string,
  b: string,
): { pair: string; periods: Period[]; links: Link[] } {
  const pair = pairKey(a, b);
  return {
    pair,
    periods: layer.periods.filter((p) => p.pair === pair),
    links: layer.links.filter((l) => l.pair === pair),
  };
}

/** Every pair with at least one period, sorted by key. */
export function pairsOf(layer: Pick<RelationLayer, 'periods'>): string[] {
  return [...new Set(layer.periods.map((p) => p.pair))].sort();
}

/** The affiliations in which `group` is the branch (its dated parents), in time order. */
export function parentsOf(layer: Pick<RelationLayer, 'periods'>, group: string): Period[] {
  return layer.periods.filter((p) => p.kind === 'affiliation' && p.directed && p.from === group);
}

/** The affiliations in which `group` is answered to (its dated branches and affiliates), in time order. */
export function affiliatesOf(layer: Pick<RelationLayer, 'periods'>, group: string): Period[] {
  return layer.periods.filter((p) => p.kind === 'affiliation' && p.directed && p.to === group);
}

/** The groups `group` is affiliated to on `day`, with the period's state (holds or uncertain). */
export function parentsAt(layer: Pick<RelationLayer, 'periods'>, group: string, day: string): PeriodOnDay[] {
  return parentsOf(layer, group).flatMap((period) => {
    const s = stateOn(period, day);
    return s ? [{ period, ...s }] : [];
  });
}

/** Every day on which some period's state changes, sorted and unique: what the step buttons visit. */
export function changeDays(layer: Pick<RelationLayer, 'periods'>): string[] {
  return [...new Set(layer.periods.flatMap(changeDaysOf))].sort();
}

/** The first change day after `day`, or null. */
export function nextChange(days: readonly string[], day: string): string | null {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return days[lo] ?? null;
}

/** The last change day before `day`, or null. */
export function previousChange(days: readonly string[], day: string): string | null {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? days[lo - 1]! : null;
}

/** The fields a roll-up rewrites: any tie between two groups (a period, a link, or their page forms). */
export interface TieLike {
  id: string;
  pair: string;
  a: string;
  b: string;
  directed: boolean;
  from?: string;
  to?: string;
  level: 'organisation' | 'local';
  via?: string[];
}

/**
 * Ties with local units replaced by the organisation they are a unit of (`unitOf`), for a reader
 * who asks for it: each lifted tie names the units it came through (`via`) and gets the id
 * suffix ":via"; a unit's tie with its own organisation disappears. Others are returned as they are.
 */
export function rollUpTies<T extends TieLike>(ties: readonly T[], unitOf: ReadonlyMap<string, string>): T[] {
  const lift = (id: string) => unitOf.get(id) ?? id;
  const out: T[] = [];
  for (const t of ties) {
    const [a, b] = [lift(t.a), lift(t.b)];
    if (a === b) continue;
    const via = [t.a, t.b].filter((id) => unitOf.has(id));
    if (via.length === 0) {
      out.push(t);
      continue;
    }
    const pair = pairKey(a, b);
    const [pa, pb] = pair.split('--') as [string, string];
    out.push({
      ...t,
      id: `${t.id}:via`,
      pair,
      a: pa,
      b: pb,
      ...(t.directed ? { from: lift(t.from!), to: lift(t.to!) } : {}),
      level: 'organisation',
      via,
    } as T);
  }
  return out;
}

/**
 * The layer with local units replaced by the organisation they are a unit of, for a reader who
 * asks for it (see rollUpTies). Without this call a local tie stays local.
 */
export function rollUp(layer: RelationLayer, groups: readonly RelationGroup[]): RelationLayer {
  const unitOf = new Map(groups.filter((g) => g.level === 'local' && g.unitOf).map((g) => [g.id, g.unitOf!]));
  return { periods: rollUpTies(layer.periods, unitOf), links: rollUpTies(layer.links, unitOf) };
}
