/**
 * Network benchmark. Writes a synthetic relationship layer (scripts/gen-synthetic-relations.mjs:
 * 500 groups, 5,000 periods by default), builds a bench page over it into .bench/network-dist
 * (the route exists only while NETWORK_BENCH_DATA is set; the page times the build-time force
 * layout), serves it on 127.0.0.1 and measures in Chromium: the time to render a date (a random
 * date set through the slider) and to step to the next change (the Next change button), as the
 * script's own render time and as frame intervals. Prints the figures; aim: a date change < 16 ms.
 * Each change is also measured as browser work (script, style, layout and the whole task, from
 * Chromium's performance metrics), and, from a trace of a second series, as the main thread's CPU
 * time per change (until its second frame), which other work on a shared machine does not
 * inflate: frame intervals and wall-clock task times there are noisy.
 *   node scripts/bench-network.mjs [--groups 500] [--periods 5000] [--seed 1] [--steps 40] [--no-table] [--strict]
 * --no-table builds the page without its table (the table follows a date change a quarter of a
 * second later, once the date settles); --strict exits non-zero when the median render time of
 * either measurement misses the aim.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { generateRelations } from './gen-synthetic-relations.mjs';
import { cpuIntervals, TRACE_CATEGORIES } from './trace-cpu.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const AIM_MS = 16;
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const quantile = (values, q) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (n) => `${n.toFixed(1)} ms`;

const benchDir = join(ROOT, '.bench');
mkdirSync(benchDir, { recursive: true });
const groups = option('groups', 500);
const periods = option('periods', 5000);
const dataFile = join(benchDir, 'synthetic-relations.json');
writeFileSync(dataFile, JSON.stringify(generateRelations({ groups, periods, seed: option('seed', 1) })));
const dist = join(benchDir, 'network-dist');
console.log(`Building the bench page (${groups} groups, ${periods} periods) into .bench/network-dist …`);
const started = performance.now();
const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', dist], {
  cwd: ROOT,
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NETWORK_BENCH_DATA: dataFile,
    NETWORK_BENCH_TABLE: flag('no-table') ? '0' : '1',
    ASTRO_CACHE_DIR: join(benchDir, 'astro-cache'),
  },
  encoding: 'utf8',
});
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  throw new Error('astro build failed');
}
const layout = JSON.parse(readFileSync(dataFile.replace(/\.json$/, '-layout.json'), 'utf8'));
console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `  build-time layout (d3-force, both variants): ${layout.layoutSeconds.toFixed(2)} s for ${layout.groups} groups, ${layout.periods} periods`,
);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  let path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(dist)) return res.writeHead(403).end();
  if (existsSync(join(path, 'index.html'))) path = join(path, 'index.html');
  if (!existsSync(path)) return res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
const loadStart = Date.now();
await page.goto(`${base}/network/bench/`, { waitUntil: 'load' });
await page.waitForFunction(() => document.querySelector('network-chart .net-slider:not([hidden])'), null, {
  timeout: 60_000,
});
const loadMs = Date.now() - loadStart;
const steps = option('steps', 40);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = async () =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** Makes `steps` changes (a random day, or the next change), each followed by two frames; per-change costs. */
async function measure(kind, mark = null) {
  const out = { renders: [], frames: [], script: [], style: [], layout: [], task: [], edges: 0 };
  await page.evaluate(() => performance.clearMeasures('net:render'));
  for (let i = 0; i < steps; i++) {
    const before = await metrics();
    const frame = await page.evaluate(
      async ({ kind, i, mark }) => {
        const el = document.querySelector('network-chart');
        if (mark) performance.mark(mark);
        const t0 = performance.now();
        if (kind === 'date') {
          const slider = el.querySelector('input[type="range"]');
          slider.value = String(Math.floor(((((i + 1) * 7919) % 997) / 997) * Number(slider.max)));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          const next = el.querySelector('[data-action="next"]');
          (next.disabled ? el.querySelector('[data-action="prev"]') : next).click();
        }
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        if (mark) performance.mark(mark);
        return performance.now() - t0;
      },
      { kind, i, mark },
    );
    const after = await metrics();
    const d = (k) => (after[k] - before[k]) * 1000;
    out.frames.push(frame);
    out.script.push(d('ScriptDuration'));
    out.style.push(d('RecalcStyleDuration'));
    out.layout.push(d('LayoutDuration'));
    out.task.push(d('TaskDuration'));
  }
  Object.assign(
    out,
    await page.evaluate(() => ({
      renders: performance.getEntriesByName('net:render').map((e) => e.duration),
      edges: document.querySelectorAll('network-chart svg.net-svg-wide .edge:not([display="none"])').length,
    })),
  );
  return out;
}

// From the start of the slider, so "next change" steps through dense years.
await page.evaluate(() => {
  const s = document.querySelector('network-chart input[type="range"]');
  s.value = String(Math.floor(Number(s.max) / 2));
  s.dispatchEvent(new Event('input', { bubbles: true }));
});
const dates = await measure('date');
const stepsResult = await measure('next');
// The same series again under a trace: main-thread CPU from each change to its second frame (the
// marks come in pairs, so every other interval is a change; those between are the bench's own
// round trips). Changes come two frames apart, so the table's redraw a quarter of a second after
// the last one normally falls outside them.
for (const [kind, into] of [['date', dates], ['next', stepsResult]]) {
  await page.waitForTimeout(400);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await measure(kind, 'bench:change');
  into.cpu = cpuIntervals(JSON.parse((await browser.stopTracing()).toString()), 'bench:change').filter((_, i) => i % 2 === 0);
}
await browser.close();
server.close();

console.log(`\nPage load to enhanced: ${loadMs} ms`);
for (const [name, r] of [
  ['Render a date (slider to a day across the period)', dates],
  ['Step to the next change', stepsResult],
]) {
  console.log(`\n${name}, ${r.renders.length} times (${r.edges} ties drawn at the end):`);
  console.log(
    `  render script (plan, patch SVG)   median ${ms(quantile(r.renders, 0.5))}  p95 ${ms(quantile(r.renders, 0.95))}  (aim < ${AIM_MS} ms)`,
  );
  console.log(
    `  browser work per change           median ${ms(quantile(r.task, 0.5))}  (script ${ms(quantile(r.script, 0.5))}, style ${ms(quantile(r.style, 0.5))}, layout ${ms(quantile(r.layout, 0.5))})`,
  );
  console.log(
    `  change to second frame            median ${ms(quantile(r.frames, 0.5))}  p95 ${ms(quantile(r.frames, 0.95))}`,
  );
  const cpu = (k, q) => quantile(r.cpu.map((c) => c[k]), q);
  console.log(
    `  main-thread CPU per change        median ${ms(cpu('cpu', 0.5))}  p95 ${ms(cpu('cpu', 0.95))}  (script ${ms(cpu('script', 0.5))}, style ${ms(cpu('style', 0.5))}, layout ${ms(cpu('layout', 0.5))}, paint ${ms(cpu('paint', 0.5))}; traced series)`,
  );
}
const report = {
  groups,
  periods,
  table: !flag('no-table'),
  layoutSeconds: layout.layoutSeconds,
  loadMs,
  date: dates,
  next: stepsResult,
};
writeFileSync(join(benchDir, 'network-report.json'), JSON.stringify(report, null, 2));
console.log('\nReport written to .bench/network-report.json');
const missed = quantile(dates.renders, 0.5) > AIM_MS || quantile(stepsResult.renders, 0.5) > AIM_MS;
process.exit(flag('strict') && missed ? 1 : 0);
