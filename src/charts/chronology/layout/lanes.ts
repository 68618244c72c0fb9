/**
 * Lanes: one per group, grouped by lineage (parents before their branches), rows stacked so no
 * two marks (and the room reserved for their labels) overlap, rows compacted to the events in
 * view, and each lane named by the group's name during the visible period. Pure.
 */
import { nameAt } from '../../../lib/chronology/names';
import { ellipsize, textWidth } from '../../../lib/text';
import type { ChartEvent, ChartGroup, ChartLineage } from '../model';
import { msToDay } from './time';

/** Every group an event involves (actors, from, to), first-mention order, no repeats. */
export function groupsOf(event: Pick<ChartEvent, 'actors' | 'from' | 'to'>): string[] {
  // A handful of ids per event: a scan beats building sets (this runs for every event on load).
  const out: string[] = [];
  for (const list of [event.actors, event.from, event.to]) for (const g of list) if (!out.includes(g)) out.push(g);
  return out;
}

/**
 * The group whose lane carries an event's label: the acting group of a directed event, else the
 * first actor.
 */
export function primaryGroup(event: Pick<ChartEvent, 'actors' | 'from' | 'to' | 'directed'>): string {
  return (event.directed && event.from[0]) || event.actors[0] || groupsOf(event)[0] || '';
}

/**
 * Lanes for the groups the events involve, in lineage order; within a lineage parents come
 * before their branches (depth first) and siblings by first appearance, then short name.
 * Ids with no group record get a lane in "other" so no event is dropped silently.
 */
export function orderLanes(
  groups: readonly ChartGroup[],
  events: readonly ChartEvent[],
  lineages: readonly ChartLineage[],
): ChartGroup[] {
  const order = lineages.map((l) => l.id);
  const first = new Map<string, string>();
  for (const e of events) {
    for (const g of groupsOf(e)) {
      const seen = first.get(g);
      if (seen === undefined || e.start < seen) first.set(g, e.start);
    }
  }
  const byId = new Map(groups.map((g) => [g.id, g]));
  const used: ChartGroup[] = [...first.keys()].map(
    (id) => byId.get(id) ?? { id, name: id, shortName: id, lineage: 'other' as const, names: [] },
  );
  const compare = (a: ChartGroup, b: ChartGroup) =>
    (first.get(a.id)! < first.get(b.id)! ? -1 : first.get(a.id)! > first.get(b.id)! ? 1 : 0) ||
    a.shortName.localeCompare(b.shortName, 'en') ||
    (a.id < b.id ? -1 : 1);
  const lineageOf = (g: ChartGroup) => (order.includes(g.lineage) ? g.lineage : 'other');
  const out: ChartGroup[] = [];
  for (const lineage of order) {
    const members = used.filter((g) => lineageOf(g) === lineage);
    const ids = new Set(members.map((g) => g.id));
    const children = new Map<string, ChartGroup[]>();
    const roots: ChartGroup[] = [];
    for (const g of members) {
      if (g.parent && g.parent !== g.id && ids.has(g.parent)) {
        const list = children.get(g.parent) ?? [];
        list.push(g);
        children.set(g.parent, list);
      } else roots.push(g);
    }
    const placed = new Set<string>();
    const visit = (g: ChartGroup) => {
      if (placed.has(g.id)) return;
      placed.add(g.id);
      out.push(g);
      for (const c of (children.get(g.id) ?? []).sort(compare)) visit(c);
    };
    roots.sort(compare).forEach(visit);
    // A parent cycle leaves members unplaced; keep them rather than lose their events.
    members
      .filter((g) => !placed.has(g.id))
      .sort(compare)
      .forEach(visit);
  }
  return out;
}

/** An interval to stack: its horizontal footprint (user units). */
export interface StackItem {
  left: number;
  right: number;
}

/**
 * Greedy interval stacking: each item, taken in order of `left`, goes to the lowest row whose last
 * item ends at least `gap` before it starts. Returns each item's row, in input order.
 */
export function stackRows(items: readonly StackItem[], gap = 2): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.left - items[b]!.left || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(items.length);
  for (const i of order) {
    const { left, right } = items[i]!;
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = right;
    rows[i] = row;
  }
  return rows;
}

/** A mark to stack in a lane: its footprint without a label, and the extra room its label needs. */
export interface LaneItem extends StackItem {
  /** Rightmost extent with the label's room reserved (≥ right), when this mark carries the label. */
  withLabel: number;
  /** Label priority rank (lower first). */
  rank: number;
}

/**
 * Rows of a lane's marks, reserving room for as many labels as fit (most significant first)
 * while the lane stays within `maxRows` (or the rows it needs without labels, if more). Returns
 * each item's row and the lane's row count.
 */
export function stackLane(items: readonly LaneItem[], maxRows: number, gap = 2): { rows: number[]; count: number } {
  const plain = stackRows(items, gap);
  const floor = Math.max(1, ...plain.map((r) => r + 1));
  const reserve = items.filter((it) => it.withLabel > it.right).sort((a, b) => a.rank - b.rank);
  const attempt = (k: number) => {
    const chosen = new Set(reserve.slice(0, k));
    const rows = stackRows(
      items.map((it) => (chosen.has(it) ? { left: it.left, right: it.withLabel } : it)),
      gap,
    );
    return { rows, count: Math.max(1, ...rows.map((r) => r + 1)) };
  };
  const cap = Math.max(floor, maxRows);
  const all = attempt(reserve.length);
  if (all.count <= cap) return all;
  // The more labels reserved, the more rows: find the most that keep the lane within the cap.
  let lo = 0;
  let hi = reserve.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (attempt(mid).count <= cap) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? { rows: plain, count: floor } : attempt(lo);
}

/**
 * Row compaction for a view: the rows used by the events in view, renumbered from 0 in the same
 * order, so a lane is as tall as what it shows. Returns old row → new row, and the count.
 */
export function compactRows(usedRows: Iterable<number>): { map: Map<number, number>; count: number } {
  const sorted = [...new Set(usedRows)].sort((a, b) => a - b);
  return { map: new Map(sorted.map((r, i) => [r, i])), count: sorted.length };
}

/**
 * A lane's name for a visible period: the short form of the name the group used at most of the
 * lane's events in view (`days`, ISO; or, with none, across the period), by nameAt, if it fits
 * `room` at `size`; else the group's short name; cut with "…" if even that does not fit.
 */
export function laneName(
  group: ChartGroup,
  view: readonly [number, number],
  room: number,
  size: number,
  days: readonly string[] = [],
): string {
  let best = group.shortName;
  // A group with no names over time is always called by its short name (nameAt's fallback).
  if (group.names.length > 0) {
    const samples = days.length > 0 ? days : Array.from({ length: 24 }, (_, i) => msToDay(view[0] + ((i + 0.5) * (view[1] - view[0])) / 24));
    const tally = new Map<string, number>();
    for (const day of samples) {
      const short = nameAt(group, day).short;
      tally.set(short, (tally.get(short) ?? 0) + 1);
    }
    let most = 0;
    for (const [name, n] of tally) if (n > most) ((best = name), (most = n));
  }
  const measure = (s: string) => textWidth(s, size);
  if (measure(best) > room && measure(group.shortName) <= room) best = group.shortName;
  return ellipsize(best, room, measure);
}
