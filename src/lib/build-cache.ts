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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';

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

/** Brotli at quality 1: markup shrinks about 5× in about a millisecond per 250 KB. */
const BROTLI = { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } };

/**
 * A text (markup) of kind `kind` for `key`: from the cache, else made by `make` and stored,
 * brotli-compressed (chart markup is large and repetitive: a context chart's three SVG
 * variants are about 170 KB, 35 KB stored).
 */
export function cachedText(kind: string, key: string, make: () => string): string {
  const hit = read(kind, key);
  count(kind, !!hit);
  if (hit) return brotliDecompressSync(hit).toString('utf8');
  const text = make();
  write(kind, key, brotliCompressSync(Buffer.from(text, 'utf8'), BROTLI));
  return text;
}

let fingerprint: string | null | undefined;

/**
 * A SHA-256 (hex) of the project's code: every file under `src/` (path and bytes) and
 * package-lock.json (the libraries' versions), read once per process from the working directory.
 * Part of the key of outputs that the project's own code derives (chart markup), so that any
 * change to the code makes new entries. Null when `src/` is not there (then such outputs are not
 * cached). A long-lived process would keep a stale fingerprint: callers use it in production
 * builds only, never in the dev server.
 */
export function codeFingerprint(root: string = process.cwd()): string | null {
  if (fingerprint !== undefined && root === process.cwd()) return fingerprint;
  const src = join(root, 'src');
  let value: string | null = null;
  if (existsSync(src)) {
    const hash = createHash('sha256');
    const files = readdirSync(src, { withFileTypes: true, recursive: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort();
    for (const file of [...files, join(root, 'package-lock.json')]) {
      if (!existsSync(file)) continue;
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    value = hash.digest('hex');
  }
  if (root === process.cwd()) fingerprint = value;
  return value;
}
