/**
 * Writes a synthetic relationship layer for the network benchmark: by default 500 groups (in
 * every lineage, a fifth of them local units) and 5,000 periods of every kind, 2003–2017, with
 * day, month, year and undated starts, closed and open ends, every support level, some
 * disagreements, and the events and sources behind them. Seeded and deterministic; never committed.
 *   node scripts/gen-synthetic-relations.mjs [out.json] [--groups 500] [--periods 5000] [--seed 1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LINEAGES } from '../src/lib/chronology/vocabulary.ts';
import { labelOf } from '../src/lib/chronology/dates.ts';
import { rng as mulberry32 } from './gen-corpus.mjs';

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const DIRECTED = new Set(['affiliation', 'merger', 'split']);

/** Builds { chronology, layer, levels }: the inputs of the network's payload. */
export function generateRelations({ groups: groupCount = 500, periods: periodCount = 5000, seed = 1 } = {}) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (pairs) => {
    let x = random() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
  const lineages = Object.keys(LINEAGES);
  const groups = [];
  const levels = [];
  for (let i = 0; i < groupCount; i++) {
    const id = `g-${String(i + 1).padStart(3, '0')}`;
    const local = i >= lineages.length * 4 && random() < 0.2;
    const lineage = lineages[i % lineages.length];
    const unitOf = local ? `g-${String((i % (lineages.length * 4)) + 1).padStart(3, '0')}` : undefined;
    const renamed = random() < 0.2;
    groups.push({
      id,
      name: `Synthetic group ${i + 1}`,
      shortName: `G${i + 1}`,
      kind: local ? 'local-unit' : 'organisation',
      lineage,
      ...(unitOf ? { parent: unitOf } : {}),
      names: renamed
        ? [
            { name: `Synthetic group ${i + 1}`, short: `G${i + 1}`, to: '2010' },
            { name: `Renamed group ${i + 1}`, short: `R${i + 1}`, from: '2010' },
          ]
        : [{ name: `Synthetic group ${i + 1}` }],
      aliases: [],
      description: 'Synthetic.',
      children: [],
      events: [],
    });
    levels.push(local ? { id, level: 'local', unitOf } : { id, level: 'organisation' });
  }
  const sources = Array.from({ length: 5 }, (_, i) => ({
    id: `synthetic-source-${i + 1}`,
    title: `Synthetic source ${i + 1}`,
  }));
  const t0 = Date.UTC(2003, 0, 1);
  const t1 = Date.UTC(2017, 3, 20);
  const span = (t1 - t0) / DAY;
  const events = [];
  const periods = [];
  const window = (at) => {
    const precision = weighted([
      ['day', 50],
      ['month', 20],
      ['year', 15],
      ['undated', 15],
    ]);
    const d = new Date(at);
    const y = d.getUTCFullYear();
    const m = String(d.getUTCMonth() + 1).padStart(2, '0');
    if (precision === 'day') return { start: iso(at), end: iso(at), precision, label: labelOf(iso(at)) };
    if (precision === 'month') {
      const end = iso(Date.UTC(y, d.getUTCMonth() + 1, 0));
      return { start: `${y}-${m}-01`, end, precision, label: labelOf(`${y}-${m}`) };
    }
    if (precision === 'year') return { start: `${y}-01-01`, end: `${y}-12-31`, precision, label: String(y) };
    const end = iso(Math.min(t1, at + Math.floor(30 + random() * 400) * DAY));
    return { start: iso(at), end, precision, label: `undated, between ${labelOf(iso(at))} and ${labelOf(end)}` };
  };
  // Pairs favour a few hubs and neighbours in the same lineage, as real networks do.
  const hub = () => groups[Math.floor(random() ** 2.2 * groups.length)].id;
  for (let i = 0; i < periodCount; i++) {
    const kind = weighted([
      ['affiliation', 20],
      ['alliance', 25],
      ['merger', 5],
      ['split', 8],
      ['rivalry', 25],
      ['truce', 10],
      ['talks', 7],
    ]);
    let a = hub();
    let b = random() < 0.5 ? hub() : pick(groups).id;
    while (b === a) b = pick(groups).id;
    const at = t0 + Math.floor(random() * span) * DAY;
    const start = window(at);
    const open = random() < 0.3;
    const opening = `syn-${String(events.length + 1).padStart(5, '0')}`;
    const support = weighted([
      ['corroborated', 25],
      ['single-origin', 45],
      ['party-claim', 10],
      ['hedged', 12],
      ['contested', 8],
    ]);
    const status =
      support === 'contested' ? 'disputed' : support === 'hedged' ? 'alleged' : random() < 0.5 ? 'stated' : 'reported';
    const evidence = [{ event: opening, role: 'opens', rule: 'pledge-opens-affiliation' }];
    const claim = (id, k) => ({
      source: sources[(i + k) % 5].id,
      anchor: `claim-${id}`,
      quote: `Synthetic quote ${id}.`,
      status,
    });
    events.push({
      id: opening,
      title: `Synthetic ${kind} ${i + 1}`,
      date: start,
      support,
      sources: [claim(opening, 0)],
    });
    let end;
    if (open) {
      const asOf = iso(Math.min(t1, Date.parse(`${start.end}T00:00:00Z`) + Math.floor(random() * 900) * DAY));
      end = { open: true, asOf, label: `ongoing as of ${labelOf(asOf)} (last report)` };
    } else {
      const closeAt = Math.min(t1, Date.parse(`${start.end}T00:00:00Z`) + Math.floor(1 + random() * 1500) * DAY);
      const closing = `syn-${String(events.length + 1).padStart(5, '0')}`;
      const w = window(closeAt);
      const bound = { ...w, start: w.start < start.start ? start.start : w.start };
      if (bound.end < bound.start) bound.end = bound.start;
      events.push({
        id: closing,
        title: `Synthetic closing ${i + 1}`,
        date: w,
        support: 'single-origin',
        sources: [claim(closing, 1)],
      });
      evidence.push({ event: closing, role: 'closes', rule: 'split-closes-and-opens-split' });
      end = { open: false, bound };
    }
    const [x, y] = a < b ? [a, b] : [b, a];
    const directed = DIRECTED.has(kind) && random() < 0.85;
    periods.push({
      id: `${kind}:${x}--${y}:${opening}`,
      pair: `${x}--${y}`,
      a: x,
      b: y,
      kind,
      directed,
      ...(directed ? { from: a, to: b } : {}),
      level:
        levels.find((l) => l.id === a).level === 'local' || levels.find((l) => l.id === b).level === 'local'
          ? 'local'
          : 'organisation',
      start,
      end,
      status,
      support,
      rule: 'pledge-opens-affiliation',
      evidence,
      conflicts:
        random() < 0.05 ? [{ about: 'start', event: opening, summary: 'Synthetic disagreement.', positions: [] }] : [],
    });
  }
  periods.sort((p, q) => p.start.start.localeCompare(q.start.start) || p.id.localeCompare(q.id));
  const chronology = {
    groups,
    events: events.map((e) => ({ ...e, summary: '', actors: [], from: [], to: [], conflicts: [] })),
    sources,
    people: [],
    places: [],
  };
  return { chronology, layer: { periods, links: [] }, levels };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const out = resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '.bench/synthetic-relations.json');
  const data = generateRelations({
    groups: option('groups', 500),
    periods: option('periods', 5000),
    seed: option('seed', 1),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(data));
  console.log(`Wrote ${data.layer.periods.length} periods over ${data.chronology.groups.length} groups to ${out}`);
}
