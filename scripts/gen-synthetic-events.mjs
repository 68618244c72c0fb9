/**
 * Writes a synthetic derived chronology (the shape getChronology() returns) for the chart
 * benchmark: by default 10,000 events over 40 groups in every lineage, 2003–2017, with every
 * precision, status and event type, some conflicts. Seeded and deterministic. Never committed.
 *   node scripts/gen-synthetic-events.mjs [out.json] [--events 10000] [--groups 40] [--seed 1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_TYPES, LINEAGES } from '../src/lib/chronology/vocabulary.ts';
import { rng as mulberry32 } from './gen-corpus.mjs';
import { labelOf } from '../src/lib/chronology/dates.ts';

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const lastOfMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Builds the synthetic chronology. */
export function generateChronology({ events: eventCount = 10_000, groups: groupCount = 40, seed = 1 } = {}) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (pairs) => {
    let x = random() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
  const lineages = Object.keys(LINEAGES);
  const groups = Array.from({ length: groupCount }, (_, i) => {
    const lineage = lineages[i % lineages.length];
    const id = `group-${String(i + 1).padStart(2, '0')}`;
    // Every lineage's first group is a root; later ones may be its branches.
    const parent =
      i >= lineages.length && random() < 0.5
        ? `group-${String((i % lineages.length) + 1).padStart(2, '0')}`
        : undefined;
    return {
      id,
      name: `Synthetic group ${i + 1}`,
      shortName: `Group ${i + 1}`,
      kind: 'organisation',
      lineage,
      ...(parent ? { parent } : {}),
      names: [{ name: `Synthetic group ${i + 1}` }],
      aliases: [],
      description: 'Synthetic.',
      children: [],
      events: [],
    };
  });
  const sources = Array.from({ length: 5 }, (_, i) => ({
    id: `synthetic-source-${i + 1}`,
    title: `Synthetic source ${i + 1}`,
    outlet: 'Synthetic',
    headline: `Synthetic source ${i + 1}`,
    headlineConfirmed: true,
    authors: [],
    published: { text: '2017', year: '2017', confirmed: true },
    url: `https://example.org/synthetic-${i + 1}`,
    urlKind: 'original',
    wire: [],
    kind: 'news-report',
    language: 'en',
    capture: 'synthetic.txt',
    unconfirmed: [],
    claims: [],
    events: [],
  }));
  const types = Object.keys(EVENT_TYPES);
  const t0 = Date.UTC(2003, 0, 1);
  const t1 = Date.UTC(2017, 11, 31);
  const events = [];
  for (let i = 0; i < eventCount; i++) {
    const type = pick(types);
    const info = EVENT_TYPES[type];
    const at = t0 + Math.floor(random() * ((t1 - t0) / DAY)) * DAY;
    const d = new Date(at);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const precision = weighted([
      ['day', 60],
      ['month', 15],
      ['season', 4],
      ['year', 8],
      ['range', 8],
      ['undated', 5],
    ]);
    let date;
    if (precision === 'day') date = { start: iso(at), end: iso(at), label: labelOf(iso(at)) };
    else if (precision === 'month') {
      const start = `${y}-${String(m).padStart(2, '0')}-01`;
      date = { start, end: `${start.slice(0, 8)}${lastOfMonth(y, m)}`, label: labelOf(start.slice(0, 7)) };
    } else if (precision === 'season') date = { start: `${y}-06-01`, end: `${y}-08-31`, label: `summer ${y}` };
    else if (precision === 'year') date = { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
    else {
      const end = Math.min(t1, at + Math.floor(10 + random() * (precision === 'range' ? 120 : 500)) * DAY);
      date = { start: iso(at), end: iso(end), label: `${iso(at)} – ${iso(end)}` };
    }
    const n = info.relationship ? (random() < 0.85 ? 2 : 3) : random() < 0.8 ? 1 : 2;
    const involved = new Set();
    while (involved.size < n) involved.add(pick(groups).id);
    const actors = [...involved];
    const from = info.directed ? [actors[0]] : [];
    const to = info.directed ? actors.slice(1) : [];
    const fixture = weighted([
      ['confirmed', 50],
      ['reported', 25],
      ['alleged', 10],
      ['disputed', 6],
      ['denied', 3],
      ['speculative', 6],
    ]);
    // The old status words map to a presentation (per citation) and a support level (per event).
    const status = { confirmed: 'stated' }[fixture] ?? fixture;
    const support = {
      confirmed: 'corroborated',
      reported: 'single-origin',
      alleged: 'hedged',
      speculative: 'hedged',
      disputed: 'contested',
      denied: 'denied',
    }[fixture];
    const cited = random() < 0.2 ? 2 : 1;
    const citations = Array.from({ length: cited }, (_, k) => ({
      source: sources[(i + k) % sources.length].id,
      claim: 0,
      quote: `Synthetic quote ${i + 1}.${k + 1}.`,
      dateText: date.label,
      date: { ...date, precision },
      status,
      actors,
      from,
      to,
      parties: actors.map((g) => ({ group: g, role: from.includes(g) ? 'from' : to.includes(g) ? 'to' : 'with', level: 'organisation', unnamed: false })),
      people: [],
      provenance: {
        origin: { kind: 'author', key: `author:${sources[(i + k) % sources.length].id}` },
        chain: ['Synthetic outlet'],
        partisan: false,
        selfStatement: false,
        counts: status === 'stated' || status === 'reported',
      },
      attribution: 'the article itself',
    }));
    const conflicts =
      random() < 0.05
        ? [
            {
              field: 'date',
              summary: 'Synthetic disagreement.',
              positions: [{ value: date.label, sources: [citations[0].source] }],
            },
          ]
        : [];
    events.push({
      id: `synthetic-${String(i + 1).padStart(5, '0')}`,
      title: `Synthetic ${info.label.toLowerCase()} ${i + 1}`,
      summary: 'Synthetic event for benchmarks.',
      type,
      family: info.family,
      relationship: info.relationship,
      directed: info.directed,
      date: { ...date, precision },
      actors,
      from,
      to,
      levels: ['organisation'],
      support,
      origins: [],
      articles: cited,
      places: [],
      people: [],
      names: {},
      sources: citations,
      conflicts,
    });
  }
  for (const e of events) {
    for (const g of e.actors) groups.find((x) => x.id === g).events.push(e.id);
    for (const c of e.sources) {
      const s = sources.find((x) => x.id === c.source);
      if (s.events.at(-1) !== e.id) s.events.push(e.id);
    }
  }
  return { events, groups, sources, people: [], places: [] };
}

function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = resolve(args[0] && !args[0].startsWith('--') ? args[0] : '.bench/synthetic-chronology.json');
  const chronology = generateChronology({
    events: option(args, 'events', 10_000),
    groups: option(args, 'groups', 40),
    seed: option(args, 'seed', 1),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(chronology));
  console.log(`${chronology.events.length} events over ${chronology.groups.length} groups → ${out}`);
}
