/**
 * Chart benchmark. Reports the JavaScript shipped to /chronology/ (gzip, from dist/, against the
 * budgets of scripts/js-budgets.json) and the HTML weight of the chart pages, then builds a bench
 * page over synthetic data (scripts/gen-synthetic-events.mjs, 10,000 events over 40 groups; the
 * route exists only while CHRONO_BENCH_DATA is set) into .bench/dist, serves it on 127.0.0.1 and
 * measures in Chromium: the first-load HTML (gzip) and whether the chart reads without
 * JavaScript, the time until the chart is drawn, frame times during a scripted wheel zoom in and
 * out (as wall-clock intervals, and as the main thread's CPU time per frame from a trace of a
 * second run, which other work on a shared machine does not inflate), and how long label
 * placement takes per view (zoomed in, where marks are labelled).
 *   node scripts/bench-chart.mjs [--events 10000] [--groups 40] [--seed 1] [--runs 5] [--dist dir] [--build] [--no-table] [--strict]
 * --build rebuilds dist/ first (otherwise an existing build is measured); --strict also fails when
 * an aim is missed (HTML ≤ 150 KB gzip, drawn < 0.5 s, zoom frames within one frame (16.7 ms) at
 * p95, labels < 50 ms per view); --no-table builds the bench page without its table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generateChronology } from './gen-synthetic-events.mjs';
import { pageScripts } from './page-scripts.mjs';
import { cpuIntervals, cpuUntil, TRACE_CATEGORIES } from './trace-cpu.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGETS = JSON.parse(readFileSync(join(ROOT, 'scripts', 'js-budgets.json'), 'utf8'));
const AIM_HTML_KB = 150;
const AIM_FIRST_MS = 500;
const AIM_FRAME_MS = 1000 / 60;
const AIM_LABELS_MS = 50;
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
const scripts = pageScripts(dist, BUDGETS.firstLoad.page);
const firstLoad = scripts.filter((r) => !r.lazy);
const totalGzip = firstLoad.reduce((s, r) => s + r.gzip, 0);
console.log('\nJavaScript shipped to /chronology/ (gzip -9):');
for (const r of scripts)
  console.log(`  ${(r.gzip / 1024).toFixed(1).padStart(6)} KB  (${(r.raw / 1024).toFixed(1)} KB raw)  ${r.lazy ? 'later' : 'first'}  ${r.url}`);
console.log(
  `  ${(totalGzip / 1024).toFixed(1).padStart(6)} KB  first load; budget ${BUDGETS.firstLoad.kb} KB → ${totalGzip <= BUDGETS.firstLoad.kb * 1024 ? 'OK' : 'OVER'}`,
);
for (const r of scripts.filter((s) => s.lazy)) {
  const b = BUDGETS.lazy.find((x) => new RegExp(x.pattern).test(r.url));
  console.log(`  ${(r.gzip / 1024).toFixed(1).padStart(6)} KB  ${b ? `${b.what}; budget ${b.kb} KB → ${r.gzip <= b.kb * 1024 ? 'OK' : 'OVER'}` : 'NO BUDGET STATED'}  ${r.url}`);
}
const lazyOver = scripts.some((r) => {
  if (!r.lazy) return false;
  const b = BUDGETS.lazy.find((x) => new RegExp(x.pattern).test(r.url));
  return !b || r.gzip > b.kb * 1024;
});
console.log('\nHTML of the chart pages (raw / gzip -9):');
for (const page of ['index.html', 'chronology/index.html', 'events/albu-kamal-pledge/index.html', 'embed/chronology/index.html']) {
  if (!existsSync(join(dist, page))) continue;
  const html = readFileSync(join(dist, page));
  console.log(`  ${(html.length / 1024).toFixed(0).padStart(5)} KB / ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1).padStart(5)} KB  /${page.replace(/index\.html$/, '')}`);
}

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

// 3. Label placement per view, in Node over the same data: the views a reader zooms through
// (month-to-two-years windows with marks drawn), timed with planChart's clock in CPU time, so a
// machine shared with other work does not count its waiting.
const { build: esbuild } = await import('esbuild');
const bundled = await esbuild({
  stdin: {
    contents: `export { toChartData } from './src/charts/chronology/data.ts';
      export { scopeChart } from './src/charts/chronology/scope.ts';
      export { planChart } from './src/charts/chronology/plan.ts';
      export { DEFAULT_STATE } from './src/charts/chronology/state.ts';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  define: { 'import.meta.env': '{}' },
});
const chartLib = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const chronology = JSON.parse(readFileSync(dataFile, 'utf8'));
const benchChart = chartLib.scopeChart(chartLib.toChartData(chronology), {});
const labelTimes = [];
let previous = null;
const [d0, d1] = benchChart.domainMs;
for (let k = 0; k < 120; k++) {
  const width = (30 + ((k * 37) % 700)) * 86_400_000;
  const start = d0 + ((k * 0.61803) % 1) * (d1 - d0 - width);
  const state = { ...chartLib.DEFAULT_STATE, view: [start, start + width] };
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const out = chartLib.planChart(benchChart, state, 'wide', { previous, clock: cpu });
  previous = out.plan;
  if (!out.layout.density && out.layout.timing) labelTimes.push({ ms: out.layout.timing.labels, shown: out.layout.counts.shown });
}
const labelMs = labelTimes.map((t) => t.ms);
console.log(
  `\nLabel placement, ${labelTimes.length} zoomed views of the synthetic data with marks (Node, CPU time; up to ${Math.max(...labelTimes.map((t) => t.shown))} events labelled or numbered per view):`,
);
console.log(`  median ${labelMs.length ? (labelMs.sort((a, b) => a - b)[labelMs.length >> 1]).toFixed(1) : 'n/a'} ms, max ${Math.max(0, ...labelMs).toFixed(1)} ms (aim < ${AIM_LABELS_MS} ms per view)`);

// 4. Chromium.
const server = await serve(benchDist);
const base = `http://127.0.0.1:${server.address().port}`;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const runs = option('runs', 5);
const benchHtml = readFileSync(join(benchDist, 'chronology', 'bench', 'index.html'));
const htmlGzipKB = gzipSync(benchHtml, { level: 9 }).length / 1024;
// Without JavaScript: the server-rendered chart is on screen, with its lanes named.
const noJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
const staticPage = await noJs.newPage();
await staticPage.goto(`${base}/chronology/bench/`);
const readable = await staticPage.evaluate(() => {
  const svg = [...document.querySelectorAll('.chrono-view svg.chrono-svg')].find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return null;
  return {
    lanes: svg.querySelectorAll('.lane-label').length,
    marks: svg.querySelectorAll('g.ev').length,
    density: svg.querySelectorAll('path.density').length,
    width: Math.round(svg.getBoundingClientRect().width),
  };
});
await noJs.close();
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
        data: performance.getEntriesByName('chrono:data')[0]?.startTime ?? NaN,
        script: performance.getEntriesByType('resource').find((r) => /Chronology\.astro/.test(r.name))?.responseEnd ?? NaN,
      };
    }),
  );
  await context.close();
}

// One more load under a trace: the main thread's CPU time from navigation until the chart is drawn
// (parsing, styles, the data, scoping, planning, the first render), which the load of a shared
// machine does not inflate.
const enhanceCpu = await (async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(`${base}/chronology/bench/`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('chrono:ready').length > 0, null, { timeout: 60_000 });
  const until = cpuUntil(JSON.parse((await browser.stopTracing()).toString()), 'chrono:ready');
  await context.close();
  return until;
})();

/** The scripted zoom on a fresh page; `mark` names a User Timing mark set at each frame (for a trace). */
async function scriptedZoom(mark) {
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${base}/chronology/bench/`);
await page.waitForFunction(() => performance.getEntriesByName('chrono:ready').length > 0, null, { timeout: 60_000 });
if (mark) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
const result = await page.evaluate(async (mark) => {
  const svg = [...document.querySelectorAll('.chrono-view svg.chrono-svg')].find((s) => s.getBoundingClientRect().width > 0);
  const box = svg.getBoundingClientRect();
  const at = { clientX: box.left + box.width * 0.6, clientY: box.top + 120 };
  performance.clearMeasures('chrono:render');
  performance.clearMeasures('chrono:labels');
  const stamps = [];
  // One wheel step per frame: 60 in (to about 3 weeks), 60 out, like a trackpad pinch.
  for (let i = 0; i < 120; i++) {
    stamps.push(await new Promise((ok) => requestAnimationFrame(ok)));
    if (mark) performance.mark(mark);
    svg.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: i < 60 ? -60 : 60, bubbles: true, cancelable: true }));
  }
  stamps.push(await new Promise((ok) => requestAnimationFrame(ok)));
  if (mark) performance.mark(mark);
  const frames = stamps.slice(2).map((t, i) => t - stamps[i + 1]);
  const renders = performance.getEntriesByName('chrono:render').map((e) => e.duration);
  const labels = performance.getEntriesByName('chrono:labels').map((e) => e.duration).filter((d) => d > 0);
  return { frames, renders, labels };
}, mark);
const cpu = mark ? cpuIntervals(JSON.parse((await browser.stopTracing()).toString()), mark) : null;
await context.close();
return { ...result, cpu };
}
const zoom = await scriptedZoom(null);
const cpuFrames = (await scriptedZoom('bench:frame')).cpu;
await browser.close();
server.close();

const first = loads.map((l) => l.ready);
console.log(`\nFirst load of /chronology/bench/ (${events} events, ${runs} runs, median):`);
console.log(`  HTML                                 ${htmlGzipKB.toFixed(1)} KB gzip (${(benchHtml.length / 1024).toFixed(0)} KB raw; aim ≤ ${AIM_HTML_KB} KB gzip)`);
console.log(
  `  readable without JavaScript          ${readable ? `yes: ${readable.width} px chart, ${readable.lanes} named lanes, ${readable.density} density curves, ${readable.marks} marks` : 'NO CHART'}`,
);
console.log(`  first contentful paint (server SVG)  ${ms(quantile(loads.map((l) => l.fcp), 0.5))}`);
console.log(`  DOMContentLoaded                     ${ms(quantile(loads.map((l) => l.domContentLoaded), 0.5))}`);
console.log(`  chart script loaded                  ${ms(quantile(loads.map((l) => l.script), 0.5))}`);
console.log(`  chart data loaded and parsed         ${ms(quantile(loads.map((l) => l.data), 0.5))}`);
console.log(`  chart enhanced and drawn             ${ms(quantile(first, 0.5))} (aim < ${AIM_FIRST_MS} ms)`);
console.log(
  `  main-thread CPU until drawn          ${ms(enhanceCpu.cpu)} (one traced load: parsing, styles, data, planning, first render)`,
);
console.log(`\nScripted zoom (${zoom.frames.length} frames):`);
console.log(`  frame interval  median ${ms(quantile(zoom.frames, 0.5))}  p95 ${ms(quantile(zoom.frames, 0.95))} (aim ≤ ${ms(AIM_FRAME_MS)})`);
console.log(`  render script   median ${ms(quantile(zoom.renders, 0.5))}  p95 ${ms(quantile(zoom.renders, 0.95))} (${zoom.renders.length} renders)`);
const cpuOf = (k, q) => quantile(cpuFrames.map((f) => f[k]), q);
console.log(
  `  main-thread CPU per frame (traced run)  median ${ms(cpuOf('cpu', 0.5))}  p95 ${ms(cpuOf('cpu', 0.95))}; median script ${ms(cpuOf('script', 0.5))}, style ${ms(cpuOf('style', 0.5))}, layout ${ms(cpuOf('layout', 0.5))}, paint ${ms(cpuOf('paint', 0.5))}`,
);
console.log(
  `  label placement median ${ms(quantile(zoom.labels, 0.5))}  max ${ms(Math.max(0, ...zoom.labels))} (${zoom.labels.length} views with marks; aim < ${AIM_LABELS_MS} ms per view)`,
);

const report = {
  budget: { firstLoadGzipBytes: totalGzip, budgetKB: BUDGETS.firstLoad.kb, files: scripts },
  synthetic: { events, groups, buildSeconds },
  html: { gzipKB: htmlGzipKB, rawKB: benchHtml.length / 1024, readableWithoutJs: readable },
  firstLoad: loads,
  enhanceCpu,
  zoom: {
    frameMedian: quantile(zoom.frames, 0.5),
    frameP95: quantile(zoom.frames, 0.95),
    renderMedian: quantile(zoom.renders, 0.5),
    renderP95: quantile(zoom.renders, 0.95),
    cpuMedian: cpuOf('cpu', 0.5),
    cpuP95: cpuOf('cpu', 0.95),
    labelsMedian: quantile(zoom.labels, 0.5),
    labelsMax: Math.max(0, ...zoom.labels),
    nodeLabelsMax: Math.max(0, ...labelMs),
  },
};
writeFileSync(join(benchDir, 'chart-report.json'), JSON.stringify(report, null, 2));
console.log('\nReport written to .bench/chart-report.json');

let failed = totalGzip > BUDGETS.firstLoad.kb * 1024 || lazyOver;
if (flag('strict'))
  failed ||=
    htmlGzipKB > AIM_HTML_KB ||
    !readable ||
    quantile(first, 0.5) > AIM_FIRST_MS ||
    report.zoom.frameP95 > AIM_FRAME_MS * 1.1 ||
    Math.max(report.zoom.labelsMax, report.zoom.nodeLabelsMax) > AIM_LABELS_MS;
process.exit(failed ? 1 : 0);
