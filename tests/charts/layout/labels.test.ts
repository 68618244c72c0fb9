import { describe, expect, it } from 'vitest';
import {
  BoxIndex,
  labelRank,
  placeLabels,
  placeNumbers,
  hedgeOf,
  shortTitle,
  type LabelRequest,
} from '../../../src/charts/chronology/layout/labels';
import { VARIANTS } from '../../../src/charts/chronology/layout/variants';
import { textWidth } from '../../../src/lib/text';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

describe('shortTitle', () => {
  it('keeps a title that fits', () => {
    expect(shortTitle('ISIS takes Mosul', 190, 11)).toBe('ISIS takes Mosul');
  });

  it('cuts before a trailing phrase when that keeps most of the room, marking the cut with …', () => {
    expect(shortTitle('Al-Qaeda’s Iraqi branch emerges after the U.S. invasion of 2003', 190, 11)).toBe(
      'Al-Qaeda’s Iraqi branch emerges…',
    );
    expect(shortTitle('Baghdadi sends al-Julani to Syria to set up the Nusra Front', 190, 11)).toBe(
      'Baghdadi sends al-Julani to Syria…',
    );
  });

  it('puts a hedge first when the cut would drop it', () => {
    expect(shortTitle('IS and Nusra commanders in Lebanon reportedly divide territory', 190, 11)).toMatch(
      /^Reportedly: IS and Nusra.*…$/,
    );
    expect(shortTitle('Baghdadi reportedly defies order not to act apart from al-Nusra', 190, 11)).toMatch(/reportedly/i);
    expect(shortTitle('Jabhat Fatah al-Sham a member of an Islamist coalition, Newsweek says', 190, 11)).toMatch(
      /^Reportedly: Jabhat Fatah al-Sham.*…$/,
    );
  });

  // Every real event title at every variant's label width: a cut label ends with "…", and a
  // hedged title keeps a hedge.
  const events = load(readFileSync('content/events.yaml', 'utf8')) as Record<string, { title: string; short?: string }>;
  const titles = Object.values(events).map((e) => e.short ?? e.title);
  it.each(Object.values(VARIANTS).map((v) => [v.name, v.maxLabel, v.text.label] as const))(
    'real titles in the %s variant: cuts end with …, hedges kept, within the width',
    (_name, width, size) => {
      expect(titles.length).toBeGreaterThan(40);
      const hedged = titles.filter((t) => hedgeOf(t));
      expect(hedged.length).toBeGreaterThan(15);
      for (const title of titles) {
        const label = shortTitle(title, width, size);
        expect(textWidth(label, size), label).toBeLessThanOrEqual(width);
        if (label !== title) expect(label, title).toMatch(/…$/);
        if (hedgeOf(title)) expect(hedgeOf(label), `${title} → ${label}`).not.toBeNull();
      }
    },
  );

  it('otherwise cuts at a word with an ellipsis, always within the width', () => {
    const t = shortTitle('Western-backed Syrian opposition sidelined by Islamist coalitions', 120, 11);
    expect(textWidth(t, 11)).toBeLessThanOrEqual(120);
    for (const title of ['x'.repeat(90), 'Al-Qaeda’s leadership names al-Nusra its official Syrian affiliate'])
      expect(textWidth(shortTitle(title, 150, 11), 11)).toBeLessThanOrEqual(150);
  });
});

describe('labelRank', () => {
  it('puts relationship events before context, firm before hedged before contested, points before spans', () => {
    const rank = (relationship: boolean, status: 'corroborated' | 'hedged' | 'denied', precision: 'day' | 'year' | 'undated') =>
      labelRank({ relationship, status, precision });
    expect(rank(true, 'denied', 'undated')).toBeLessThan(rank(false, 'corroborated', 'day'));
    expect(rank(true, 'corroborated', 'undated')).toBeLessThan(rank(true, 'hedged', 'day'));
    expect(rank(true, 'hedged', 'undated')).toBeLessThan(rank(true, 'denied', 'day'));
    expect(rank(false, 'corroborated', 'day')).toBeLessThan(rank(false, 'corroborated', 'year'));
  });
});

describe('placeLabels', () => {
  const rows = [10, 28, 46];
  const request = (index: number, x: number, y = 10, width = 60): LabelRequest => ({
    index,
    width,
    height: 14,
    anchors: [{ x, y, rows }],
  });
  const boxesOf = (placed: ReturnType<typeof placeLabels>['placed']) =>
    placed.map((p) => ({ x0: p.x0, x1: p.x0 + p.width, y0: p.cy - p.height / 2, y1: p.cy + p.height / 2 }));

  it('places a label right of its mark when free, left when the right is taken', () => {
    const index = new BoxIndex();
    index.add({ x0: 165, x1: 260, y0: 0, y1: 20, owner: 9 });
    const { placed } = placeLabels([request(0, 20), request(1, 160)], index, { x0: 0, x1: 400, r: 5 });
    expect(placed[0]).toMatchObject({ index: 0, x0: 28, cy: 10 });
    expect(placed[1]).toMatchObject({ index: 1, x0: 160 - 5 - 3 - 60, cy: 10 });
    expect(placed.every((p) => !p.leader)).toBe(true);
  });

  it('moves a label to a free row of its lane with a leader line when its row is full', () => {
    const index = new BoxIndex();
    index.add({ x0: 0, x1: 400, y0: 3, y1: 17, owner: 9 });
    const { placed } = placeLabels([request(0, 100)], index, { x0: 0, x1: 400, r: 5 });
    expect(placed[0]!.cy).toBe(28);
    expect(placed[0]!.leader).toBeDefined();
  });

  it('never overlaps two labels, marks, or the plot’s edges; what does not fit is left for a number', () => {
    // Forty marks crowded into 200 units of three rows: many cannot be labelled.
    const index = new BoxIndex();
    const requests = Array.from({ length: 40 }, (_, i) => {
      const x = 20 + (i * 5) % 200;
      const y = rows[i % 3]!;
      index.add({ x0: x - 6, x1: x + 6, y0: y - 6, y1: y + 6, owner: i });
      return request(i, x, y);
    });
    const { placed, unplaced } = placeLabels(requests, index, { x0: 0, x1: 300, r: 5 });
    expect(placed.length + unplaced.length).toBe(40);
    expect(placed.length).toBeGreaterThanOrEqual(3);
    expect(unplaced.length).toBeGreaterThanOrEqual(3);
    const boxes = boxesOf(placed);
    for (let a = 0; a < boxes.length; a++) {
      expect(boxes[a]!.x0).toBeGreaterThanOrEqual(0);
      expect(boxes[a]!.x1).toBeLessThanOrEqual(300);
      for (let b = a + 1; b < boxes.length; b++) expect(overlap(boxes[a]!, boxes[b]!)).toBe(false);
    }
  });

  it('gives a contested slot to the request that comes first (the more significant event)', () => {
    const only = [10];
    const a: LabelRequest = { index: 1, width: 40, height: 14, anchors: [{ x: 20, y: 10, rows: only }] };
    const b: LabelRequest = { index: 2, width: 40, height: 14, anchors: [{ x: 75, y: 10, rows: only }] };
    const index = () => {
      const i = new BoxIndex();
      i.add({ x0: 14, x1: 26, y0: 4, y1: 16, owner: 1 });
      i.add({ x0: 69, x1: 81, y0: 4, y1: 16, owner: 2 });
      i.add({ x0: 82, x1: 200, y0: 0, y1: 20, owner: 9 });
      return i;
    };
    expect(placeLabels([a, b], index(), { x0: 0, x1: 200, r: 5, maxShift: 0 }).unplaced).toEqual([2]);
    expect(placeLabels([b, a], index(), { x0: 0, x1: 200, r: 5, maxShift: 0 }).unplaced).toEqual([1]);
  });

  it('numbers the rest 1…n beside their marks, avoiding what is placed when it can', () => {
    const index = new BoxIndex();
    index.add({ x0: 0, x1: 1000, y0: 0, y1: 6, owner: 9 });
    const numbers = placeNumbers(
      [
        { index: 4, anchor: { x: 50, y: 20, rows } },
        { index: 7, anchor: { x: 200, y: 20, rows } },
      ],
      index,
      { r: 5, size: 10, x0: 0, x1: 400 },
    );
    expect(numbers.map((n) => [n.index, n.n])).toEqual([
      [4, 1],
      [7, 2],
    ]);
    expect(numbers[0]!.x).toBeGreaterThan(50);
  });
});
