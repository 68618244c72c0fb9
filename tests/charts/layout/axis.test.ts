import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/charts/chronology/layout/axis';
import { evenWarp, focusWarp, viewScale } from '../../../src/charts/chronology/layout/scale';
import { dayToMs } from '../../../src/charts/chronology/layout/time';

const domain = [dayToMs('2003-01-01'), dayToMs('2018-01-01')] as const;

describe('axisTicks', () => {
  it('gives the magnified stretch finer ticks than the compressed ones, never crowding', () => {
    const events = Array.from({ length: 24 }, (_, i) => ({ start: `2014-0${1 + (i % 9)}-15`, end: `2014-0${1 + (i % 9)}-15`, precision: 'day' }));
    const { warp } = focusWarp(events, domain);
    const scale = viewScale(warp, domain, [100, 900]);
    const ticks = axisTicks(warp, domain, scale, [100, 900], 60);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(45);
    const inFocus = ticks.filter((t) => t.t >= dayToMs('2014-01-01') && t.t < dayToMs('2014-10-01'));
    expect(inFocus.some((t) => !t.major)).toBe(true);
    expect(ticks.filter((t) => t.t < dayToMs('2013-01-01')).every((t) => t.major)).toBe(true);
  });

  it('names the year on the first tick when no tick of the view falls on 1 January', () => {
    const view = [dayToMs('2013-02-16'), dayToMs('2013-11-16')] as const;
    const warp = evenWarp(domain);
    const ticks = axisTicks(warp, view, viewScale(warp, view, [0, 900]), [0, 900], 64);
    expect(ticks[0]!.label).toBe('Mar 2013');
    expect(ticks[1]!.label).toBe('Apr');
  });

  it('shows the year on the first tick and on every tick in a new year', () => {
    // A zoomed view across a year end with no 1 January tick kept: "Jul 2014 Oct 2015 Apr".
    const warp = evenWarp(domain);
    const view = [dayToMs('2014-06-20'), dayToMs('2015-06-10')] as const;
    const ticks = axisTicks(warp, view, viewScale(warp, view, [0, 300]), [0, 300], 64);
    let year = NaN;
    for (const t of ticks) {
      const y = new Date(t.t).getUTCFullYear();
      if (y !== year) expect(t.label).toContain(String(y));
      year = y;
    }
    expect(new Set(ticks.map((t) => new Date(t.t).getUTCFullYear())).size).toBe(2);
    // The whole period with a focus: no month tick without its year after a year gap.
    const events = Array.from({ length: 24 }, (_, i) => ({ start: `2014-0${1 + (i % 9)}-15`, end: `2014-0${1 + (i % 9)}-15`, precision: 'day' }));
    const { warp: fw } = focusWarp(events, domain);
    const all = axisTicks(fw, domain, viewScale(fw, domain, [100, 900]), [100, 900], 60);
    year = NaN;
    for (const t of all) {
      const y = new Date(t.t).getUTCFullYear();
      if (y !== year) expect(t.label).toContain(String(y));
      year = y;
    }
  });
});
