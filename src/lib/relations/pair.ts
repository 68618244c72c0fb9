/** Pair keys of the relationship layer: two group ids, sorted, joined by "--" (the pair page's URL segment). */

/** Sorted pair key of two group ids: `pairKey('b', 'a')` → "a--b". */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}--${y}` : `${y}--${x}`;
}

/** The two ids of a pair key, or null when the key is malformed. */
export function splitPair(key: string): [string, string] | null {
  const parts = key.split('--');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}
