import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
import { relationshipsOf } from '../../src/lib/chronology/relationships';

const fixture = loadChronology('tests/fixtures/corpus/valid');
const site = loadChronology('content');

describe('relationshipsOf', () => {
  it('reads direction from each side of a pledge', () => {
    const alpha = relationshipsOf(fixture, 'alpha');
    // Sources differ on who pledged (the unit or the network): both are listed, and the phrase
    // keeps the "reported" presentation of a single origin.
    expect(alpha.find((r) => r.event === 'local-pledge')).toMatchObject({
      verb: 'reportedly received a pledge of allegiance from',
      others: ['beta-local', 'beta'],
      role: 'to',
      period: '2014',
      support: 'single-origin',
    });
    expect(alpha.find((r) => r.event === 'talks')).toMatchObject({ verb: 'reportedly held talks with', role: 'with' });
  });

  it("includes a unit's relationships on its parent's page, marked as via the unit", () => {
    const fixtureUnitOnly = relationshipsOf(fixture, 'beta').find((r) => r.event === 'local-pledge');
    expect(fixtureUnitOnly).toMatchObject({ verb: 'reportedly pledged allegiance to', others: ['alpha'] });
    const qalamoun = relationshipsOf(site, 'nusra').find((r) => r.event === 'qalamoun-aq-leader-refuses-is');
    expect(qalamoun).toMatchObject({ via: 'nusra-qalamoun', verb: 'refused', others: ['islamic-state'] });
  });

  it('never drops a status from a relationship phrase', () => {
    const nusra = relationshipsOf(site, 'nusra');
    expect(nusra.find((r) => r.event === 'qalamoun-truce')?.verb).toBe('possibly made a truce or agreement with');
    expect(nusra.find((r) => r.event === 'is-nusra-attacks-on-moderate-rebels')?.verb).toBe('cooperated with (contested)');
    expect(nusra.find((r) => r.event === 'yarmouk-commander-accused-of-joining-is')?.verb).toBe('exchanged accusations with (denied)');
  });

  it('gives al-Nusra its 2013 refusal of the ISIS merger and the Albu Kamal pledge through its branch', () => {
    const nusra = relationshipsOf(site, 'nusra');
    expect(nusra.find((r) => r.event === 'nusra-rejects-isis-merger')).toMatchObject({
      verb: 'refused',
      others: ['islamic-state'],
      period: '2013',
    });
    expect(nusra.find((r) => r.event === 'albu-kamal-pledge')).toMatchObject({ verb: 'reportedly pledged allegiance to', others: ['islamic-state'] });
  });

  it('skips context events and unknown groups', () => {
    expect(relationshipsOf(site, 'no-such-group')).toEqual([]);
    expect(relationshipsOf(site, 'islamic-state').some((r) => r.event === 'isis-captures-mosul')).toBe(false);
  });
});

import { periodAround } from '../../src/lib/chronology/period';

describe('periodAround', () => {
  it('pads an event by whole months, across year ends', () => {
    const event = site.events.find((e) => e.id === 'albu-kamal-pledge')!;
    expect(periodAround(event)).toEqual({ from: '2013-12', to: '2014-12' });
    expect(periodAround(event, 7)).toEqual({ from: '2013-11', to: '2015-01' });
  });
});
