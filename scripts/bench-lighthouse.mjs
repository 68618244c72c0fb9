/**
 * Lighthouse benchmark. Serves dist/ with a plain static server (no compression unless --gzip;
 * headers from dist/_headers, as a static host reading that file would send them), runs
 * Lighthouse (performance, accessibility, best practices, SEO) on every indexable page type with
 * the mobile and the desktop preset, and prints the scores and metrics of the median run of each.
 *   node scripts/bench-lighthouse.mjs [--runs 3] [--gzip] [--build] [--all] [--only explainer,event]
 *     [--preset mobile|desktop] [--dist dir] [--json out.json] [--reports dir] [--strict]
 * --build rebuilds dist/ first; --all adds the noindex pages (search, embeds); --strict exits 1
 * when an indexable page scores under 100 in any category; --reports saves the full Lighthouse
 * report (JSON) of each median run there, to find the causes (LCP element and phases, main-thread
 * work, requests). Chromium: CHROMIUM_PATH or
 * /usr/bin/chromium, with the flags of playwright.config.ts.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const DIST = resolve(option('dist', join(ROOT, 'dist')));
const RUNS = Number(option('runs', '3'));
const GZIP = flag('gzip');
const PRESETS = option('preset', 'mobile,desktop').split(',');

/** Page types: [name, path, indexable]. */
const PAGES = [
  ['explainer', '/', true],
  ['chronology', '/chronology/', true],
  ['events', '/events/', true],
  ['event', '/events/al-qaeda-isis-split/', true],
  ['groups', '/groups/', true],
  ['group', '/groups/nusra/', true],
  ['sources', '/sources/', true],
  ['source', '/sources/habeck-site-2015/', true],
  ['method', '/method/', true],
  ['data', '/data/', true],
  ['search', '/search/?q=ISIL', false],
  ['embed: chart', '/embed/chronology/', false],
  ['embed: event', '/embed/events/albu-kamal-pledge/', false],
];
const only = option('only', '').split(',').filter(Boolean);
const pages = PAGES.filter(([name, , indexable]) => (only.length ? only.includes(name) : indexable || flag('all')));

if (flag('build')) {
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ has no build: run `npm run build` first, or pass --build.');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Rules of a Netlify/Cloudflare-style _headers file: [{ pattern: RegExp, headers: [name, value][] }]. */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length > 0) {
      const i = line.indexOf(':');
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules(join(DIST, '_headers'));

/** A plain static file server over dist/: index.html for directories, 404.html when missing. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(DIST, path);
    let status = 200;
    if (!file.startsWith(DIST)) file = join(DIST, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      file = join(DIST, '404.html');
      status = 404;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const rule of headerRules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) headers[k] = v;
    const compress =
      GZIP &&
      /text|json|xml|svg|javascript|wasm/.test(headers['Content-Type']) &&
      /gzip/.test(req.headers['accept-encoding'] ?? '');
    if (compress) headers['Content-Encoding'] = 'gzip';
    else headers['Content-Length'] = String(statSync(file).size);
    res.writeHead(status, headers);
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
const failures = [];
try {
  for (const preset of PRESETS) {
    for (const [name, path, indexable] of pages) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(
          origin + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${name} (${preset}): ${lhr.runtimeError.message}`);
        const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
        const failing = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              a.scoreDisplayMode !== 'informative' &&
              a.scoreDisplayMode !== 'manual' &&
              a.scoreDisplayMode !== 'notApplicable',
          )
          .map((a) => a.id);
        runs.push({
          scores: CATEGORIES.map(score),
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          si: metric('speed-index'),
          bytes: metric('total-byte-weight'),
          failing,
          lhr,
        });
      }
      // The median run by performance score (then FCP), as Lighthouse's own computeMedianRun does.
      const byPerf = [...runs].sort((a, b) => a.scores[0] - b.scores[0] || a.fcp - b.fcp);
      const mid = byPerf[Math.floor(byPerf.length / 2)];
      const row = {
        page: name + (indexable ? '' : ' (noindex)'),
        path,
        preset,
        scores: CATEGORIES.map((_, c) => median(runs.map((r) => r.scores[c]))),
        fcp: mid.fcp,
        lcp: mid.lcp,
        tbt: mid.tbt,
        cls: mid.cls,
        si: mid.si,
        kb: mid.bytes / 1024,
        failing: [...new Set(runs.flatMap((r) => r.failing))],
      };
      rows.push(row);
      if (flag('reports')) {
        const dir = resolve(option('reports', 'lighthouse-reports'));
        mkdirSync(dir, { recursive: true });
        const file = `${name.replace(/[^a-z0-9]+/gi, '-')}-${preset}.json`;
        writeFileSync(join(dir, file), JSON.stringify(mid.lhr));
      }
      if (indexable && row.scores.some((s) => s < 100)) failures.push(row);
      process.stderr.write(`  ${preset} ${name}: ${row.scores.join(' / ')}\n`);
    }
  }
} finally {
  chrome.kill();
  server.close();
}

const ms = (v) => `${(v / 1000).toFixed(2)} s`;
console.log(
  `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ` +
    `median of ${RUNS} run${RUNS === 1 ? '' : 's'}, served ${GZIP ? 'gzip-compressed' : 'uncompressed'} by a plain static server\n`,
);
console.log('| page | preset | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | SI | transfer |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.page} | ${r.preset} | ${r.scores.join(' | ')} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${ms(r.si)} | ${Math.round(r.kb)} KB |`,
  );
}
const notes = rows.filter((r) => r.failing.length > 0);
if (notes.length > 0) {
  console.log('\nAudits below full marks (any run):');
  for (const r of notes) console.log(`  ${r.page} (${r.preset}): ${r.failing.join(', ')}`);
}
if (flag('json')) writeFileSync(option('json', 'lighthouse.json'), JSON.stringify(rows, null, 2));
if (flag('strict') && failures.length > 0) {
  console.error(`\n${failures.length} indexable page/preset pair(s) under 100.`);
  process.exit(1);
}
