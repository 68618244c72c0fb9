/**
 * The real build path (Astro's content layer + getChronology) fails on bad content with the
 * file, the field and the fix, both for schema errors and for cross-file errors.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'chronology-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function buildWith(name: string, edit: (file: string) => string, file: string) {
  const content = join(root, name, 'content');
  cpSync('tests/fixtures/corpus/valid', content, { recursive: true });
  const path = join(content, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const result = spawnSync('npx', ['astro', 'build'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: process.env.SITE_URL ?? 'https://example.org/',
      CHRONOLOGY_CONTENT: content,
      ASTRO_OUT_DIR: join(root, name, 'dist'),
      ASTRO_CACHE_DIR: join(root, name, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build on invalid content', () => {
  it('fails on a schema error, naming the file and the field', () => {
    const { status, output } = buildWith('schema', (t) => t.replace('status: reported', 'status: rumoured'), 'sources/first.mdx');
    expect(status).not.toBe(0);
    expect(output).toContain('first.mdx');
    expect(output).toMatch(/claims\.0\.status|claims\[0\]\.status/);
    expect(output).toContain('unknown status "rumoured": use one of confirmed, reported');
  }, 150_000);

  it('fails on a cross-file error, naming the file, the field and the fix', () => {
    const { status, output } = buildWith('reference', (t) => t.replace('from: [beta-local]', 'from: [beta-locale]'), 'sources/first.mdx');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /first\.mdx: claims\[0\]\.from\[0\]: unknown group "beta-locale" \(did you mean "beta-local"\?\): add content\/groups\/beta-locale\.yaml or fix the id/,
    );
  }, 150_000);
});
