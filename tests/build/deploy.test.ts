/**
 * Deploying safely: a production build under CI=true without SITE_URL fails before building,
 * saying what to set; and a failed build leaves the last good output folder as it was
 * (scripts/build.mjs builds into a staging folder and swaps it in only on success).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'chronology-deploy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
// The site's own content (the fixture corpus has no explainer or method page).
cpSync('content', content, { recursive: true });

function run(args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, args, {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CHRONOLOGY_CONTENT: content,
      ASTRO_CACHE_DIR: join(root, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('deploying', () => {
  it('under CI=true, a build without SITE_URL fails at once, naming the variable and the README section', () => {
    const { status, output } = run(['node_modules/astro/bin/astro.mjs', 'build'], {
      CI: 'true',
      SITE_URL: undefined,
      ASTRO_OUT_DIR: join(root, 'no-site'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('SITE_URL=https://example.org/ npm run build');
    expect(output).toContain('Deploying');
    expect(existsSync(join(root, 'no-site', 'index.html'))).toBe(false);
  }, 60_000);

  it('a failed build leaves the last good output folder untouched, and no staging folder', () => {
    const out = join(root, 'www', 'dist');
    const env = { SITE_URL: 'https://example.org/', ASTRO_OUT_DIR: out, CI: 'true' };
    const good = run(['scripts/build.mjs'], env);
    expect(good.status, good.output).toBe(0);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const files = readdirSync(out).sort();

    const source = join(content, 'sources', 'dw-2014-06-25.mdx');
    writeFileSync(source, readFileSync(source, 'utf8').replace('status: reported', 'status: rumoured'));
    const bad = run(['scripts/build.mjs'], env);
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('still holds the last good build');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(home);
    expect(readdirSync(out).sort()).toEqual(files);
    expect(readdirSync(join(root, 'www'))).toEqual(['dist']);
  }, 300_000);
});
