import { describe, expect, it } from 'vitest';
import { connectorGeometry, connectorsOf } from '../../../src/charts/chronology/layout/connectors';

describe('connectors', () => {
  it('draws an arrow from the acting lane to the other, trimmed clear of the symbols', () => {
    const c = connectorGeometry('arrow', 0, 10, 100, true, 5);
    expect(c.path).toBe('M0,17L0,88');
    expect(c.head).toBe('M0,93L-4,87L4,87Z');
    expect(c.ends).toBeUndefined();
  });

  it('breaks a split in the middle and dots the ends of a joint', () => {
    expect(connectorGeometry('split', 0, 10, 100, true, 5).path.match(/M/g)).toHaveLength(2);
    expect(connectorGeometry('joint', 0, 100, 10, false, 5).ends).toEqual([
      [0, 93],
      [0, 17],
    ]);
  });

  it('joins every from → to pair of a directed event, and chains undirected lanes top to bottom', () => {
    const marks = [
      { lane: 'a', y: 10 },
      { lane: 'b', y: 50 },
      { lane: 'c', y: 90 },
    ];
    const directed = { relationship: true, family: 'allegiance' as const, directed: true, from: ['a'], to: ['b', 'c'] };
    expect(connectorsOf(directed, marks, 5).map((c) => `${c.from}>${c.to}:${c.kind}`)).toEqual(['a>b:arrow', 'a>c:arrow']);
    const truce = { relationship: true, family: 'cooperation' as const, directed: false, from: [], to: [] };
    expect(connectorsOf(truce, [...marks].reverse(), 5).map((c) => `${c.from}-${c.to}`)).toEqual(['a-b', 'b-c']);
    expect(connectorsOf({ ...truce, relationship: false }, marks, 5)).toEqual([]);
  });
});
