import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/lib/shard';

describe('build shards', () => {
  it('parses BUILD_SHARD and rejects nonsense with the fix', () => {
    expect(parseShard(undefined)).toEqual({ index: 0, count: 1 });
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    for (const bad of ['4/4', '1', 'a/b', '-1/2', '0/0'])
      expect(() => parseShard(bad)).toThrow(/BUILD_SHARD=.*use "i\/n"/);
  });

  it('gives every item to exactly one shard', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    const parts = [0, 1, 2].map((index) => inShard(items, { index, count: 3 }));
    expect(parts.flat().sort((a, b) => a - b)).toEqual(items);
    expect(parts.map((p) => p.length)).toEqual([4, 4, 3]);
    expect(inShard(items, { index: 0, count: 1 })).toEqual(items);
  });
});
