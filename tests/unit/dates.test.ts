import { describe, expect, it } from 'vitest';
import {
  endOf,
  isOrderedSpan,
  isValidDateValue,
  isValidSeason,
  labelOfDays,
  labelOfSpan,
  overlaps,
  seasonInterval,
  startOf,
  toInterval,
} from '../../src/lib/chronology/dates';

describe('isValidDateValue', () => {
  it('accepts years, months and real days', () => {
    for (const v of ['2013', '2014-06', '2014-06-25', '2016-02-29']) expect(isValidDateValue(v)).toBe(true);
  });
  it('rejects impossible dates that YAML would silently accept', () => {
    for (const v of ['2024-13-45', '2014-02-30', '2015-02-29', '2014-00', '2014-6-1', '14-06-25', '', 2014]) {
      expect(isValidDateValue(v)).toBe(false);
    }
  });
});

describe('intervals', () => {
  it('expands values to their first and last day', () => {
    expect([startOf('2014'), endOf('2014')]).toEqual(['2014-01-01', '2014-12-31']);
    expect([startOf('2016-02'), endOf('2016-02')]).toEqual(['2016-02-01', '2016-02-29']);
    expect(endOf('2014-06-25')).toBe('2014-06-25');
  });
  it('maps seasons to meteorological months, winter crossing the year', () => {
    expect(seasonInterval('2013-spring')).toEqual({ start: '2013-03-01', end: '2013-05-31' });
    expect(seasonInterval('2015-winter')).toEqual({ start: '2015-12-01', end: '2016-02-29' });
    expect(isValidSeason('2013-fall')).toBe(false);
  });
  it('gives each form its precision and a readable label', () => {
    expect(toInterval({ text: 'Wednesday', day: '2014-06-25' })).toEqual({
      start: '2014-06-25',
      end: '2014-06-25',
      precision: 'day',
      label: '25 June 2014',
    });
    expect(toInterval({ text: 'in spring 2013', season: '2013-spring' }).label).toBe('spring 2013');
    expect(toInterval({ text: 'late summer and early fall', from: '2014-08', to: '2014-10' })).toMatchObject({
      start: '2014-08-01',
      end: '2014-10-31',
      precision: 'range',
      label: 'August–October 2014',
    });
    expect(toInterval({ text: '(not dated)', notBefore: '2010', notAfter: '2013' })).toMatchObject({
      start: '2010-01-01',
      end: '2013-12-31',
      precision: 'undated',
    });
  });
  it('orders spans and detects overlap', () => {
    expect(isOrderedSpan('2014-08', '2014-08-31')).toBe(true);
    expect(isOrderedSpan('2014-09', '2014-08')).toBe(false);
    expect(overlaps({ start: '2013-01-01', end: '2013-12-31' }, { start: '2014-01-01', end: '2014-12-31' })).toBe(false);
    expect(overlaps({ start: '2013-03-01', end: '2013-05-31' }, { start: '2013-01-01', end: '2013-12-31' })).toBe(true);
    expect(labelOfSpan('2014-06-21', '2014-06-24')).toBe('21–24 June 2014');
  });
});

describe('labelOfDays', () => {
  it('labels day intervals at the coarsest exact granularity', () => {
    expect(labelOfDays('2011-01-01', '2011-06-30')).toBe('January–June 2011');
    expect(labelOfDays('2015-01-01', '2016-12-31')).toBe('2015 – 2016');
    expect(labelOfDays('2014-06-10', '2014-06-25')).toBe('10–25 June 2014');
    expect(labelOfDays('2014-01-01', '2015-06-30')).toBe('January 2014 – June 2015');
    expect(labelOfDays('2014-01-01', '2014-06-12')).toBe('1 January – 12 June 2014');
  });
});

describe('inferred dates read as approximate', () => {
  it('puts "about" where it reads: before a day, after "from" in an open span, after "not after" for an upper bound', () => {
    expect(toInterval({ text: '(not dated)', notAfter: '2014-06-25', inferred: true }).label).toBe(
      'undated, not after about 25 June 2014',
    );
    expect(toInterval({ text: 'Wednesday', day: '2014-06-25', inferred: true }).label).toBe('about 25 June 2014');
    expect(toInterval({ text: 'this month', from: '2014-06', ongoing: '2014-06-25', inferred: true }).label).toBe(
      'from about June 2014, still going on 25 June 2014',
    );
  });
});
