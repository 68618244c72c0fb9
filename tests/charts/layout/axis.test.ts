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
});
