/**
 * Names as they were: which of a group's names applied on a given day, from its names over
 * time (content/groups/*.yaml `names`). Pages, charts, cards and data files show a group under
 * the name in use at the event's date, titles aside.
 */
import { endOf, startOf } from './dates';
import type { GroupData, GroupName } from './types';

/** A group's name on one day: the full name and a short form for lanes and tight labels. */
export interface NameAtDate {
  name: string;
  short: string;
}

/** True when a name's period (inclusive, by its `from`/`to` precision) covers `day` ("YYYY-MM-DD"). */
function covers(n: GroupName, day: string): boolean {
  return (n.from === undefined || startOf(n.from) <= day) && (n.to === undefined || endOf(n.to) >= day);
}

/**
 * The name a group used on `day` ("YYYY-MM-DD"). Among the dated names whose period covers the
 * day, the one that started last wins (name changes are often dated only to a year, so on a
 * boundary year the newer name applies); a name with neither `from` nor `to` is used only when no
 * dated name covers the day; with no match at all, the group's main name. The short form is the
 * name's `short`, else the group's `shortName` when the name is the main name, else the name.
 */
export function nameAt(group: Pick<GroupData, 'name' | 'shortName' | 'names'>, day: string): NameAtDate {
  const dated = group.names.filter((n) => (n.from !== undefined || n.to !== undefined) && covers(n, day));
  const open = group.names.filter((n) => n.from === undefined && n.to === undefined);
  const pick = dated.sort((a, b) => startOf(b.from ?? '0000').localeCompare(startOf(a.from ?? '0000')))[0] ?? open[0];
  if (!pick) return { name: group.name, short: group.shortName };
  const short = pick.short ?? (pick.name === group.name ? group.shortName : pick.name);
  return { name: pick.name, short };
}

/**
 * Every short form `nameAt` can give a group on some day (each dated name's, the first undated
 * name's, or the group's shortName when it has no names): what a label must leave room for.
 */
export function shortNamesOver(group: Pick<GroupData, 'name' | 'shortName' | 'names'>): string[] {
  const dated = group.names.filter((n) => n.from !== undefined || n.to !== undefined);
  const open = group.names.find((n) => n.from === undefined && n.to === undefined);
  const picks = [...dated, ...(open ? [open] : [])];
  const shorts = picks.map((n) => n.short ?? (n.name === group.name ? group.shortName : n.name));
  return [...new Set(picks.length === 0 || (dated.length > 0 && !open) ? [group.shortName, ...shorts] : shorts)];
}
