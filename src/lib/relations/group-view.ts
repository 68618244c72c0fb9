/**
 * A group's relationships as its page lists them, from the relationship layer: every period in
 * which the group, or one of its local units, takes part (a unit's ties marked as such, never
 * merged silently), phrased from the group's side with the tie's status, in time order; its
 * dated affiliations (parents) and affiliates; and the reports about it that open nothing.
 */
import { spanLabel } from './period';
import { otherOf, verbFor } from './phrase';
import { affiliatesOf, parentsOf } from './query';
import type { Link, Period, RelationGroup, RelationLayer } from './types';

/** One row of "Relationships, by period". */
export interface GroupRelationRow {
  period: Period;
  /** The group the tie belongs to: the page's group, or one of its local units. */
  subject: string;
  /** True when the tie is a local unit's, not the group's own. */
  throughUnit: boolean;
  /** Verb phrase from the subject's side, qualified by status ("was reportedly allied with"). */
  verb: string;
  /** The other group. */
  other: string;
  /** " (disputed)" or "". */
  suffix: string;
  /** The period's dates in words. */
  when: string;
  /** Calendar year(s) the period starts in, for grouping ("2014", "2003–2006"). */
  era: string;
}

/** The local units (structural) of a group. */
export function unitsOf(groups: readonly RelationGroup[], group: string): string[] {
  return groups.filter((g) => g.level === 'local' && g.unitOf === group).map((g) => g.id);
}

const eraOf = (p: Period) => {
  const a = p.start.start.slice(0, 4);
  const b = p.start.end.slice(0, 4);
  return a === b ? a : `${a}–${b}`;
};

/** Every period of the group and of its local units, phrased from their side, in time order; `name` names a group in a suffix ("refused it"). */
export function groupRelations(
  layer: RelationLayer,
  groups: readonly RelationGroup[],
  group: string,
  name?: (id: string) => string,
): GroupRelationRow[] {
  const units = new Set(unitsOf(groups, group));
  const rows: GroupRelationRow[] = [];
  for (const p of layer.periods) {
    const subject = p.a === group || p.b === group ? group : units.has(p.a) ? p.a : units.has(p.b) ? p.b : null;
    if (!subject) continue;
    const { verb, suffix } = verbFor(p, subject, name);
    rows.push({
      period: p,
      subject,
      throughUnit: subject !== group,
      verb,
      other: otherOf(p, subject),
      suffix,
      when: spanLabel(p),
      era: eraOf(p),
    });
  }
  return rows;
}

/** Reports about the group or its local units that open nothing (denied, or speculation only). */
export function groupLinks(layer: RelationLayer, groups: readonly RelationGroup[], group: string): Link[] {
  const members = new Set([group, ...unitsOf(groups, group)]);
  return layer.links.filter((l) => members.has(l.a) || members.has(l.b));
}

/** The group's dated affiliations: whom it answered to, and who answered to it. */
export function datedAffiliations(layer: RelationLayer, group: string): { parents: Period[]; affiliates: Period[] } {
  return { parents: parentsOf(layer, group), affiliates: affiliatesOf(layer, group) };
}
