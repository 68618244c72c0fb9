import { describe, expect, it } from 'vitest';
import { toChartData } from '../../src/charts/chronology/data';
import { DAY_MS, dayToMs } from '../../src/charts/chronology/layout/time';
import {
  clampView,
  DEFAULT_STATE,
  filterEvents,
  isFullView,
  listParam,
  MIN_SPAN_MS,
  parseState,
  serialiseState,
  shownEvents,
  stepEvent,
  universeOf,
  type ChartState,
} from '../../src/charts/chronology/state';
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
      parse('?from=2014-01&to=2015-06&groups=nusra,isis&types=pledge&status=contested&sources=reuters-2014&event=albu-kamal-pledge&view=table&scale=even'),
    ).toEqual({
      view: [dayToMs('2014-01-01'), dayToMs('2015-07-01')],
      groups: ['isis', 'nusra'],
      types: ['pledge'],
      statuses: ['contested'],
      sources: ['reuters-2014'],
      event: 'albu-kamal-pledge',
      table: true,
      even: true,
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
    for (const q of ['?from=2014-13&to=2015', '?from=2014-02-30', '?from=yesterday', '?from=2014-1-1', '?from=%3Cscript%3E', '?from=2015&to=2014', '?from=20140101', '?from=' + '9'.repeat(5000)])
      expect(parse(q).view, q).toBeNull();
  });

  it('widens a too-narrow span to the minimum', () => {
    const v = parse('?from=2014-06-25&to=2014-06-25').view!;
    expect(v[1] - v[0]).toBe(MIN_SPAN_MS);
  });

  it('keeps only known ids in lists, and treats empty or complete lists as no filter', () => {
    expect(parse('?groups=nusra,unknown,<script>alert(1)</script>').groups).toEqual(['nusra']);
    expect(parse('?groups=unknown').groups).toBeNull();
    expect(parse('?groups=,,,').groups).toBeNull();
    expect(parse(`?status=${[...universe.statuses].join(',')}`).statuses).toBeNull();
    expect(parse('?types=pledge,constructor,__proto__,toString').types).toEqual(['pledge']);
    expect(parse(`?groups=${'nusra,'.repeat(1000)}`).groups).toBeNull();
  });

  it('reads an excluded list: "-" then the ids left out', () => {
    const types = parse('?types=-pledge').types!;
    expect(types).toEqual([...universe.types].filter((t) => t !== 'pledge').sort());
    expect(parse('?types=-nothing-known').types).toBeNull();
    expect(parse(`?types=-${[...universe.types].join(',')}`).types).toBeNull();
  });

  it('selects only events that exist, from ?event= or the fragment', () => {
    expect(parse('?event=caliphate').event).toBe('caliphate');
    expect(parse('', '#caliphate').event).toBe('caliphate');
    expect(parse('?event=nope', '#jfs-split').event).toBe('jfs-split');
    expect(parse('?event=%22%3E%3Cimg%20src%3Dx%3E').event).toBeNull();
    expect(parse('', '#%E0%A4%A').event).toBeNull();
    expect(parse('', `#${'a'.repeat(300)}`).event).toBeNull();
  });
});

describe('serialiseState', () => {
  it('writes nothing for the default view and drops a view covering the domain', () => {
    expect(serialiseState(DEFAULT_STATE, universe)).toBe('');
    expect(serialiseState({ ...DEFAULT_STATE, view: [D0 - DAY_MS, D1 + DAY_MS] }, universe)).toBe('');
    expect(isFullView([D0, D1], domain)).toBe(true);
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
      even: true,
    };
    const qs = serialiseState(state, universe);
    expect(qs).toBe('?from=2014-01-01&to=2015-06-30&groups=isis,nusra&types=pledge,split&status=corroborated&sources=afp-2014&event=caliphate&view=table&scale=even');
    expect(parse(qs)).toEqual(state);
  });

  it('writes the excluded set when that is shorter: unchecking one type gives a short URL', () => {
    const allButPledge = [...universe.types].filter((t) => t !== 'pledge').sort() as ChartState['types'];
    const qs = serialiseState({ ...DEFAULT_STATE, types: allButPledge }, universe);
    expect(qs).toBe('?types=-pledge');
    expect(parse(qs).types).toEqual(allButPledge);
    expect(listParam(['pledge'], universe.types)).toBe('pledge');
  });
});

describe('filters and order', () => {
  it('matches any listed group, type, status and source, all together', () => {
    const ids = (s: Partial<ChartState>) => filterEvents(data.events, { ...DEFAULT_STATE, ...s }).map((e) => e.id);
    expect(ids({ types: ['pledge'] })).toEqual(['nusra-pledge-aq', 'albu-kamal-pledge']);
    expect(ids({ groups: ['ahrar'] })).toEqual(['jaish-al-fath', 'ahrar-nusra-talks']);
    expect(ids({ statuses: ['hedged'] })).toEqual(['qalamoun-truce', 'ahrar-nusra-talks']);
    expect(ids({ groups: ['nusra'], types: ['split', 'pledge'] })).toEqual(['nusra-pledge-aq', 'jfs-split']);
    expect(ids({})).toHaveLength(data.events.length);
  });

  it('shows the events of the filters whose dates overlap the view', () => {
    const view: [number, number] = [dayToMs('2014-06-01'), dayToMs('2014-07-01')];
    const shown = shownEvents(data.events, { ...DEFAULT_STATE, view });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((e) => e.start <= '2014-06-30' && e.end >= '2014-06-01')).toBe(true);
  });

  it('clamps a span to the domain by shifting it, keeping its width', () => {
    expect(clampView([D0 - 10 * DAY_MS, D0 + 90 * DAY_MS], domain)).toEqual([D0, D0 + 100 * DAY_MS]);
    expect(clampView([NaN, 5], domain)).toEqual([D0, D1]);
  });

  it('steps through events in time order without wrapping', () => {
    const order = filterEvents(data.events, DEFAULT_STATE).map((e) => e.id);
    expect(stepEvent(order, null, 'next')).toBe('nusra-founded');
    expect(stepEvent(order, null, 'previous')).toBe('jfs-split');
    expect(stepEvent(order, 'jfs-split', 'next')).toBe('jfs-split');
    expect(stepEvent(order, 'caliphate', 'first')).toBe('nusra-founded');
    expect(stepEvent(order, 'gone', 'next')).toBe('nusra-founded');
    expect(stepEvent([], 'x', 'next')).toBeNull();
  });
});
