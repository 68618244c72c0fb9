/**
 * Build-time assembly of the network's data (model.ts): the groups that take part in any period
 * or link, placed once by the force layout for each variant; the periods as plain days; the
 * events, quotes and source titles the details panel shows; the change days the step buttons
 * visit. Server only (it imports the layout, hence d3-force).
 */
import type { Chronology } from '../../lib/chronology/types';
import { shortNamesOver } from '../../lib/chronology/names';
import { LINEAGES } from '../../lib/chronology/vocabulary';
import { statusWord } from '../../lib/relations/from-chronology';
import { spanLabel } from '../../lib/relations/period';
import { changeDays } from '../../lib/relations/query';
import type { Link, Period, RelationGroup, RelationLayer } from '../../lib/relations/types';
import { LABEL_CHAR_EM, placeLabels, type Box, type LabelSide } from './layout/labels';
import { zoneBox } from './plan';
import { layoutPositions, relaxInto, rotateInto, type LayoutNode, type LayoutTie } from './layout/positions';
import { LABEL_FONT_PX, NODE_RADIUS, VARIANT_SIZE, type Variant } from './model';
import type { NetworkData, NetworkEvent, NetworkGroup, NetworkLink, NetworkPeriod } from './model';

/** The date the network opens on when none is asked for: the day four of the five articles report on. */
export const DEFAULT_DAY = '2014-06-25';

const CONFLICT_LABEL: Record<string, string> = {
  start: 'Start',
  end: 'End',
  direction: 'Direction',
  actors: 'Parties',
  status: 'Status',
  content: 'What happened',
};

/** A period as plain days for the page. */
export function toNetworkPeriod(p: Period): NetworkPeriod {
  const out: NetworkPeriod = {
    id: p.id,
    pair: p.pair,
    a: p.a,
    b: p.b,
    kind: p.kind,
    directed: p.directed,
    status: p.status,
    support: p.support,
    level: p.level,
    s0: p.start.start,
    s1: p.start.end,
    label: spanLabel(p),
    events: p.evidence.map((e) => ({ id: e.event, role: e.role })),
    conflicts: p.conflicts.map((c) => `${CONFLICT_LABEL[c.about] ?? c.about}: ${c.summary}`),
  };
  if (p.directed) Object.assign(out, { from: p.from, to: p.to });
  if (p.end.open) out.asOf = p.end.asOf;
  else Object.assign(out, { e0: p.end.bound.start, e1: p.end.bound.end });
  if (p.via) out.via = p.via;
  return out;
}

function toNetworkLink(l: Link): NetworkLink {
  return {
    id: l.id,
    a: l.a,
    b: l.b,
    kind: l.kind,
    directed: l.directed,
    ...(l.directed ? { from: l.from, to: l.to } : {}),
    event: l.event,
    s0: l.date.start,
    e1: l.date.end,
    label: l.date.label,
    reason: l.reason,
  };
}

/** Options for tests and the benchmark. */
export interface PayloadOptions {
  defaultDay?: string;
  seed?: number;
}

/**
 * The network's data from a chronology, its relationship layer and its groups' levels. Groups
 * with no period and no link are left out (states, monitors…). Positions come from one force
 * layout per variant over the union of every tie.
 */
export function toNetworkData(
  chronology: Chronology,
  layer: RelationLayer,
  levels: readonly RelationGroup[],
  options: PayloadOptions = {},
): NetworkData {
  const used = new Set([...layer.periods, ...layer.links].flatMap((p) => [p.a, p.b]));
  const levelOf = new Map(levels.map((g) => [g.id, g]));
  const groups = chronology.groups.filter((g) => used.has(g.id));
  // Keep a unit's organisation when the unit is drawn, so the roll-up has somewhere to go.
  for (const g of groups) {
    const org = levelOf.get(g.id)?.unitOf;
    if (org && !used.has(org)) {
      used.add(org);
      const record = chronology.groups.find((x) => x.id === org);
      if (record) groups.push(record);
    }
  }
  const lineageOrder = Object.keys(LINEAGES);
  const lineageRank = (l: string) => {
    const i = lineageOrder.indexOf(l);
    return i < 0 ? lineageOrder.length : i;
  };
  groups.sort((x, y) => lineageRank(x.lineage) - lineageRank(y.lineage) || x.id.localeCompare(y.id));

  const weights = new Map<string, LayoutTie>();
  for (const p of [...layer.periods, ...layer.links]) {
    const t = weights.get(p.pair) ?? { a: p.a, b: p.b, weight: 0 };
    t.weight += 1;
    weights.set(p.pair, t);
  }
  const nodes: LayoutNode[] = groups.map((g) => {
    const unitOf = levelOf.get(g.id)?.unitOf;
    return {
      id: g.id,
      lineage: g.lineage,
      ...(unitOf ? { unitOf } : {}),
      labelLength: Math.max(
        g.shortName.length,
        ...g.names.map((n) => (n.short ?? n.name).length).filter((n) => n <= 28),
        8,
      ),
    };
  });
  const ties = [...weights.values()];
  const wide = layoutPositions(nodes, ties, 'wide', { seed: options.seed, lineageOrder: lineageOrder });
  const narrow = relaxInto(rotateInto(wide, 'narrow'), nodes, 'narrow', { seed: options.seed });
  // Labels: room for each group's longest short name, placed once for every date (whole names,
  // never cut: the visible label must be part of the accessible name, WCAG 2.5.3).
  const positions: Record<Variant, Map<string, [number, number]>> = { wide, narrow };
  const sides = {} as Record<Variant, Map<string, LabelSide>>;
  for (const variant of ['wide', 'narrow'] as const) {
    const at = positions[variant];
    const labelNodes = groups.map((g) => {
      const [x, y] = at.get(g.id)!;
      const labels = shortNamesOver(g);
      return {
        id: g.id,
        x,
        y,
        r: NODE_RADIUS[levelOf.get(g.id)?.level ?? 'organisation'],
        chars: Math.max(...labels.map((l) => l.length)),
        cluster: g.lineage,
      };
    });
    // The wide view boxes each lineage (plan.ts zoneBox): labels keep out of the other boxes.
    const clusters = new Map<string, Box>();
    if (variant === 'wide')
      for (const lineage of new Set(groups.map((g) => g.lineage))) {
        const label = (LINEAGES as Record<string, string>)[lineage] ?? lineage;
        const members = groups.filter((g) => g.lineage === lineage);
        clusters.set(
          lineage,
          zoneBox(
            members.map((g) => at.get(g.id)!),
            label,
            variant,
          ),
        );
      }
    const segments = ties
      .filter((t) => at.has(t.a) && at.has(t.b))
      .map((t) => [...at.get(t.a)!, ...at.get(t.b)!] as const);
    sides[variant] = placeLabels(
      labelNodes,
      segments,
      VARIANT_SIZE[variant],
      {
        fontSize: LABEL_FONT_PX[variant],
        charWidth: LABEL_CHAR_EM,
      },
      clusters,
    );
  }
  const networkGroups: NetworkGroup[] = groups.map((g) => {
    const level = levelOf.get(g.id);
    return {
      id: g.id,
      name: g.name,
      shortName: g.shortName,
      names: g.names,
      lineage: g.lineage,
      level: level?.level ?? 'organisation',
      ...(level?.unitOf ? { unitOf: level.unitOf } : {}),
      pos: { wide: wide.get(g.id)!, narrow: narrow.get(g.id)! },
      side: { wide: sides.wide.get(g.id)!, narrow: sides.narrow.get(g.id)! },
    };
  });

  const eventIds = new Set([
    ...layer.periods.flatMap((p) => p.evidence.map((e) => e.event)),
    ...layer.links.map((l) => l.event),
  ]);
  const events: Record<string, NetworkEvent> = {};
  for (const e of chronology.events) {
    if (!eventIds.has(e.id)) continue;
    events[e.id] = {
      title: e.title,
      date: e.date.label,
      status: statusWord(e),
      claims: e.sources.map((c) => ({ source: c.source, anchor: c.anchor, quote: c.quote, status: c.status })),
    };
  }
  const sources: Record<string, string> = {};
  for (const s of chronology.sources) sources[s.id] = s.title;

  const days = changeDays(layer);
  const periods = layer.periods.map(toNetworkPeriod);
  const first = periods.reduce((m, p) => (p.s0 < m ? p.s0 : m), days[0] ?? DEFAULT_DAY);
  const last = [...periods.map((p) => p.e1 ?? p.asOf!), ...days].reduce((m, d) => (d > m ? d : m), first);
  const wanted = options.defaultDay ?? DEFAULT_DAY;
  const defaultDay = wanted >= first && wanted <= last ? wanted : last;
  const lineages: Record<string, string> = {};
  for (const id of [...new Set(groups.map((g) => g.lineage))])
    lineages[id] = (LINEAGES as Record<string, string>)[id] ?? id;
  return {
    domain: [first, last],
    defaultDay,
    changeDays: days,
    groups: networkGroups,
    periods,
    links: layer.links.map(toNetworkLink),
    events,
    sources,
    lineages,
  };
}
