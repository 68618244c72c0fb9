import { describe, expect, it } from 'vitest';
import { extentOf, FAMILY_ORDER, FAMILY_SHAPE, STATUS_FIRMNESS, symbolPath } from '../../../src/charts/chronology/layout/encoding';
import { EVENT_FAMILIES, STATUS_IDS } from '../../../src/lib/chronology/vocabulary';

describe('encoding', () => {
  it('gives every family of the vocabulary its own shape, in legend order', () => {
    expect(FAMILY_ORDER).toEqual(Object.keys(EVENT_FAMILIES));
    expect(new Set(FAMILY_ORDER.map((f) => FAMILY_SHAPE[f])).size).toBe(FAMILY_ORDER.length);
  });

  it('draws closed, finite symbol paths', () => {
    for (const f of FAMILY_ORDER) {
      const d = symbolPath(FAMILY_SHAPE[f], 10, 10, 5);
      expect(d).toMatch(/Z$/);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
  });

  it('maps statuses to fill styles and precisions to extents', () => {
    expect(Object.keys(STATUS_FIRMNESS).sort()).toEqual([...STATUS_IDS].sort());
    expect([STATUS_FIRMNESS.confirmed, STATUS_FIRMNESS.reported]).toEqual(['firm', 'firm']);
    expect([STATUS_FIRMNESS.alleged, STATUS_FIRMNESS.speculative]).toEqual(['claimed', 'claimed']);
    expect([STATUS_FIRMNESS.disputed, STATUS_FIRMNESS.denied]).toEqual(['contested', 'contested']);
    expect(['day', 'month', 'season', 'year', 'range', 'undated'].map((p) => extentOf(p as never))).toEqual([
      'point',
      'bar',
      'bar',
      'bar',
      'bar',
      'bounds',
    ]);
  });
});
