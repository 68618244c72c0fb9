import { describe, expect, it } from 'vitest';
import { nameAt, shortNamesOver } from '../../src/lib/chronology/names';

const isis = {
  name: 'Islamic State',
  shortName: 'Islamic State',
  names: [
    { name: "Al-Qaeda's branch in Iraq", short: 'AQ in Iraq', to: '2006' },
    { name: 'Islamic State of Iraq', short: 'ISI', from: '2006', to: '2013' },
    { name: 'ISIS', from: '2013', to: '2014-06' },
    { name: 'Islamic State', from: '2014-06' },
  ],
};

describe('nameAt', () => {
  it('gives the name whose period covers the day', () => {
    expect(nameAt(isis, '2004-05-01')).toEqual({ name: "Al-Qaeda's branch in Iraq", short: 'AQ in Iraq' });
    expect(nameAt(isis, '2010-01-01')).toEqual({ name: 'Islamic State of Iraq', short: 'ISI' });
    expect(nameAt(isis, '2014-01-15').name).toBe('ISIS');
    expect(nameAt(isis, '2015-04-01')).toEqual({ name: 'Islamic State', short: 'Islamic State' });
  });

  it('prefers the newer name on a shared boundary year', () => {
    expect(nameAt(isis, '2013-06-01').name).toBe('ISIS');
    expect(nameAt(isis, '2006-03-01').name).toBe('Islamic State of Iraq');
  });

  it('falls back to an undated name, then to the main name', () => {
    const g = { name: 'X Front', shortName: 'X', names: [{ name: 'Old X', to: '2010' }, { name: 'X Front' }] };
    expect(nameAt(g, '2012-01-01')).toEqual({ name: 'X Front', short: 'X' });
    expect(nameAt({ name: 'Y', shortName: 'Y', names: [{ name: 'Old Y', to: '2010' }] }, '2012-01-01')).toEqual({
      name: 'Y',
      short: 'Y',
    });
  });
});

describe('shortNamesOver', () => {
  it('lists every short form nameAt can give, and no alias it never picks', () => {
    expect(shortNamesOver(isis).sort()).toEqual(['AQ in Iraq', 'ISI', 'ISIS', 'Islamic State'].sort());
    const aliased = {
      name: 'Y Front',
      shortName: 'Y',
      names: [{ name: 'Y Front' }, { name: 'The Y Front of Greater Z' }],
    };
    expect(shortNamesOver(aliased)).toEqual(['Y']);
    expect(shortNamesOver({ name: 'Z', shortName: 'Z.', names: [] })).toEqual(['Z.']);
    // Dated names only: days outside them fall back to the main name's short form.
    expect(shortNamesOver({ name: 'W', shortName: 'W.', names: [{ name: 'Old W', to: '2010' }] }).sort()).toEqual([
      'Old W',
      'W.',
    ]);
  });

  it('covers nameAt on every day tried', () => {
    const days = ['2003-01-01', '2006-06-01', '2010-01-01', '2013-06-01', '2014-06-15', '2017-01-01'];
    for (const d of days) expect(shortNamesOver(isis)).toContain(nameAt(isis, d).short);
  });
});
