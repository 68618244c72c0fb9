import { describe, expect, it } from 'vitest';
import { extentOf, FAMILY_ORDER, FAMILY_SHAPE, STATUS_FIRMNESS, SUPPORT_WORDS, symbolPath } from '../../../src/charts/chronology/layout/encoding';
import { EVENT_FAMILIES, SUPPORT_IDS, SUPPORT_LABELS } from '../../../src/lib/chronology/vocabulary';

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

  it('maps support levels to fill styles (filled with an independent origin) and precisions to extents', () => {
    expect(Object.keys(STATUS_FIRMNESS).sort()).toEqual([...SUPPORT_IDS].sort());
    expect([STATUS_FIRMNESS.corroborated, STATUS_FIRMNESS['single-origin']]).toEqual(['firm', 'firm']);
    expect([STATUS_FIRMNESS['party-claim'], STATUS_FIRMNESS.hedged]).toEqual(['claimed', 'claimed']);
    expect([STATUS_FIRMNESS.contested, STATUS_FIRMNESS.denied]).toEqual(['contested', 'contested']);
    // The browser's copy of the support words is the vocabulary's.
    expect(SUPPORT_WORDS).toEqual(SUPPORT_LABELS);
    expect(['day', 'month', 'season', 'year', 'range', 'open', 'undated'].map((p) => extentOf(p as never))).toEqual([
      'point',
      'bar',
      'bar',
      'bar',
      'bar',
      'bar',
      'bounds',
    ]);
  });
});
