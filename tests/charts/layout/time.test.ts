import { describe, expect, it } from 'vitest';
import { calendarTicks, DAY_MS, dayToMs, msToDay, yearBounds } from '../../../src/charts/chronology/layout/time';

const span = (a: string, b: string) => [dayToMs(a), dayToMs(b) + DAY_MS - 1] as const;

describe('calendarTicks', () => {
  it('uses years over a long span, labelled by year and marked major', () => {
    const ticks = calendarTicks(...span('2003-01-01', '2017-12-31'), 800, 72);
    expect(ticks.map((t) => t.label)).toEqual(['2004', '2006', '2008', '2010', '2012', '2014', '2016']);
    expect(ticks.every((t) => t.major)).toBe(true);
  });

  it('uses every year when there is room', () => {
    const ticks = calendarTicks(...span('2012-01-01', '2016-12-31'), 500, 72);
    expect(ticks.map((t) => t.label)).toEqual(['2012', '2013', '2014', '2015', '2016']);
  });

  it('uses months within a year, labelling January by its year', () => {
    const ticks = calendarTicks(...span('2013-10-01', '2014-09-30'), 900, 64);
    expect(ticks.map((t) => t.label)).toEqual(['Oct', 'Nov', 'Dec', '2014', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep']);
    expect(ticks.filter((t) => t.major).map((t) => msToDay(t.t))).toEqual(['2014-01-01']);
  });

  it('uses quarters when months would crowd', () => {
    const ticks = calendarTicks(...span('2013-01-01', '2014-12-31'), 600, 64);
    expect(ticks.map((t) => t.label)).toEqual(['2013', 'Apr', 'Jul', 'Oct', '2014', 'Apr', 'Jul', 'Oct']);
  });

  it('uses calendar days within weeks, naming the month on the 1st', () => {
    const ticks = calendarTicks(...span('2014-06-25', '2014-07-10'), 600, 56);
    expect(ticks.map((t) => t.label)).toEqual(['25 Jun', '27 Jun', '29 Jun', 'Jul', '3 Jul', '5 Jul', '7 Jul', '9 Jul']);
  });

  it('returns nothing for an empty or reversed span', () => {
    expect(calendarTicks(10, 10, 500)).toEqual([]);
    expect(calendarTicks(10, 5, 500)).toEqual([]);
    expect(calendarTicks(0, 10, 0)).toEqual([]);
  });
});

describe('days', () => {
  it('widens spans to whole years', () => {
    expect(yearBounds('2004-05-17', '2017-04-20')).toEqual(['2004-01-01', '2017-12-31']);
    expect(yearBounds('2014-01-01', '2014-12-31')).toEqual(['2014-01-01', '2014-12-31']);
  });

  it('maps ISO days to UTC midnight and back', () => {
    expect(dayToMs('2014-06-25')).toBe(Date.UTC(2014, 5, 25));
    expect(msToDay(dayToMs('2014-06-25') + DAY_MS - 1)).toBe('2014-06-25');
  });
});

describe('msToDay', () => {
  it('gives the UTC day of an instant, as Date does, across and beyond the domain', () => {
    const asDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let ms = Date.UTC(1890, 0, 1); ms < Date.UTC(2110, 0, 1); ms += 0.73 * DAY_MS + 12_345) expect(msToDay(ms)).toBe(asDate(ms));
    for (const ms of [0, -1, Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(2100, 2, 1) - 1, Date.UTC(999, 11, 31), Date.UTC(10_000, 0, 1)])
      expect(msToDay(ms)).toBe(asDate(ms));
    expect(() => msToDay(NaN)).toThrow(RangeError);
  });
});
