/** Two builds of the same content publish byte-identical data files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'chronology-repro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(name: string): Map<string, Buffer> {
  const out = join(root, name);
  const result = spawnSync('npx', ['astro', 'build', '--silent'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: process.env.SITE_URL ?? 'https://example.org/',
      ASTRO_OUT_DIR: out,
      ASTRO_CACHE_DIR: join(root, `${name}-cache`),
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stderr}`);
  const dir = join(out, 'data');
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

describe('reproducible data', () => {
  it('gives byte-identical /data/* files on two builds', () => {
    const first = build('a');
    const second = build('b');
    expect([...first.keys()].sort()).toEqual([
      'chart-details.json',
      'chart.json',
      'claims.csv',
      'claims.json',
      'claims.schema.json',
      'corrections.json',
      'edges.csv',
      'events-excel.csv',
      'events.csv',
      'events.json',
      'events.schema.json',
      'groups.json',
      'index.html',
      'people.json',
      'places.json',
      'relationships.graphml',
      'relationships.json',
      'relationships.schema.json',
      'sources.json',
    ]);
    for (const [file, bytes] of first) {
      if (file.endsWith('.html')) continue;
      expect(second.get(file)?.equals(bytes), file).toBe(true);
    }
  }, 300_000);
});
