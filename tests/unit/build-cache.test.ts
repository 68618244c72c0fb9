import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The module with the cache switched on, in `dir`. */
async function cache() {
  vi.resetModules();
  vi.stubEnv('CHRONOLOGY_CACHE', 'on');
  vi.stubEnv('CHRONOLOGY_CACHE_DIR', dir);
  return import('../../src/lib/build-cache');
}

describe('build cache', () => {
  it('names entries by their inputs: same inputs, same key; any change, another key', async () => {
    const { cacheKey } = await cache();
    expect(cacheKey('<svg/>', { a: 1 })).toBe(cacheKey('<svg/>', { a: 1 }));
    expect(cacheKey('<svg/>', { a: 1 })).not.toBe(cacheKey('<svg/>', { a: 2 }));
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey('x')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes a value once, then serves it from disk (bytes and JSON)', async () => {
    const { cachedBytes, cachedJson, cacheKey, cacheStats } = await cache();
    let made = 0;
    const make = async () => {
      made++;
      return new Uint8Array([1, 2, 3]);
    };
    const key = cacheKey('card');
    expect([...(await cachedBytes('og-card', key, make))]).toEqual([1, 2, 3]);
    expect([...(await cachedBytes('og-card', key, make))]).toEqual([1, 2, 3]);
    expect(made).toBe(1);
    expect(cachedJson('citations', key, () => ({ apa: 'x' }))).toEqual({ apa: 'x' });
    expect(cachedJson('citations', key, () => ({ apa: 'changed' }))).toEqual({ apa: 'x' });
    expect(cacheStats['og-card']).toEqual({ hits: 1, misses: 1 });
    // One folder per kind; no temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(['citations', 'og-card']);
    expect(readdirSync(join(dir, 'og-card', key.slice(0, 2)))).toEqual([key]);
  });

  it('stores texts compressed and gives them back exactly', async () => {
    const { cachedText, cacheKey } = await cache();
    const markup = `<svg>${'<circle r="5"/>'.repeat(2000)}“é”</svg>`;
    const key = cacheKey('markup');
    expect(cachedText('chart-markup', key, () => markup)).toBe(markup);
    expect(cachedText('chart-markup', key, () => 'changed')).toBe(markup);
    expect(readFileSync(join(dir, 'chart-markup', key.slice(0, 2), key)).length).toBeLessThan(markup.length / 10);
  });

  it('fingerprints the code: any file of src/ or the lockfile changes it; null without src/', async () => {
    const { codeFingerprint } = await cache();
    const root = join(dir, 'project');
    expect(codeFingerprint(root)).toBeNull();
    mkdirSync(join(root, 'src', 'charts'), { recursive: true });
    writeFileSync(join(root, 'src', 'charts', 'plan.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const first = codeFingerprint(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint(root)).toBe(first);
    writeFileSync(join(root, 'src', 'charts', 'plan.ts'), 'export const a = 2;');
    const second = codeFingerprint(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{"v":2}');
    expect(codeFingerprint(root)).not.toBe(second);
    // The project's own fingerprint (the working directory) is read once.
    expect(codeFingerprint()).toBe(codeFingerprint());
  });

  it('is a no-op when switched off', async () => {
    vi.resetModules();
    vi.stubEnv('CHRONOLOGY_CACHE', 'off');
    vi.stubEnv('CHRONOLOGY_CACHE_DIR', join(dir, 'off'));
    const { cachedJson } = await import('../../src/lib/build-cache');
    expect(cachedJson('k', 'key', () => 1)).toBe(1);
    expect(cachedJson('k', 'key', () => 2)).toBe(2);
    vi.unstubAllEnvs();
  });
});
