/**
 * Writes a synthetic content folder (sources with ~10 claims each, groups, events) for
 * benchmarks. Seeded, so the same size always gives the same files. Never committed.
 *   node scripts/gen-corpus.mjs <dir> <sources>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['pledge', 'split', 'merger', 'truce', 'cooperation', 'talks', 'clash', 'capture', 'founding', 'announcement'];
const DIRECTED = new Set(['pledge', 'split', 'merger']);
const STATUSES = ['stated', 'reported', 'reported', 'alleged', 'speculative', 'disputed'];
const LINEAGES = ['islamic-state', 'nusra', 'al-qaeda', 'rebels', 'states', 'other'];

/** Generates a corpus of `sources` sources into `dir`. */
export function generateCorpus(dir, sources, { claimsPerSource = 10, groups = 40, seed = 1 } = {}) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'groups'), { recursive: true });
  mkdirSync(join(dir, 'pages'), { recursive: true });
  for (const page of ['explainer', 'method']) {
    writeFileSync(
      join(dir, 'pages', `${page}.mdx`),
      `---\ntitle: Synthetic ${page}\ndescription: A generated ${page} page for benchmarks.\n---\n\n## Section\n\nGenerated text.\n`,
    );
  }
  const groupIds = Array.from({ length: groups }, (_, i) => `group-${i + 1}`);
  groupIds.forEach((id, i) => {
    writeFileSync(
      join(dir, 'groups', `${id}.yaml`),
      `name: Synthetic group ${i + 1}\nshortName: Group ${i + 1}\nkind: organisation\nlineage: ${LINEAGES[i % LINEAGES.length]}\n` +
        `names:\n  - name: Synthetic group ${i + 1}\naliases: [SG${i + 1}]\ndescription: A generated group for benchmarks.\n`,
    );
  });
  // About two claims per event, so events merge citations as in the real corpus.
  const eventCount = Math.max(1, Math.round((sources * claimsPerSource) / 2));
  const events = Array.from({ length: eventCount }, (_, i) => ({
    id: `event-${i + 1}`,
    type: pick(TYPES),
    day: new Date(Date.UTC(2006, 0, 1) + Math.floor(random() * 11 * 365) * 86_400_000).toISOString().slice(0, 10),
    a: pick(groupIds),
    b: pick(groupIds),
  }));
  for (const e of events) if (e.a === e.b) e.b = groupIds[(groupIds.indexOf(e.a) + 1) % groupIds.length];
  writeFileSync(
    join(dir, 'events.yaml'),
    events.map((e) => `${e.id}:\n  title: Synthetic ${e.type} ${e.id}\n  summary: Generated for the build benchmark.\n`).join(''),
  );
  let next = 0;
  for (let s = 1; s <= sources; s++) {
    const claims = [];
    for (let c = 0; c < claimsPerSource; c++) {
      const e = events[next++ % events.length];
      const actors = DIRECTED.has(e.type) ? `    from: [${e.a}]\n    to: [${e.b}]\n` : `    actors: [${e.a}, ${e.b}]\n`;
      claims.push(
        `  - event: ${e.id}\n    type: ${e.type}\n    date: { text: "on ${e.day}", day: "${e.day}" }\n${actors}` +
          `    status: ${pick(STATUSES)}\n    origin: { kind: author }\n    quote: "Synthetic quotation number ${c + 1} from source ${s}."\n`,
      );
    }
    writeFileSync(
      join(dir, 'sources', `source-${s}.mdx`),
      `---\ntitle: Synthetic source ${s}\noutlet: Bench Wire\nheadline: Synthetic headline ${s}\nauthors: []\n` +
        `published: { text: "31 December 2017", day: "2017-12-31", confirmed: true }\nurl: https://example.org/${s}\n` +
        `urlKind: original\nwire: []\nkind: news-report\ncapture: source-${s}.txt\nclaims:\n${claims.join('')}---\n\n` +
        `## Summary\n\nGenerated source ${s} for the build benchmark.\n`,
    );
  }
  return { events: eventCount, groups, sources };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node scripts/gen-corpus.mjs <dir> <sources>');
    process.exit(2);
  }
  console.log(generateCorpus(dir, Number(n)));
}
