/**
 * Build benchmark: generates synthetic corpora of 10, 100 and 1,000 sources (about 10 claims
 * each) in a temporary folder, builds each with `astro build`, and prints build seconds, peak
 * memory and pages per second. Sizes can be overridden: node scripts/bench-build.mjs 10 100
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './gen-corpus.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const runs = sizes.length > 0 ? sizes : [10, 100, 1000];

function countPages(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += countPages(path);
    else if (name.endsWith('.html')) n += 1;
  }
  return n;
}

const rows = [];
for (const size of runs) {
  const root = mkdtempSync(join(tmpdir(), `bench-build-${size}-`));
  const content = join(root, 'content');
  const corpus = generateCorpus(content, size);
  const out = join(root, 'dist');
  const timeFile = join(root, 'time.txt');
  const started = process.hrtime.bigint();
  // /usr/bin/time reports the peak resident memory of the build process tree's largest process.
  const result = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, 'npx', 'astro', 'build', '--silent'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CHRONOLOGY_CONTENT: content,
      ASTRO_OUT_DIR: out,
      ASTRO_CACHE_DIR: join(root, 'cache'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`build of ${size} sources failed`);
  }
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1] ?? 0);
  const pages = countPages(out);
  rows.push({
    sources: size,
    claims: size * 10,
    events: corpus.events,
    pages,
    'build s': seconds.toFixed(1),
    'peak MiB': (peakKb / 1024).toFixed(0),
    'pages/s': (pages / seconds).toFixed(1),
    's per 1k pages': ((seconds / pages) * 1000).toFixed(1),
  });
  rmSync(root, { recursive: true, force: true });
}
console.table(rows);
