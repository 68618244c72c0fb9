import { describe, expect, it } from 'vitest';
import { VARIANT_SIZE } from '../../../src/charts/network/model';
import {
  layoutPositions,
  lcg,
  lineageAnchors,
  relaxInto,
  rotateInto,
} from '../../../src/charts/network/layout/positions';

const nodes = Array.from({ length: 24 }, (_, i) => ({
  id: `g${String(i).padStart(2, '0')}`,
  lineage: `l${i % 4}`,
  labelLength: 10 + (i % 7),
}));
const ties = nodes.slice(1).map((n, i) => ({ a: nodes[i]!.id, b: n.id, weight: 1 + (i % 3) }));

describe('build-time layout', () => {
  it('is deterministic and ignores the order of its input', () => {
    const a = layoutPositions(nodes, ties, 'wide');
    const b = layoutPositions([...nodes].reverse(), [...ties].reverse(), 'wide');
    expect([...a].sort()).toEqual([...b].sort());
  });

  it('keeps every node inside the view, in both variants', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const { width, height } = VARIANT_SIZE[variant];
      const pos =
        variant === 'wide'
          ? layoutPositions(nodes, ties, 'wide')
          : relaxInto(rotateInto(layoutPositions(nodes, ties, 'wide'), 'narrow'), nodes, 'narrow');
      for (const [x, y] of pos.values()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(height);
      }
    }
  });

  it('groups lineages: a node is nearer its lineage’s centre than other lineages’ on average', () => {
    const pos = layoutPositions(nodes, [], 'wide');
    const centre = (l: string) => {
      const ps = nodes.filter((n) => n.lineage === l).map((n) => pos.get(n.id)!);
      return [ps.reduce((s, p) => s + p[0], 0) / ps.length, ps.reduce((s, p) => s + p[1], 0) / ps.length];
    };
    let own = 0;
    let other = 0;
    for (const n of nodes) {
      const [x, y] = pos.get(n.id)!;
      for (const l of ['l0', 'l1', 'l2', 'l3']) {
        const [cx, cy] = centre(l);
        const d = Math.hypot(x - cx!, y - cy!);
        if (l === n.lineage) own += d;
        else other += d / 3;
      }
    }
    expect(own).toBeLessThan(other / 2);
  });

  it('spreads lineage anchors on an ellipse, in order', () => {
    const anchors = lineageAnchors(['a', 'b'], 'wide');
    expect(anchors.get('a')![0]).toBeLessThan(anchors.get('b')![0]);
  });

  it('uses a seeded random source', () => {
    expect(Array.from({ length: 3 }, lcg(1))).toEqual(Array.from({ length: 3 }, lcg(1)));
  });
});
