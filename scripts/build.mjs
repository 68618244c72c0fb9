/**
 * `npm run build`: builds the site into a staging folder beside the output folder (astro build,
 * then the search index), and only when both succeed swaps it in place of the output folder. A
 * failed build leaves the last good output untouched, so a deploy that ignores the exit code never
 * publishes half a site.
 *
 *   node scripts/build.mjs            output: $ASTRO_OUT_DIR or ./dist
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
// Beside the output folder (same file system), so the swap is two renames, not a copy.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);

/** Runs a command with the staging folder as Astro's output; false when it failed. */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: staging },
  });
  if (result.error) console.error(`build: could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

function fail(step) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${outDir} still holds the last good build` : `${outDir} was not created`;
  console.error(`\nbuild: ${step} failed; ${kept}.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });
// Astro's own entry, run by this Node (npm scripts put the bundled Node 24 first on PATH).
if (!run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'])) fail('astro build');
if (!run(process.execPath, ['scripts/build-search.mjs', staging])) fail('the search index (scripts/build-search.mjs)');
if (!existsSync(join(staging, 'index.html'))) fail('the build check (no index.html)');

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`build: ${outDir} replaced by the new build.`);

/** Removes entries of the build cache (src/lib/build-cache.ts) that no build has used for `days` days. */
function pruneCache(dir, days) {
  if (!existsSync(dir)) return 0;
  const before = Date.now() - days * 86_400_000;
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (statSync(file).mtimeMs < before) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}
const cacheDir = resolve(process.env.CHRONOLOGY_CACHE_DIR ?? join('node_modules', '.cache', 'chronology'));
const pruned = pruneCache(cacheDir, 30);
if (pruned) console.log(`build: removed ${pruned} cache entries unused for 30 days from ${cacheDir}.`);
