/**
 * The relationship layer's published files: /data/relationships.json (every period and link,
 * with its evidence), /data/edges.csv (one row per period, an edge list for Gephi or networkx)
 * and /data/relationships.graphml (groups as nodes, periods as edges). Pure and deterministic.
 */
import type { Chronology } from '../chronology/types';
import { RULES } from '../relations/derive';
import { RELATION_KINDS } from '../relations/kinds';
import { spanLabel } from '../relations/period';
import type { Link, Period, RelationGroup, RelationLayer } from '../relations/types';
import { routes } from '../routes';
import { escapeXml as xml } from '../text';
import { csvField } from './data';

/** Version of the relationships.json shape. */
export const RELATIONS_VERSION = '1.0.0';

/** One period as published: the layer's period plus its pair page and readable dates. */
export function publishPeriod(p: Period, chronology: Pick<Chronology, 'events'>) {
  const events = new Map(chronology.events.map((e) => [e.id, e]));
  return {
    id: p.id,
    page: routes.pair(p.a, p.b),
    a: p.a,
    b: p.b,
    kind: p.kind,
    directed: p.directed,
    ...(p.directed ? { from: p.from, to: p.to } : {}),
    level: p.level,
    ...(p.through ? { through: p.through } : {}),
    ...(p.refusedBy ? { refusedBy: p.refusedBy } : {}),
    start: p.start,
    end: p.end.open ? { open: true, asOf: p.end.asOf, label: p.end.label } : { open: false, ...p.end.bound },
    label: spanLabel(p),
    status: p.status,
    support: p.support,
    rule: p.rule,
    evidence: p.evidence.map((e) => ({
      event: e.event,
      role: e.role,
      rule: e.rule,
      page: routes.event(e.event),
      claims: (events.get(e.event)?.sources ?? []).map((c) => ({
        source: c.source,
        anchor: c.anchor,
        page: `${routes.source(c.source)}#${c.anchor}`,
        status: c.status,
        quote: c.quote,
      })),
    })),
    conflicts: p.conflicts,
  };
}

/** One link (a report that opens nothing) as published. */
export function publishLink(l: Link) {
  return {
    id: l.id,
    a: l.a,
    b: l.b,
    kind: l.kind,
    directed: l.directed,
    ...(l.directed ? { from: l.from, to: l.to } : {}),
    level: l.level,
    event: l.event,
    page: routes.event(l.event),
    date: l.date,
    status: l.status,
    support: l.support,
    reason: l.reason,
  };
}

/** `/data/relationships.json`. */
export function relationshipsJson(layer: RelationLayer, chronology: Pick<Chronology, 'events'>): string {
  return `${JSON.stringify(
    {
      $schema: routes.dataFile('relationships.schema.json'),
      version: RELATIONS_VERSION,
      description:
        'Relationship periods between groups, derived from the events by the rules listed here and on /method/. Start and end are inclusive ISO day windows: a period may hold from start.start and holds from start.end; it holds through end.start and may hold through end.end, or is open ("ongoing as of the last report", end.asOf).',
      vocabulary: {
        kinds: Object.fromEntries(
          Object.entries(RELATION_KINDS).map(([id, k]) => [
            id,
            { label: k.label, directed: k.directed, description: k.description },
          ]),
        ),
        rules: RULES,
      },
      periods: layer.periods.map((p) => publishPeriod(p, chronology)),
      links: layer.links.map(publishLink),
    },
    null,
    2,
  )}\n`;
}

/** Column names of edges.csv (Gephi reads Source, Target, Type, Id and Label; networkx any). */
export const EDGE_COLUMNS = [
  'Source',
  'Target',
  'Type',
  'Id',
  'Label',
  'kind',
  'start',
  'start_certain',
  'end_certain',
  'end',
  'end_open',
  'status',
  'support',
  'level',
  'rule',
  'events',
  'conflicts',
  'page',
] as const;

/** One period as a CSV row: from → to for a directed period, a → b otherwise. */
export function edgeRow(p: Period): string[] {
  const [source, target] = p.directed ? [p.from!, p.to!] : [p.a, p.b];
  return [
    source,
    target,
    p.directed ? 'Directed' : 'Undirected',
    p.id,
    `${RELATION_KINDS[p.kind].short}: ${spanLabel(p)}`,
    p.kind,
    p.start.start,
    p.start.end,
    p.end.open ? p.end.asOf : p.end.bound.start,
    p.end.open ? p.end.asOf : p.end.bound.end,
    p.end.open ? 'true' : 'false',
    p.status,
    p.support,
    p.level,
    p.rule,
    p.evidence.map((e) => `${e.role}:${e.event}`).join(' '),
    p.conflicts.map((c) => `${c.about}: ${c.summary}`).join(' | '),
    routes.pair(p.a, p.b),
  ];
}

/** `/data/edges.csv`: RFC 4180 (CRLF), UTF-8, one row per period. */
export function edgesCsv(layer: Pick<RelationLayer, 'periods'>): string {
  return [[...EDGE_COLUMNS], ...layer.periods.map(edgeRow)].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * `/data/relationships.graphml`: GraphML 1.0, groups as nodes (name, lineage, level), periods as
 * edges with the CSV's attributes; each edge says whether it is directed.
 */
export function relationshipsGraphml(
  layer: Pick<RelationLayer, 'periods'>,
  chronology: Pick<Chronology, 'groups'>,
  levels: readonly RelationGroup[],
): string {
  const used = new Set(layer.periods.flatMap((p) => [p.a, p.b]));
  const levelOf = new Map(levels.map((g) => [g.id, g.level]));
  const nodeKeys = [
    ['name', 'string'],
    ['lineage', 'string'],
    ['level', 'string'],
  ] as const;
  const edgeKeys = EDGE_COLUMNS.slice(4).map((k) => [k === 'Label' ? 'label' : k, 'string'] as const);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...edgeKeys.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="relationships" edgedefault="undirected">',
  ];
  for (const g of chronology.groups.filter((x) => used.has(x.id))) {
    lines.push(
      `    <node id="${xml(g.id)}"><data key="n_name">${xml(g.name)}</data><data key="n_lineage">${xml(g.lineage)}</data><data key="n_level">${levelOf.get(g.id) ?? 'organisation'}</data></node>`,
    );
  }
  for (const p of layer.periods) {
    const row = edgeRow(p);
    const data = edgeKeys.map(([k], i) => `<data key="e_${k}">${xml(row[i + 4]!)}</data>`).join('');
    lines.push(
      `    <edge id="${xml(p.id)}" source="${xml(row[0]!)}" target="${xml(row[1]!)}" directed="${p.directed}">${data}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
