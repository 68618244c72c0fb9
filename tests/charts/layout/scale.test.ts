import { describe, expect, it } from 'vitest';
import {
  describeFocus,
  evenWarp,
  focusDays,
  focusWarp,
  stretches,
  unwarp,
  viewScale,
  warp,
} from '../../../src/charts/chronology/layout/scale';
import { DAY_MS, dayToMs } from '../../../src/charts/chronology/layout/time';

const domain = [dayToMs('2003-01-01'), dayToMs('2018-01-01')] as const;
const day = (d: string) => ({ start: d, end: d, precision: 'day' });

describe('warp', () => {
  const w = { t: [0, 100, 200, 1000], u: [0, 0.1, 0.6, 1] };
  it('maps time piecewise-linearly onto [0, 1], and back', () => {
    expect(warp(w, 0)).toBe(0);
    expect(warp(w, 50)).toBeCloseTo(0.05);
    expect(warp(w, 150)).toBeCloseTo(0.35);
    expect(warp(w, 1000)).toBe(1);
    for (const t of [0, 37, 100, 150, 640, 1000]) expect(unwarp(w, warp(w, t))).toBeCloseTo(t);
  });

  it('is the identity over the domain when even', () => {
    const even = evenWarp(domain);
    expect(warp(even, (domain[0] + domain[1]) / 2)).toBeCloseTo(0.5);
  });

  it('gives a view scale that maps the view onto the range, both ways', () => {
    const s = viewScale(w, [100, 200], [10, 510]);
    expect(s.x(100)).toBe(10);
    expect(s.x(200)).toBe(510);
    expect(s.x(150)).toBeCloseTo(260);
    expect(s.time(260)).toBeCloseTo(150);
  });
});

describe('focusWarp', () => {
  const dense = Array.from({ length: 30 }, (_, i) => day(`2014-0${1 + (i % 9)}-1${i % 10}`));
  const spread = ['2004-03-01', '2008-07-01', '2011-02-01', '2016-09-01'].map(day);

  it('magnifies the shortest run of quarters holding 70% of the events, and says so', () => {
    const { warp: w, focus } = focusWarp([...dense, ...spread], domain);
    expect(focus).not.toBeNull();
    expect(focusDays(focus!)).toEqual(['2014-01-01', '2014-09-30']);
    expect(focus!.factor).toBeGreaterThan(1.8);
    expect(focus!.factor).toBeLessThanOrEqual(8);
    // The focus gets far more than its share of the width…
    const share = warp(w, focus!.endMs) - warp(w, focus!.startMs);
    expect(share).toBeGreaterThan(((focus!.endMs - focus!.startMs) / (domain[1] - domain[0])) * 1.8);
    // …and a day inside it is drawn `factor` times wider than a day outside it.
    const inside = warp(w, dayToMs('2014-05-02')) - warp(w, dayToMs('2014-05-01'));
    const outside = warp(w, dayToMs('2005-05-02')) - warp(w, dayToMs('2005-05-01'));
    expect(inside / outside).toBeCloseTo(focus!.factor);
    expect(describeFocus(focus)).toMatch(/^January 2014 to September 2014, where \d+ of 34 closely dated events fall, is drawn \d+× wider than the years around it \(shaded\)\.$/);
  });

  it('stays even when events are spread out, too few, or only undated', () => {
    expect(focusWarp(spread, domain).focus).toBeNull();
    expect(focusWarp(dense.slice(0, 5), domain).focus).toBeNull();
    const undated = dense.map((e) => ({ ...e, precision: 'undated' }));
    expect(focusWarp(undated, domain).focus).toBeNull();
    expect(describeFocus(null)).toBeNull();
  });

  it('ignores events dated more loosely than two years (their middle says little)', () => {
    const loose = Array.from({ length: 20 }, () => ({ start: '2004-01-01', end: '2009-12-31', precision: 'range' }));
    const { focus } = focusWarp([...dense, ...loose], domain);
    expect(focusDays(focus!)).toEqual(['2014-01-01', '2014-06-30']);
  });
});

describe('stretches', () => {
  it('cuts a view into its stretches of one scale, the focus at 1 and the rest compressed', () => {
    const { warp: w, focus } = focusWarp(
      Array.from({ length: 20 }, (_, i) => day(`2014-0${1 + (i % 6)}-1${i % 10}`)),
      domain,
    );
    const parts = stretches(w, domain);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toMatchObject({ startMs: focus!.startMs, endMs: focus!.endMs, relative: 1 });
    expect(parts[0]!.relative).toBeCloseTo(1 / focus!.factor);
    // A view inside the focus is one even stretch.
    expect(stretches(w, [dayToMs('2014-02-01'), dayToMs('2014-03-01')])).toHaveLength(1);
    expect(stretches(evenWarp(domain), domain)).toEqual([{ startMs: domain[0], endMs: domain[1], relative: 1 }]);
    expect(DAY_MS).toBe(86_400_000);
  });
});
