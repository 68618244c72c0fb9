import { describe, expect, it } from 'vitest';
import {
  centreShift,
  LABEL_CHAR_EM,
  labelBox,
  labelOffset,
  overlapArea,
  placeLabels,
  segmentInBox,
  type LabelNode,
  type LabelSide,
} from '../../../src/charts/network/layout/labels';

const metrics = { fontSize: 11, charWidth: LABEL_CHAR_EM };
const node = (id: string, x: number, y: number, chars = 12, r = 6): LabelNode => ({ id, x, y, r, chars });
const boxes = (nodes: LabelNode[], sides: Map<string, LabelSide>) =>
  nodes.map((n) => labelBox(n, sides.get(n.id)!, metrics, 360));

describe('label geometry', () => {
  it('offsets each side from the node by its radius and a gap, with the matching text-anchor', () => {
    expect(labelOffset('below', 6, 11)).toMatchObject({ dx: 0, anchor: 'middle' });
    expect(labelOffset('below', 6, 11).dy).toBeGreaterThan(6);
    expect(labelOffset('above', 6, 11).dy).toBeLessThan(-6);
    expect(labelOffset('right', 6, 11)).toMatchObject({ dx: 9, anchor: 'start' });
    expect(labelOffset('left', 4, 11)).toMatchObject({ dx: -7, anchor: 'end' });
  });

  it('shifts a centred label inside the view near its edges, and only there', () => {
    expect(centreShift(180, 100, 360)).toBe(0);
    expect(centreShift(20, 100, 360)).toBe(32);
    expect(centreShift(350, 100, 360)).toBe(-42);
    expect(centreShift(180, 400, 360)).toBe(0);
  });

  it('measures box overlap and the length of a segment inside a box', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlapArea(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(0);
    expect(segmentInBox([-5, 5, 15, 5], a)).toBeCloseTo(10);
    expect(segmentInBox([0, 20, 10, 20], a)).toBe(0);
    expect(segmentInBox([5, 5, 5, 100], a)).toBeCloseTo(5);
  });
});

describe('placeLabels', () => {
  const view = { width: 360, height: 760 };

  it('puts a lone label under its node', () => {
    expect(placeLabels([node('a', 180, 300)], [], view).get('a')).toBe('below');
  });

  it('moves a label off a tie that leaves its node downwards', () => {
    const sides = placeLabels([node('a', 180, 300), node('b', 180, 500)], [[180, 300, 180, 500]], view);
    expect(sides.get('a')).not.toBe('below');
  });

  it('keeps labels inside the view near its edges', () => {
    const nodes = [node('right', 350, 300, 20), node('left', 8, 400, 20), node('bottom', 180, 752, 10)];
    const sides = placeLabels(nodes, [], view);
    for (const b of boxes(nodes, sides)) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(view.width);
      expect(b.y + b.height).toBeLessThanOrEqual(view.height);
    }
  });

  it('separates the labels of close neighbours that would collide below (the phone view’s crowding)', () => {
    // Two nodes 40 px apart on a row, with 30-character labels (about 180 px): both below overlap.
    const nodes = [node('a', 160, 300, 30), node('b', 200, 300, 30), node('c', 180, 330, 14)];
    const sides = placeLabels(nodes, [], view);
    const placed = boxes(nodes, sides);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlapArea(placed[i]!, placed[j]!)).toBe(0);
  });

  it('is deterministic whatever the input order', () => {
    const nodes = [node('a', 100, 100, 20), node('b', 130, 110, 25), node('c', 115, 140, 8), node('d', 300, 500)];
    const one = placeLabels(nodes, [[100, 100, 300, 500]], view);
    const two = placeLabels([...nodes].reverse(), [[100, 100, 300, 500]], view);
    expect([...two].sort()).toEqual([...one].sort());
  });
});
