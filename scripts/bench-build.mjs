/**
 * Build benchmark: for synthetic corpora of 10, 100 and 1,000 sources (about 10 claims each, two
 * claims per event), builds each
 *   1. cold: empty Astro cache and empty build cache (src/lib/build-cache.ts);
 *   2. rebuild: the same caches, after changing one source (its quotation, as an edit would), into
 *      an empty output folder: pages whose inputs did not change are copied from Astro's
 *      incremental-build cache (src/data/page-keys.ts), the others rendered;
 * and prints wall and CPU seconds, peak memory (the largest process, as /usr/bin/time reports it),
 * pages, and the machine's load average (the 2 cores are shared: wall time under load is not CPU
 * time). Sizes can be given: `node scripts/bench-build.mjs 100 1000`.
 *
 * `--shards N` also builds the largest corpus as N shards (BUILD_SHARD=i/N, src/lib/shard.ts),
 * one after the other (Astro builds of one checkout share its .astro/ folder, so they cannot run
 * at once here; on N machines, each with its own checkout, they would): the slowest shard is the
 * build time of a split build. Each row is printed as soon as it is measured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './gen-corpus.mjs';

const args = process.argv.slice(2);
const shardsAt = args.indexOf('--shards');
const shards = shardsAt >= 0 ? Number(args[shardsAt + 1]) : 0;
const sizes = args
  .filter((_, i) => shardsAt < 0 || (i !== shardsAt && i !== shardsAt + 1))
  .map(Number)
  .filter(Boolean);
const runs = sizes.length > 0 ? sizes : [10, 100, 1000];

function countFiles(dir, test) {
  let n = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) n += countFiles(path, test);
    else if (test(d.name)) n += 1;
  }
  return n;
}

/** The environment of one build of `root`'s corpus into `out`. */
function envFor(root, out, extra = {}) {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://bench.example/',
    CHRONOLOGY_CONTENT: join(root, 'content'),
    ASTRO_OUT_DIR: out,
    ASTRO_CACHE_DIR: join(root, 'astro-cache'),
    CHRONOLOGY_CACHE_DIR: join(root, 'build-cache'),
    ...extra,
  };
}

/** Reads /usr/bin/time -v's report: wall, user+system CPU seconds, peak resident MiB. */
function timeReport(file) {
  const text = readFileSync(file, 'utf8');
  const num = (re) => Number(re.exec(text)?.[1] ?? 0);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(text)?.[1] ?? '0';
  return {
    wall: elapsed
      .split(':')
      .map(Number)
      .reduce((total, part) => total * 60 + part, 0),
    cpu: num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/),
    peakMiB: num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
  };
}

/** Runs `astro build` once under /usr/bin/time (synchronously). */
function build(env, label) {
  const timeFile = join(env.ASTRO_OUT_DIR + '.time');
  const load = loadavg()[0];
  const result = spawnSync(
    '/usr/bin/time',
    ['-v', '-o', timeFile, process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'],
    {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`${label} failed`);
  }
  return { ...timeReport(timeFile), load };
}

const rows = [];
const row = (size, corpus, kind, t, pages) => {
  rows.push({
    sources: size,
    events: corpus.events,
    build: kind,
    pages,
    'wall s': t.wall.toFixed(1),
    'CPU s': t.cpu.toFixed(1),
    'peak MiB': t.peakMiB.toFixed(0),
    'load avg': t.load.toFixed(1),
    'ms CPU/page': ((t.cpu / pages) * 1000).toFixed(1),
  });
  console.log(JSON.stringify(rows.at(-1)));
};

for (const size of runs) {
  const root = mkdtempSync(join(tmpdir(), `bench-build-${size}-`));
  const corpus = generateCorpus(join(root, 'content'), size);
  const out = join(root, 'dist');
  const cold = build(envFor(root, out), `cold build of ${size} sources`);
  const pages = countFiles(out, (n) => n.endsWith('.html'));
  row(size, corpus, 'cold', cold, pages);

  // One source changed: a quotation edited, as a correction would.
  const edited = join(root, 'content', 'sources', 'source-1.mdx');
  writeFileSync(
    edited,
    readFileSync(edited, 'utf8').replace(
      'Synthetic quotation number 1 from source 1.',
      'Synthetic quotation number 1 from source 1, corrected.',
    ),
  );
  rmSync(out, { recursive: true, force: true });
  const warm = build(envFor(root, out), `rebuild of ${size} sources`);
  row(
    size,
    corpus,
    'one source changed',
    warm,
    countFiles(out, (n) => n.endsWith('.html')),
  );

  if (shards > 1 && size === Math.max(...runs)) {
    for (let i = 0; i < shards; i++) {
      const shardOut = join(root, `dist-shard-${i}`);
      // Each shard keeps its own Astro cache (as on its own machine): a shared incremental-build
      // manifest would drop the other shards' pages as orphans.
      const env = envFor(root, shardOut, { BUILD_SHARD: `${i}/${shards}`, ASTRO_CACHE_DIR: join(root, `astro-cache-shard-${i}`) });
      row(size, corpus, `shard ${i + 1}/${shards}`, build(env, `shard ${i}`), countFiles(shardOut, (n) => n.endsWith('.html')));
    }
  }
  rmSync(root, { recursive: true, force: true });
}
console.table(rows);
console.log(
  'CPU s is user + system time of the build (all threads); wall s includes waiting for the other processes on this shared machine (load avg at the start).',
);
