/**
 * Builds the Pagefind search index over the built site (run after `astro build`):
 * indexes the pages marked `data-pagefind-body` (events, groups, sources, essays) in dist/ and
 * writes dist/pagefind/. Pages are indexed with a space at every block boundary (index-html.ts),
 * so words of adjacent elements stay apart in snippets; dist/ itself is not changed. Only the JS API is kept: Pagefind's bundled UI files are deleted since
 * the site has its own search UI (src/components/Search.astro).
 *
 *   node scripts/build-search.mjs [outDir]     (default: $ASTRO_OUT_DIR or ./dist)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { spaceBlockBoundaries } from '../src/components/search/index-html.ts';

const outDir = resolve(process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const bundleDir = join(outDir, 'pagefind');
/** Pagefind's ready-made UIs, unused here (the JS API is pagefind.js + worker + wasm + index). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' ? [] : htmlFiles(path);
    return d.name.endsWith('.html') ? [path] : [];
  });
}

function sizeOf(path) {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : s.size;
}

function fail(message, errors = []) {
  console.error(`build-search: ${message}`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}

if (!existsSync(join(outDir, 'index.html'))) fail(`${outDir} has no index.html: run \`astro build\` first`);
const marked = htmlFiles(outDir).filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'));
if (marked.length === 0) {
  console.warn('build-search: no page has data-pagefind-body, so Pagefind indexes every <body> (lists and navigation included)');
}

const started = performance.now();
rmSync(bundleDir, { recursive: true, force: true });
const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index) fail('could not start Pagefind', createErrors);
// Pagefind reads a copy of the pages to index with spaced block boundaries (dist/ stays as built).
const copyDir = mkdtempSync(join(tmpdir(), 'pagefind-src-'));
for (const file of marked.length > 0 ? marked : htmlFiles(outDir)) {
  const target = join(copyDir, relative(outDir, file));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, spaceBlockBoundaries(readFileSync(file, 'utf8')));
}
const added = await index.addDirectory({ path: copyDir });
rmSync(copyDir, { recursive: true, force: true });
if (added.errors.length > 0) fail('indexing failed', added.errors);
if (added.page_count === 0) fail(`no page indexed in ${outDir}`);
const written = await index.writeFiles({ outputPath: bundleDir });
if (written.errors.length > 0) fail('writing the index failed', written.errors);
await pagefind.close();

for (const name of readdirSync(bundleDir)) {
  if (UNUSED.test(name)) rmSync(join(bundleDir, name));
}
const ms = Math.round(performance.now() - started);
const kib = (sizeOf(bundleDir) / 1024).toFixed(0);
const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
console.log(
  `build-search: read ${added.page_count} HTML files, indexed ${indexed} pages into ${relative(process.cwd(), bundleDir) || bundleDir} (${kib} KiB) in ${ms} ms`,
);
