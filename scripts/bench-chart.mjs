/**
 * Chart benchmark. Reports the JavaScript shipped to /chronology/ (gzip, from dist/; fails over
 * the 35 KB budget), then builds a bench page over synthetic data (scripts/gen-synthetic-events.mjs,
 * 10,000 events over 40 groups; the route exists only while CHRONO_BENCH_DATA is set) into
 * .bench/dist, serves it on 127.0.0.1 and measures in Chromium: time to the first rendered chart
 * and frame times during a scripted wheel zoom in and out.
 *   node scripts/bench-chart.mjs [--events 10000] [--groups 40] [--seed 1] [--runs 5] [--dist dir] [--build] [--no-table] [--strict]
 * --build rebuilds dist/ first (otherwise an existing build is measured); --strict also fails when
 * the aims (first chart < 1 s, zoom frames < 16 ms at p95) are missed; --no-table builds the bench
 * page without its 10,000-row table, to separate the chart's cost from the page's weight.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generateChronology } from './gen-synthetic-events.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_KB = 35;
const AIM_FIRST_MS = 1000;
const AIM_FRAME_MS = 16;
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const ASTRO = join(ROOT, 'node_modules', '.bin', 'astro');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function build(outDir, extraEnv = {}) {
  const started = performance.now();
  const result = spawnSync(ASTRO, ['build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`astro build failed (${outDir})`);
  }
  return (performance.now() - started) / 1000;
}

/** Every script a page loads: module entries, preloads and their static and dynamic imports. */
function pageScripts(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = new Map();
  const inline = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) files.set(src, null);
    else if (!/type="application\/(?:ld\+)?json"/.test(attrs) && m[2].trim()) inline.push(m[2]);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.set(m[1], null);
  const queue = [...files.keys()];
  while (queue.length > 0) {
    const url = queue.shift();
    if (!url.startsWith('/')) continue;
    const code = readFileSync(join(dist, url), 'utf8');
    files.set(url, code);
    // Vite writes dynamic imports with template literals: import(`./chunk.js`).
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const next = new URL(m[1], `http://x${url}`).pathname;
      if (!files.has(next)) {
        files.set(next, null);
        queue.push(next);
      }
    }
  }
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  const rows = [...files].map(([url, code]) => ({ url, raw: code.length, gzip: gz(code) }));
  inline.forEach((code, i) => rows.push({ url: `(inline script ${i + 1})`, raw: code.length, gzip: gz(code) }));
  return rows;
}

function serve(dir) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    if (existsSync(join(path, 'index.html'))) path = join(path, 'index.html');
    if (!existsSync(path)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const quantile = (values, q) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (n) => `${n.toFixed(1)} ms`;

// 1. Budget, from the real site's build.
const distArg = args.indexOf('--dist');
const dist = distArg >= 0 && args[distArg + 1] ? resolve(args[distArg + 1]) : join(ROOT, 'dist');
if (flag('build') || !existsSync(join(dist, 'chronology', 'index.html'))) {
  console.log('Building the site into dist/ …');
  build(dist);
}
const scripts = pageScripts(dist, 'chronology/index.html');
const totalGzip = scripts.reduce((s, r) => s + r.gzip, 0);
console.log('\nJavaScript shipped to /chronology/ (gzip -9):');
for (const r of scripts)
  console.log(`  ${(r.gzip / 1024).toFixed(1).padStart(6)} KB  (${(r.raw / 1024).toFixed(1)} KB raw)  ${r.url}`);
console.log(
  `  ${(totalGzip / 1024).toFixed(1).padStart(6)} KB  total; budget ${BUDGET_KB} KB → ${totalGzip <= BUDGET_KB * 1024 ? 'OK' : 'OVER'}`,
);

// 2. Synthetic data and the bench build.
const benchDir = join(ROOT, '.bench');
mkdirSync(benchDir, { recursive: true });
const events = option('events', 10_000);
const groups = option('groups', 40);
const dataFile = join(benchDir, 'synthetic-chronology.json');
writeFileSync(dataFile, JSON.stringify(generateChronology({ events, groups, seed: option('seed', 1) })));
const benchDist = join(benchDir, 'dist');
console.log(`\nBuilding the bench page (${events} events, ${groups} groups) into .bench/dist …`);
// Its own cache dir, so the bench build never races the site's content cache.
const buildSeconds = build(benchDist, {
  CHRONO_BENCH_DATA: dataFile,
  ASTRO_CACHE_DIR: join(benchDir, 'astro-cache'),
  CHRONO_BENCH_TABLE: flag('no-table') ? '0' : '1',
});
console.log(`  built in ${buildSeconds.toFixed(1)} s`);

// 3. Chromium.
const server = await serve(benchDist);
const base = `http://127.0.0.1:${server.address().port}`;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const runs = option('runs', 5);
const loads = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/chronology/bench/`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('chrono:ready').length > 0, null, { timeout: 60_000 });
  loads.push(
    await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fcp: paint ? paint.startTime : NaN,
        domContentLoaded: nav.domContentLoadedEventEnd,
        ready: performance.getEntriesByName('chrono:ready')[0].startTime,
        htmlKB: nav.transferSize / 1024 || nav.decodedBodySize / 1024,
      };
    }),
  );
  await context.close();
}

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${base}/chronology/bench/`);
await page.waitForFunction(() => performance.getEntriesByName('chrono:ready').length > 0, null, { timeout: 60_000 });
const zoom = await page.evaluate(async () => {
  const svg = document.querySelector('svg.chrono-svg-wide');
  const box = svg.getBoundingClientRect();
  const at = { clientX: box.left + box.width * 0.6, clientY: box.top + 120 };
  performance.clearMeasures('chrono:render');
  const stamps = [];
  // One wheel step per frame: 60 in (to about 3 weeks), 60 out, like a trackpad pinch.
  for (let i = 0; i < 120; i++) {
    stamps.push(await new Promise((ok) => requestAnimationFrame(ok)));
    svg.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: i < 60 ? -60 : 60, bubbles: true, cancelable: true }));
  }
  stamps.push(await new Promise((ok) => requestAnimationFrame(ok)));
  const frames = stamps.slice(2).map((t, i) => t - stamps[i + 1]);
  const renders = performance.getEntriesByName('chrono:render').map((e) => e.duration);
  return { frames, renders };
});
await browser.close();
server.close();

const first = loads.map((l) => l.ready);
console.log(
  `\nFirst load of /chronology/bench/ (${runs} runs, median): HTML ${quantile(
    loads.map((l) => l.htmlKB),
    0.5,
  ).toFixed(0)} KB`,
);
console.log(
  `  first contentful paint (server SVG)  ${ms(
    quantile(
      loads.map((l) => l.fcp),
      0.5,
    ),
  )}`,
);
console.log(
  `  DOMContentLoaded                     ${ms(
    quantile(
      loads.map((l) => l.domContentLoaded),
      0.5,
    ),
  )}`,
);
console.log(`  chart enhanced and drawn             ${ms(quantile(first, 0.5))} (aim < ${AIM_FIRST_MS} ms)`);
console.log(`\nScripted zoom (${zoom.frames.length} frames):`);
console.log(
  `  frame interval  median ${ms(quantile(zoom.frames, 0.5))}  p95 ${ms(quantile(zoom.frames, 0.95))} (aim < ${AIM_FRAME_MS} ms)`,
);
console.log(
  `  render script   median ${ms(quantile(zoom.renders, 0.5))}  p95 ${ms(quantile(zoom.renders, 0.95))} (${zoom.renders.length} renders)`,
);

const report = {
  budget: { totalGzipBytes: totalGzip, budgetBytes: BUDGET_KB * 1024, files: scripts },
  synthetic: { events, groups, buildSeconds },
  firstLoad: loads,
  zoom: {
    frameMedian: quantile(zoom.frames, 0.5),
    frameP95: quantile(zoom.frames, 0.95),
    renderMedian: quantile(zoom.renders, 0.5),
    renderP95: quantile(zoom.renders, 0.95),
  },
};
writeFileSync(join(benchDir, 'chart-report.json'), JSON.stringify(report, null, 2));
console.log('\nReport written to .bench/chart-report.json');

let failed = totalGzip > BUDGET_KB * 1024;
if (flag('strict')) failed ||= quantile(first, 0.5) > AIM_FIRST_MS || report.zoom.frameP95 > AIM_FRAME_MS * 1.1;
process.exit(failed ? 1 : 0);
