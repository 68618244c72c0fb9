import { describe, expect, it } from 'vitest';
import { edgeGeometry, slotOffsets } from '../../../src/charts/network/layout/edges';

const base = { x0: 0, y0: 0, x1: 100, y1: 0, offset: 0, r0: 6, r1: 6, arrow: false } as const;

describe('edge geometry', () => {
  it('spreads ties between one pair symmetrically', () => {
    expect(slotOffsets(1)).toEqual([0]);
    expect(slotOffsets(2)).toEqual([-4.5, 4.5]);
    expect(slotOffsets(3, 10)).toEqual([-10, 0, 10]);
  });

  it('trims a straight line at the nodes and puts the glyph at the middle', () => {
    const g = edgeGeometry({ ...base, geometry: 'straight' });
    expect(g.d).toBe('M8,0L92,0');
    expect(g.mid).toEqual([50, 0]);
    expect(g.head).toBeUndefined();
  });

  it('ends a directed tie in an arrowhead pointing at the target', () => {
    const g = edgeGeometry({ ...base, geometry: 'straight', arrow: true });
    expect(g.head).toMatch(/^M92,0L84,/);
  });

  it('breaks a split in the middle, zigzags a rivalry, stitches an alliance', () => {
    expect(edgeGeometry({ ...base, geometry: 'broken' }).d.match(/M/g)).toHaveLength(2);
    const zig = edgeGeometry({ ...base, geometry: 'zigzag' }).d;
    expect(new Set(zig.match(/,(-?[\d.]+)/g))).toEqual(new Set([',0', ',2.6', ',-2.6']));
    expect(edgeGeometry({ ...base, geometry: 'stitched' }).stitches!.match(/M/g)).toHaveLength(2);
  });

  it('curves an offset tie to pass its offset at the middle', () => {
    expect(edgeGeometry({ ...base, geometry: 'straight', offset: 9 }).mid).toEqual([50, 9]);
  });

  it('draws nothing for coincident ends', () => {
    expect(edgeGeometry({ ...base, x1: 0, geometry: 'straight' }).d).toBe('');
  });
});
