/**
 * Incremental builds (experimental.incrementalBuild, src/data/page-keys.ts): after an edit, a
 * rebuild that copies unchanged pages from the last build publishes exactly what a full build
 * publishes. The edit (an event's title) reaches that event's pages, its neighbours' pagers, the
 * context charts and embeds of the events around it, and its share card and oEmbed file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'chronology-incremental-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
cpSync('content', content, { recursive: true });

/** Builds the copied content into `out` with Astro's cache in `cache` and the build cache in `store`; the log. */
function build(out: string, cache: string, store: string): string {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      // As `npm run build` runs (Vitest sets NODE_ENV=test, which would make this a non-production build).
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      SITE_URL: 'https://example.org/',
      CHRONOLOGY_CONTENT: content,
      CHRONOLOGY_CACHE: 'on',
      CHRONOLOGY_CACHE_DIR: join(root, store),
      ASTRO_OUT_DIR: join(root, out),
      ASTRO_CACHE_DIR: join(root, cache),
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`build ${out} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Every file of a build, by path. */
function files(out: string): Map<string, Buffer> {
  const dir = join(root, out);
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [relative(dir, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name))]),
  );
}

describe('incremental build', () => {
  it('reuses unchanged pages and publishes what a full build publishes', () => {
    build('first', 'astro-cache', 'store');
    const events = join(content, 'events.yaml');
    writeFileSync(
      events,
      readFileSync(events, 'utf8').replace(
        'title: The Iraqi branch proclaims itself the Islamic State of Iraq',
        'title: The Iraqi branch proclaims itself the “Islamic State of Iraq”',
      ),
    );
    const log = build('incremental', 'astro-cache', 'store');
    build('full', 'astro-cache-full', 'store-full');
    // Most event pages were copied from the first build, the edited one was not.
    expect(log.match(/\((?:cached|restored)\)/g)?.length ?? 0).toBeGreaterThan(100);
    expect(log).toMatch(/events\/isi-declared\/index\.html(?! \((?:cached|restored)\))/);
    const incremental = files('incremental');
    const full = files('full');
    expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort());
    const differing = [...full].filter(([path, bytes]) => !incremental.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(full.get('events/isi-declared/index.html')!.toString()).toContain('“Islamic State of Iraq”');
  }, 600_000);
});
