import { describe, expect, it } from 'vitest';
import {
  addDays,
  changeDaysOf,
  closingBound,
  edgeLabel,
  openEnd,
  spanLabel,
  spanOf,
  stateOn,
  boundOf,
  type Span,
} from '../../../src/lib/relations/period';
import { date } from '../../fixtures/relations/events';

describe('period algebra', () => {
  it('adds days across months, years and leap days, in UTC', () => {
    expect(addDays('2014-06-30', 1)).toBe('2014-07-01');
    expect(addDays('2013-01-01', -1)).toBe('2012-12-31');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
  });

  it('labels a span’s ends at the coarsest exact granularity', () => {
    expect(edgeLabel('2014-08-01', 'start')).toBe('August 2014');
    expect(edgeLabel('2014-10-31', 'end')).toBe('October 2014');
    expect(edgeLabel('2014-01-01', 'start')).toBe('2014');
    expect(edgeLabel('2014-12-31', 'end')).toBe('2014');
    expect(edgeLabel('2014-06-25', 'end')).toBe('25 June 2014');
  });

  it('a day-precise pledge holds from its day; before it, nothing', () => {
    const span: Span = { start: boundOf(date('2014-06-25')), end: openEnd('2014-06-26') };
    expect(stateOn(span, '2014-06-24')).toBeNull();
    expect(stateOn(span, '2014-06-25')).toEqual({ state: 'holds', afterLastReport: false });
    expect(stateOn(span, '2014-06-26')).toEqual({ state: 'holds', afterLastReport: false });
  });

  it('an open end holds after the last report, flagged "after the last report"', () => {
    const span: Span = { start: boundOf(date('2014-06-25')), end: openEnd('2014-06-26') };
    expect(stateOn(span, '2017-01-01')).toEqual({ state: 'holds', afterLastReport: true });
    expect(spanLabel(span)).toBe('from 25 June 2014, ongoing as of 26 June 2014 (last report)');
  });

  it('a year-precise start is uncertain through the year, then holds', () => {
    const span: Span = { start: boundOf(date('2013')), end: openEnd('2014-06-25') };
    expect(stateOn(span, '2012-12-31')).toBeNull();
    expect(stateOn(span, '2013-01-01')?.state).toBe('uncertain');
    expect(stateOn(span, '2013-12-30')?.state).toBe('uncertain');
    expect(stateOn(span, '2013-12-31')?.state).toBe('holds');
  });

  it('a closing event ends the tie the day before it: closed on its day, uncertain inside an imprecise one', () => {
    const day: Span = { start: boundOf(date('2010')), end: { open: false, bound: closingBound(date('2014-02-03')) } };
    expect(stateOn(day, '2014-02-02')?.state).toBe('holds');
    expect(stateOn(day, '2014-02-03')).toBeNull();
    const year: Span = { start: boundOf(date('2010')), end: { open: false, bound: closingBound(date('2014')) } };
    expect(stateOn(year, '2013-12-31')?.state).toBe('holds');
    expect(stateOn(year, '2014-01-01')?.state).toBe('uncertain');
    expect(stateOn(year, '2014-12-30')?.state).toBe('uncertain');
    expect(stateOn(year, '2014-12-31')).toBeNull();
  });

  it('a reported span holds throughout; an episode dated to a month is uncertain throughout', () => {
    const span = spanOf(date('2014-08/2014-10'));
    const s: Span = { start: span.start, end: { open: false, bound: span.end } };
    expect(stateOn(s, '2014-08-01')?.state).toBe('holds');
    expect(stateOn(s, '2014-10-31')?.state).toBe('holds');
    expect(stateOn(s, '2014-11-01')).toBeNull();
    expect(spanLabel(s)).toBe('August 2014 – October 2014');
    const month = spanOf(date('2014-11'));
    const m: Span = { start: month.start, end: { open: false, bound: month.end } };
    expect(stateOn(m, '2014-11-15')?.state).toBe('uncertain');
    expect(stateOn(m, '2014-11-30')?.state).toBe('uncertain');
    expect(spanLabel(m)).toBe('November 2014');
  });

  it('a one-day episode holds on its day only', () => {
    const one = spanOf(date('2017-04-17'));
    const s: Span = { start: one.start, end: { open: false, bound: one.end } };
    expect(stateOn(s, '2017-04-17')?.state).toBe('holds');
    expect(stateOn(s, '2017-04-18')).toBeNull();
    expect(changeDaysOf(s)).toEqual(['2017-04-17', '2017-04-18']);
  });

  it('lists the days its state changes on', () => {
    const s: Span = { start: boundOf(date('2013')), end: { open: false, bound: closingBound(date('2014')) } };
    // Uncertain through 2013, holds on its last day, uncertain through 2014 less a day, then gone.
    expect(changeDaysOf(s)).toEqual(['2013-01-01', '2013-12-31', '2014-01-01', '2014-12-31']);
    const o: Span = { start: boundOf(date('2014-06-25')), end: openEnd('2014-06-26') };
    expect(changeDaysOf(o)).toEqual(['2014-06-25', '2014-06-27']);
  });

  it('marks inferred windows as approximate in labels', () => {
    const s: Span = {
      start: { ...boundOf(date('2014-06-22/2014-06-24')), inferred: true },
      end: openEnd('2014-06-25'),
    };
    expect(spanLabel(s)).toMatch(/^from about /);
  });
});
