import { describe, expect, it } from 'vitest';
import { clampDay, dayAt, dayIndex, parseState, stateToSearch } from '../../../src/charts/network/state';
import { networkData } from '../../fixtures/relations/network';

const data = networkData();

describe('network URL state', () => {
  it('reads ?at as a day, a month or a year, and ?group, ?period, ?units', () => {
    const period = data.periods[0]!.id;
    const { state, problems } = parseState(
      `?at=2014-06-25&group=nusra&period=${encodeURIComponent(period)}&units=rolled-up`,
      data,
    );
    expect(state).toEqual({ at: '2014-06-25', group: 'nusra', period, rollUp: true });
    expect(problems).toEqual([]);
    expect(parseState('?at=2014-06', data).state.at).toBe('2014-06-01');
    expect(parseState('?at=2014', data).state.at).toBe('2014-01-01');
  });

  it('falls back to the default for anything malformed or unknown, and says so', () => {
    const hostile = parseState(
      '?at=%3Cscript%3Ealert(1)%3C/script%3E&group=%22%3E%3Cimg%20src=x%3E&period=../../etc',
      data,
    );
    expect(hostile.state).toEqual({ at: data.defaultDay, group: null, period: null, rollUp: false });
    expect(hostile.problems).toHaveLength(3);
    expect(hostile.problems.join(' ')).not.toMatch(/<|script|img/);
    expect(parseState('?at=2014-02-30', data).state.at).toBe(data.defaultDay);
  });

  it('clamps a date outside the period covered', () => {
    const { state, problems } = parseState('?at=1990-01-01', data);
    expect(state.at).toBe(data.domain[0]);
    expect(problems[0]).toMatch(/outside the period covered/);
    expect(clampDay('2999-01-01', data.domain)).toBe(data.domain[1]);
  });

  it('writes the date always and the rest only when set; round-trips', () => {
    const s = { at: '2014-06-25', group: 'nusra', period: null, rollUp: false };
    expect(stateToSearch(s)).toBe('?at=2014-06-25&group=nusra');
    expect(parseState(stateToSearch(s), data).state).toEqual(s);
  });

  it('maps slider positions to days and back across leap years', () => {
    expect(dayIndex('2016-02-28', '2016-03-01')).toBe(2);
    expect(dayAt('2016-02-28', 2)).toBe('2016-03-01');
  });
});
