import { describe, expect, it } from 'vitest';
import { toChartData } from '../../src/charts/chronology/payload';
import {
  clampView,
  DEFAULT_STATE,
  filterEvents,
  isFullView,
  MIN_SPAN_MS,
  panView,
  parseState,
  revealEvent,
  serialiseState,
  stepEvent,
  universeOf,
  zoomView,
  type ChartState,
} from '../../src/charts/chronology/state';
import { DAY_MS, dayToMs } from '../../src/charts/chronology/time';
import { fixtureChronology } from '../fixtures/chart/chronology';

const data = toChartData(fixtureChronology);
const domain = ['2012-01-01', '2016-12-31'] as const;
const universe = universeOf(data.events, domain);
const parse = (search: string, hash = '') => parseState(search, hash, universe);
const D0 = dayToMs(domain[0]);
const D1 = dayToMs(domain[1]) + DAY_MS;

describe('parseState', () => {
  it('reads a full view', () => {
    expect(
      parse(
        '?from=2014-01&to=2015-06&groups=nusra,isis&types=pledge&status=contested&sources=reuters-2014&event=albu-kamal-pledge&view=table',
      ),
    ).toEqual({
      view: [dayToMs('2014-01-01'), dayToMs('2015-07-01')],
      groups: ['isis', 'nusra'],
      types: ['pledge'],
      statuses: ['contested'],
      sources: ['reuters-2014'],
      event: 'albu-kamal-pledge',
      table: true,
    });
  });

  it('gives the default view for nothing, or for the whole domain', () => {
    expect(parse('')).toEqual(DEFAULT_STATE);
    expect(parse('?from=2012&to=2016')).toEqual(DEFAULT_STATE);
    expect(parse('?from=1900&to=2100')).toEqual(DEFAULT_STATE);
  });

  it('accepts years, months and days, inclusive at the end', () => {
    expect(parse('?from=2014&to=2014').view).toEqual([dayToMs('2014-01-01'), dayToMs('2015-01-01')]);
    expect(parse('?from=2014-06-25&to=2014-07-10').view).toEqual([dayToMs('2014-06-25'), dayToMs('2014-07-11')]);
    expect(parse('?from=2015-03').view).toEqual([dayToMs('2015-03-01'), D1]);
    expect(parse('?to=2013-02').view).toEqual([D0, dayToMs('2013-03-01')]);
  });

  it('ignores malformed, impossible and reversed dates', () => {
    for (const q of [
      '?from=2014-13&to=2015',
      '?from=2014-02-30',
      '?from=yesterday',
      '?from=2014-1-1',
      '?from=%3Cscript%3E',
      '?from=2015&to=2014',
      '?from=20140101',
      '?from=2014-01-01T00:00',
      '?from=' + '9'.repeat(5000),
    ]) {
      expect(parse(q).view, q).toBeNull();
    }
  });

  it('widens a too-narrow span to the minimum', () => {
    const v = parse('?from=2014-06-25&to=2014-06-25').view!;
    expect(v[1] - v[0]).toBe(MIN_SPAN_MS);
  });

  it('keeps only known ids in lists, and treats empty or complete lists as no filter', () => {
    expect(parse('?groups=nusra,unknown,<script>alert(1)</script>').groups).toEqual(['nusra']);
    expect(parse('?groups=unknown').groups).toBeNull();
    expect(parse('?groups=').groups).toBeNull();
    expect(parse('?groups=,,,').groups).toBeNull();
    expect(parse('?groups=nusra,nusra,%20nusra').groups).toEqual(['nusra']);
    expect(parse(`?status=${[...universe.statuses].join(',')}`).statuses).toBeNull();
    expect(parse('?types=pledge,constructor,__proto__,toString').types).toEqual(['pledge']);
    expect(parse('?sources=../../etc/passwd').sources).toBeNull();
    expect(parse(`?groups=${'nusra,'.repeat(1000)}`).groups).toBeNull();
  });

  it('selects only events that exist, from ?event= or the fragment', () => {
    expect(parse('?event=caliphate').event).toBe('caliphate');
    expect(parse('', '#caliphate').event).toBe('caliphate');
    expect(parse('?event=caliphate', '#jfs-split').event).toBe('caliphate');
    expect(parse('?event=nope', '#jfs-split').event).toBe('jfs-split');
    expect(parse('?event=%22%3E%3Cimg%20src%3Dx%3E').event).toBeNull();
    expect(parse('', '#%E0%A4%A').event).toBeNull();
    expect(parse('', '#javascript:alert(1)').event).toBeNull();
    expect(parse('', `#${'a'.repeat(300)}`).event).toBeNull();
  });

  it('ignores unknown parameters and repeated ones after the first', () => {
    expect(parse('?foo=bar&__proto__=x&view=chart')).toEqual(DEFAULT_STATE);
    expect(parse('?types=pledge&types=truce').types).toEqual(['pledge']);
  });
});

describe('serialiseState', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseState(DEFAULT_STATE, domain)).toBe('');
  });

  it('round-trips through parseState', () => {
    const state: ChartState = {
      view: [dayToMs('2014-01-01'), dayToMs('2015-07-01')],
      groups: ['isis', 'nusra'],
      types: ['pledge', 'split'],
      statuses: ['corroborated'],
      sources: ['afp-2014'],
      event: 'caliphate',
      table: true,
    };
    const qs = serialiseState(state, domain);
    expect(qs).toBe(
      '?from=2014-01-01&to=2015-06-30&groups=isis,nusra&types=pledge,split&status=corroborated&sources=afp-2014&event=caliphate&view=table',
    );
    expect(parse(qs)).toEqual(state);
  });

  it('drops a view that covers the domain', () => {
    expect(serialiseState({ ...DEFAULT_STATE, view: [D0 - DAY_MS, D1 + DAY_MS] }, domain)).toBe('');
    expect(isFullView([D0, D1], domain)).toBe(true);
  });
});

describe('filters', () => {
  it('matches any listed group, type, status and source, all together', () => {
    const ids = (s: Partial<ChartState>) => filterEvents(data.events, { ...DEFAULT_STATE, ...s }).map((e) => e.id);
    expect(ids({ types: ['pledge'] })).toEqual(['nusra-pledge-aq', 'albu-kamal-pledge']);
    expect(ids({ groups: ['ahrar'] })).toEqual(['jaish-al-fath', 'ahrar-nusra-talks']);
    expect(ids({ statuses: ['hedged'] })).toEqual(['qalamoun-truce', 'ahrar-nusra-talks']);
    expect(ids({ sources: ['afp-2016'] })).toEqual(['jfs-split']);
    expect(ids({ groups: ['nusra'], types: ['split', 'pledge'] })).toEqual(['nusra-pledge-aq', 'jfs-split']);
    expect(ids({ groups: ['united-states'], types: ['pledge'] })).toEqual([]);
    expect(ids({})).toHaveLength(data.events.length);
  });

  it('returns events in time order', () => {
    const starts = filterEvents(data.events, DEFAULT_STATE).map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
  });
});

describe('keyboard order', () => {
  const order = filterEvents(data.events, DEFAULT_STATE).map((e) => e.id);
  it('moves to the next and previous event in time order, without wrapping', () => {
    expect(stepEvent(order, null, 'next')).toBe('nusra-founded');
    expect(stepEvent(order, null, 'previous')).toBe('jfs-split');
    expect(stepEvent(order, 'isi-merger', 'next')).toBe('nusra-pledge-aq');
    expect(stepEvent(order, 'nusra-pledge-aq', 'next')).toBe('nusra-rejects-merger');
    expect(stepEvent(order, 'nusra-pledge-aq', 'previous')).toBe('isi-merger');
    expect(stepEvent(order, 'jfs-split', 'next')).toBe('jfs-split');
    expect(stepEvent(order, 'nusra-founded', 'previous')).toBe('nusra-founded');
  });

  it('jumps to the ends and recovers from a filtered-out current event', () => {
    expect(stepEvent(order, 'caliphate', 'first')).toBe('nusra-founded');
    expect(stepEvent(order, 'caliphate', 'last')).toBe('jfs-split');
    expect(stepEvent(order, 'gone', 'next')).toBe('nusra-founded');
    expect(stepEvent([], 'x', 'next')).toBeNull();
  });
});

describe('zoom arithmetic', () => {
  const year = [dayToMs('2014-01-01'), dayToMs('2015-01-01')] as [number, number];

  it('clamps to the domain by shifting, keeping the width', () => {
    expect(clampView([D0 - 10 * DAY_MS, D0 + 90 * DAY_MS], domain)).toEqual([D0, D0 + 100 * DAY_MS]);
    expect(clampView([D1 - 50 * DAY_MS, D1 + 50 * DAY_MS], domain)).toEqual([D1 - 100 * DAY_MS, D1]);
    expect(clampView([D0 - 1e12, D1 + 1e12], domain)).toEqual([D0, D1]);
    expect(clampView([NaN, 5], domain)).toEqual([D0, D1]);
    expect(clampView([5, 5], domain)).toEqual([D0, D1]);
  });

  it('zooms about a point, which stays put', () => {
    const centre = dayToMs('2014-04-01');
    const z = zoomView(year, 2, centre, domain);
    expect(z[1] - z[0]).toBeCloseTo((year[1] - year[0]) / 2);
    expect((centre - z[0]) / (z[1] - z[0])).toBeCloseTo((centre - year[0]) / (year[1] - year[0]));
    expect(zoomView(year, 1e9, centre, domain)[1] - zoomView(year, 1e9, centre, domain)[0]).toBe(MIN_SPAN_MS);
    expect(zoomView(year, 0.0001, centre, domain)).toEqual([D0, D1]);
  });

  it('pans by a fraction of the width and stops at the ends', () => {
    expect(panView(year, 0.5, domain)).toEqual([year[0] + (year[1] - year[0]) / 2, year[1] + (year[1] - year[0]) / 2]);
    expect(panView(year, -100, domain)[0]).toBe(D0);
  });

  it('brings an event into view by centring its symbol, keeping the zoom', () => {
    const caliphate = data.events.find((e) => e.id === 'caliphate')!;
    expect(revealEvent(year, caliphate, domain)).toEqual(year);
    const early = [dayToMs('2012-01-01'), dayToMs('2012-02-01')] as [number, number];
    const shown = revealEvent(early, caliphate, domain);
    expect(shown[1] - shown[0]).toBe(early[1] - early[0]);
    expect((shown[0] + shown[1]) / 2).toBe(dayToMs('2014-06-29') + DAY_MS / 2);
    // A two-year undated event: its middle comes into view, the month-wide zoom stays.
    const long = data.events.find((e) => e.id === 'fsa-nusra-clashes')!;
    const moved = revealEvent(early, long, domain);
    expect(moved[1] - moved[0]).toBe(early[1] - early[0]);
    expect((moved[0] + moved[1]) / 2).toBe(dayToMs('2014-01-01'));
    // Near the domain's end the span is shifted, not cut.
    const last = revealEvent(
      early,
      data.events.find((e) => e.id === 'jfs-split')!,
      domain,
    );
    expect(last[1]).toBeLessThanOrEqual(D1);
  });
});
