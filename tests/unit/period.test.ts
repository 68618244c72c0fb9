import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';

const site = loadChronology('content');

import { clipEvents, CONTEXT_LIMIT, periodAround } from '../../src/lib/chronology/period';

describe('periodAround', () => {
  it('pads an event by whole months, across year ends', () => {
    const event = site.events.find((e) => e.id === 'albu-kamal-pledge')!;
    expect(periodAround(event)).toEqual({ from: '2013-12', to: '2014-12' });
    expect(periodAround(event, 7)).toEqual({ from: '2013-11', to: '2015-01' });
  });
});

describe('clipEvents', () => {
  // Seeded pseudo-random days: many events share a midpoint, so the tie-break on id matters.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const day = (d: number) => new Date(Date.UTC(2014, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const events = Array.from({ length: 400 }, (_, i) => {
    const start = Math.floor(random() * 365);
    return { id: `e${i}`, date: { start: day(start), end: day(start + Math.floor(random() * 3)) } };
  });
  const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const mid = (e: (typeof events)[number]) => (ms(e.date.start) + ms(e.date.end)) / 2;

  it('keeps every event of a quiet period, in input order', () => {
    const few = events.slice(0, 30);
    expect(clipEvents(few, ['2014-01-01', '2014-12-31'])).toEqual(few);
  });

  it('past the limit, keeps the events nearest the highlighted one (ties by id), in input order', () => {
    const kept = clipEvents(events, ['2014-01-01', '2014-12-31'], 'e5');
    expect(kept).toHaveLength(CONTEXT_LIMIT);
    expect(kept.map((e) => e.id)).toContain('e5');
    expect(kept).toEqual(events.filter((e) => kept.includes(e)));
    const centre = mid(events[5]!);
    const nearest = [...events]
      .sort((a, b) => Math.abs(mid(a) - centre) - Math.abs(mid(b) - centre) || a.id.localeCompare(b.id))
      .slice(0, CONTEXT_LIMIT);
    expect(new Set(kept)).toEqual(new Set(nearest));
  });

  it('centres on the middle of the period without a highlight, and only counts events overlapping it', () => {
    const kept = clipEvents(events, ['2014-03-01', '2014-05-31']);
    expect(kept.every((e) => e.date.end >= '2014-03-01' && e.date.start <= '2014-05-31')).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(CONTEXT_LIMIT);
  });
});
