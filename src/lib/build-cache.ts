/**
 * A content-addressed disk cache for what the build derives slowly and identically from the same
 * inputs: share-card and snapshot PNGs, formatted citations. Each entry is named by a SHA-256 of
 * everything its output depends on (the SVG to rasterise, the citation item and the styles, the
 * library versions), so an entry is never stale: changed inputs give a new name. Lives in
 * `node_modules/.cache/chronology/` (kept by CI caches and hosts that keep node_modules), or in
 * CHRONOLOGY_CACHE_DIR; CHRONOLOGY_CACHE=off turns it off. scripts/build.mjs removes entries no
 * build has used for 30 days. Build-time only (Node).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where entries live: one folder per kind, then two hex digits of the key. */
export const CACHE_DIR = resolve(
  process.env.CHRONOLOGY_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'chronology'),
);

/** Bump when the format of any cached output changes, to start afresh. */
const CACHE_VERSION = 1;

const enabled = process.env.CHRONOLOGY_CACHE !== 'off';

/** Hits and misses of this process, by kind (for benchmarks and the build log). */
export const cacheStats: Record<string, { hits: number; misses: number }> = {};

/** The key of a set of inputs: SHA-256 (hex) of their JSON, with the cache version. */
export function cacheKey(...inputs: unknown[]): string {
  const hash = createHash('sha256').update(String(CACHE_VERSION));
  for (const input of inputs) hash.update('\0').update(typeof input === 'string' ? input : JSON.stringify(input));
  return hash.digest('hex');
}

function fileOf(kind: string, key: string): string {
  return join(CACHE_DIR, kind, key.slice(0, 2), key);
}

function count(kind: string, hit: boolean): void {
  const s = (cacheStats[kind] ??= { hits: 0, misses: 0 });
  if (hit) s.hits++;
  else s.misses++;
}

/** Reads an entry (and marks it used today), or undefined. */
function read(kind: string, key: string): Buffer | undefined {
  if (!enabled) return undefined;
  const file = fileOf(kind, key);
  if (!existsSync(file)) return undefined;
  const now = new Date();
  utimesSync(file, now, now);
  return readFileSync(file);
}

/** Writes an entry atomically (temporary file, then rename), so a killed build leaves no torn entry. */
function write(kind: string, key: string, bytes: Uint8Array | string): void {
  if (!enabled) return;
  const file = fileOf(kind, key);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

/** Bytes of kind `kind` for `key`: from the cache, else made by `make` and stored. */
export async function cachedBytes(kind: string, key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const hit = read(kind, key);
  count(kind, !!hit);
  if (hit) return new Uint8Array(hit.buffer, hit.byteOffset, hit.byteLength);
  const bytes = await make();
  write(kind, key, bytes);
  return bytes;
}

/** A JSON value of kind `kind` for `key`: from the cache, else made by `make` and stored. */
export function cachedJson<T>(kind: string, key: string, make: () => T): T {
  const hit = read(kind, key);
  count(kind, !!hit);
  if (hit) return JSON.parse(hit.toString('utf8')) as T;
  const value = make();
  write(kind, key, JSON.stringify(value));
  return value;
}
