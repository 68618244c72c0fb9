/**
 * Splitting one build into shards (BUILD_SHARD="i/n", 0 ≤ i < n): each shard renders the
 * per-item pages (events, their embeds, cards and oEmbed files, sources) of every n-th item from
 * the i-th; every shard also renders the pages that exist once (lists, chart, data, search),
 * identically. The shards' output folders then merge by copying. How a corpus of 100,000 sources
 * would use it: README, "Build speed and caches"; measured by `npm run bench:build -- --shards 2`.
 */

/** This build's shard: index and count (0 of 1 when unsharded). */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n"; undefined or "" is 0/1. @throws on anything else, naming BUILD_SHARD. */
export function parseShard(value: string | undefined): Shard {
  if (!value) return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count)
    throw new Error(`BUILD_SHARD="${value}": use "i/n" with 0 ≤ i < n, e.g. BUILD_SHARD=0/4`);
  return { index, count };
}

/** The shard of this process (from BUILD_SHARD). */
export const SHARD: Shard = parseShard(process.env.BUILD_SHARD);

/** The items this shard renders: every `count`-th from `index` (all of them when unsharded). */
export function inShard<T>(items: readonly T[], shard: Shard = SHARD): T[] {
  return shard.count === 1 ? [...items] : items.filter((_, i) => i % shard.count === shard.index);
}
