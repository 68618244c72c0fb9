import { describe, expect, it } from 'vitest';
import { deriveRelations, pairKey, RULES } from '../../../src/lib/relations/derive';
import { parentsAt, relationsAt, rollUp } from '../../../src/lib/relations/query';
import type { Period, RelationEvent } from '../../../src/lib/relations/types';
import { ev, GROUPS } from '../../fixtures/relations/events';

const derive = (events: RelationEvent[]) => deriveRelations(events, GROUPS);
const only = (periods: Period[]) => {
  expect(periods).toHaveLength(1);
  return periods[0]!;
};

describe('affiliation rules', () => {
  it('a pledge opens an affiliation from the pledging group, open-ended as of the last report', () => {
    const layer = derive([
      ev('p', 'pledge', '2014-06-25', { from: ['nusra-town'], to: ['is'] }, { status: 'reported' }),
    ]);
    const p = only(layer.periods);
    expect(p).toMatchObject({
      id: 'affiliation:is--nusra-town:p',
      kind: 'affiliation',
      directed: true,
      from: 'nusra-town',
      to: 'is',
      level: 'local',
      status: 'reported',
      rule: 'pledge-opens-affiliation',
      start: { start: '2014-06-25', end: '2014-06-25', precision: 'day' },
      end: { open: true, asOf: '2014-06-25' },
    });
    expect(p.evidence).toEqual([{ event: 'p', role: 'opens', rule: 'pledge-opens-affiliation' }]);
  });

  it('a recognition makes the recognised group the affiliate of the leadership that names it', () => {
    const p = only(derive([ev('r', 'recognition', '?2013/2014-06-25', { from: ['aq'], to: ['nusra'] })]).periods);
    expect([p.from, p.to, p.rule]).toEqual(['nusra', 'aq', 'recognition-opens-affiliation']);
    expect(p.start).toMatchObject({ start: '2013-01-01', end: '2014-06-25', precision: 'undated' });
  });

  it('a group founded by another is its affiliate from the founding', () => {
    const p = only(
      derive([ev('f', 'founding', '?2010/2013', { actors: ['nusra', 'is'] }, { founded: 'nusra', founders: ['is'] })])
        .periods,
    );
    expect([p.from, p.to, p.rule]).toEqual(['nusra', 'is', 'founding-opens-affiliation']);
  });

  it('a period takes the status and support of the claims naming its pair, not the whole event’s', () => {
    const tieSupport = { 'is>nusra': { status: 'stated', support: 'single-origin' } };
    const f = ev(
      'f',
      'founding',
      '?2010/2013',
      { actors: ['nusra', 'is'] },
      { founded: 'nusra', founders: ['is'], support: 'corroborated', tieSupport },
    );
    const p = only(derive([f]).periods);
    expect([p.from, p.to, p.status, p.support]).toEqual(['nusra', 'is', 'stated', 'single-origin']);
    // Without a per-tie record, the event's own.
    expect(only(derive([{ ...f, tieSupport: undefined }]).periods).support).toBe('corroborated');
    // An undirected tie reads its pair.
    const t = ev('t', 'truce', '2014-06', { actors: ['is', 'rebels'] }, {
      support: 'corroborated',
      tieSupport: { 'is--rebels': { status: 'reported', support: 'hedged' } },
    });
    expect(only(derive([t]).periods)).toMatchObject({ status: 'reported', support: 'hedged' });
  });

  it('a founding that names no founder opens nothing', () => {
    expect(derive([ev('f', 'founding', '2010', { actors: ['nusra', 'is'] })]).periods).toEqual([]);
  });

  it('a second pledge to the same group confirms the affiliation and moves its last report', () => {
    const layer = derive([
      ev('p1', 'pledge', '2014-06-25', { from: ['nusra-town'], to: ['is'] }),
      ev('p2', 'pledge', '2014-11', { from: ['nusra-town'], to: ['is'] }),
    ]);
    const p = only(layer.periods);
    expect(p.evidence.map((e) => [e.event, e.role])).toEqual([
      ['p1', 'opens'],
      ['p2', 'confirms'],
    ]);
    expect(p.end).toMatchObject({ open: true, asOf: '2014-11-30' });
  });

  it('one allegiance at a time: a new affiliation closes the old one on its date', () => {
    const layer = derive([
      ev('f', 'founding', '2011', { actors: ['nusra', 'is'] }, { founded: 'nusra', founders: ['is'] }),
      ev('r', 'recognition', '2013-06', { from: ['aq'], to: ['nusra'] }),
    ]);
    const [toIs, toAq] = [layer.periods.find((p) => p.to === 'is')!, layer.periods.find((p) => p.to === 'aq')!];
    expect(toIs.end).toMatchObject({
      open: false,
      bound: { start: '2013-05-31', end: '2013-06-29', label: 'June 2013' },
    });
    expect(toIs.evidence.at(-1)).toEqual({ event: 'r', role: 'closes', rule: 'one-allegiance-at-a-time' });
    expect(toAq.end.open).toBe(true);
    expect(parentsAt(layer, 'nusra', '2012-06-01').map((x) => x.period.to)).toEqual(['is']);
    expect(parentsAt(layer, 'nusra', '2013-07-01').map((x) => x.period.to)).toEqual(['aq']);
    // Inside June 2013 both are possible: neither is certain.
    expect(parentsAt(layer, 'nusra', '2013-06-15').map((x) => [x.period.to, x.state])).toEqual([
      ['is', 'uncertain'],
      ['aq', 'uncertain'],
    ]);
  });
});

describe('splits, refusals, disavowals and renamings', () => {
  const branch = ev('branch', 'founding', '?2003/2006', { actors: ['is', 'aq'] }, { founded: 'is', founders: ['aq'] });

  it('after the break, IS has no parent; the break opens an open-ended split', () => {
    const layer = derive([branch, ev('break', 'split', '2014-02-03', { from: ['aq'], to: ['is'] })]);
    const aff = layer.periods.find((p) => p.kind === 'affiliation')!;
    expect(aff.end).toMatchObject({ open: false, bound: { start: '2014-02-02', end: '2014-02-02' } });
    expect(parentsAt(layer, 'is', '2014-02-02').map((x) => x.period.to)).toEqual(['aq']);
    expect(parentsAt(layer, 'is', '2014-02-03')).toEqual([]);
    expect(parentsAt(layer, 'is', '2016-01-01')).toEqual([]);
    const split = layer.periods.find((p) => p.kind === 'split')!;
    expect(split).toMatchObject({ directed: true, from: 'aq', to: 'is', end: { open: true } });
  });

  it('a break dated 2013 by one source and 2014 by another ends the affiliation within both years, carrying the disagreement', () => {
    const conflict = {
      field: 'date',
      summary: 'Sources give dates that cannot both be right.',
      positions: [
        { value: '2013', sources: ['ibtimes'] },
        { value: '2014', sources: ['newsweek'] },
      ],
    };
    const layer = derive([
      branch,
      ev('break', 'split', '2013/2014', { actors: ['aq', 'is'] }, { directionContested: true, conflicts: [conflict] }),
    ]);
    const aff = layer.periods.find((p) => p.kind === 'affiliation')!;
    expect(aff.end).toMatchObject({ open: false, bound: { start: '2012-12-31', end: '2014-12-30' } });
    expect(aff.conflicts).toEqual([
      { about: 'end', event: 'break', summary: conflict.summary, positions: conflict.positions },
    ]);
    expect(parentsAt(layer, 'is', '2012-12-31')[0]!.state).toBe('holds');
    expect(parentsAt(layer, 'is', '2014-06-25')[0]!.state).toBe('uncertain');
    expect(parentsAt(layer, 'is', '2015-01-01')).toEqual([]);
  });

  it('a contested direction gives an undirected split carrying the conflict', () => {
    const conflict = {
      field: 'direction',
      summary: 'Sources disagree on which side acted.',
      positions: [
        { value: 'AQ → IS', sources: ['dw'] },
        { value: 'IS → AQ', sources: ['newsweek'] },
      ],
    };
    const layer = derive([
      ev('break', 'split', '2014', { actors: ['aq', 'is'] }, { directionContested: true, conflicts: [conflict] }),
    ]);
    const split = only(layer.periods);
    expect(split.directed).toBe(false);
    expect(split.from).toBeUndefined();
    expect(split.conflicts).toEqual([
      { about: 'direction', event: 'break', summary: conflict.summary, positions: conflict.positions },
    ]);
  });

  it('a contested direction on a pledge gives an undirected affiliation with the conflict', () => {
    const conflict = { field: 'direction', summary: 'Sources disagree on which side acted.', positions: [] };
    const p = only(
      derive([
        ev('p', 'pledge', '2014', { actors: ['is', 'nusra'] }, { directionContested: true, conflicts: [conflict] }),
      ]).periods,
    );
    expect([p.kind, p.directed, p.conflicts[0]!.about]).toEqual(['affiliation', false, 'direction']);
  });

  it('a refused merger bid ends, and so does the refusing group’s affiliation to the group that announced it', () => {
    const layer = derive([
      ev('f', 'founding', '2011', { actors: ['nusra', 'is'] }, { founded: 'nusra', founders: ['is'] }),
      ev('bid', 'merger', '2013-04-09', { from: ['is'], to: ['nusra'] }),
      ev('no', 'rejection', '2013-04-10', { from: ['nusra'], to: ['is'] }),
    ]);
    const merger = layer.periods.find((p) => p.kind === 'merger')!;
    // The claim runs from the group announcing (is) to the group it would absorb (nusra); the
    // merger tie runs from the group named as absorbed to the group announcing it.
    expect(merger).toMatchObject({
      from: 'nusra',
      to: 'is',
      end: { open: false, bound: { start: '2013-04-09', end: '2013-04-09' } },
    });
    // Refused by the group it was announced for: announced and contested, not a settled merger.
    expect(merger).toMatchObject({ refusedBy: 'nusra', status: 'disputed', support: 'contested' });
    expect(merger.conflicts.find((c) => c.about === 'status')?.positions.map((p) => p.value)).toEqual([
      'announced',
      'refused',
    ]);
    const aff = layer.periods.find((p) => p.kind === 'affiliation')!;
    expect(aff.end).toMatchObject({ open: false, bound: { end: '2013-04-09' } });
    expect(aff.evidence.at(-1)).toEqual({ event: 'no', role: 'closes', rule: 'refusal-ends-merger-bid' });
  });

  it('an announced merger nobody refused runs from the group named as absorbed to the announcer, unrefused', () => {
    const merger = only(derive([ev('bid', 'merger', '2013-04-09', { from: ['is'], to: ['nusra'] })]).periods);
    expect([merger.from, merger.to, merger.refusedBy, merger.status]).toEqual(['nusra', 'is', undefined, 'stated']);
  });

  it('a refusal by the announcing side ends the bid without marking it refused by the group absorbed', () => {
    const layer = derive([
      ev('bid', 'merger', '2013-04-09', { from: ['is'], to: ['nusra'] }),
      ev('no', 'rejection', '2013-04-10', { from: ['is'], to: ['nusra'] }),
    ]);
    const merger = layer.periods.find((p) => p.kind === 'merger')!;
    expect(merger.refusedBy).toBeUndefined();
    expect(merger.end.open).toBe(false);
  });

  it('a merger reported only as speculation is a link read the same way as a period', () => {
    const layer = derive([
      ev('bid', 'merger', '2013-04-09', { from: ['is'], to: ['nusra'] }, { status: 'speculative', weak: 'speculative' }),
    ]);
    expect(layer.periods).toEqual([]);
    expect([layer.links[0]!.from, layer.links[0]!.to]).toEqual(['nusra', 'is']);
  });

  it('refusing an order, with no merger bid open, ends nothing', () => {
    const layer = derive([branch, ev('defy', 'rejection', '2013', { from: ['is'], to: ['aq'] })]);
    expect(only(layer.periods).end.open).toBe(true);
  });

  it('a disavowal closes an alliance on its date', () => {
    const layer = derive([
      ev('coop', 'cooperation', '2014-01', { actors: ['rebels', 'nusra'] }),
      ev('decl', 'declaration', '2014-06-20', { from: ['rebels'], to: ['nusra'] }),
    ]);
    const p = only(layer.periods);
    expect(p.end).toMatchObject({ open: false, bound: { start: '2014-06-19', end: '2014-06-19' } });
    expect(p.evidence.at(-1)!.rule).toBe('disavowal-closes');
  });

  it('a renaming away from a group closes the affiliation to it; a plain renaming does not', () => {
    const rec = ev('rec', 'recognition', '2013', { from: ['aq'], to: ['nusra'] });
    const plain = derive([rec, ev('rename', 'renaming', '2016', { actors: ['nusra'] })]);
    expect(only(plain.periods).end.open).toBe(true);
    const away = derive([rec, ev('rename', 'renaming', '2016', { actors: ['nusra', 'aq'] }, { awayFrom: ['aq'] })]);
    expect(only(away.periods).end).toMatchObject({
      open: false,
      bound: { start: '2015-12-31', end: '2016-12-30', label: '2016' },
    });
    expect(only(away.periods).evidence.at(-1)!.rule).toBe('renaming-away-closes');
  });
});

describe('denied and speculative reports', () => {
  it('a denied rumour opens nothing: it is listed as a contested link', () => {
    const layer = derive([
      ev(
        'rumour',
        'pledge',
        '?2014-08/2015-04',
        { from: ['nusra-town'], to: ['is'] },
        { status: 'denied', support: 'denied', weak: 'denied' },
      ),
    ]);
    expect(layer.periods).toEqual([]);
    expect(layer.links).toEqual([
      expect.objectContaining({
        id: 'affiliation:is--nusra-town:rumour',
        kind: 'affiliation',
        from: 'nusra-town',
        to: 'is',
        reason: 'denied',
      }),
    ]);
    expect(relationsAt(layer, '2015-01-01')).toEqual([]);
  });

  it('a speculative truce opens nothing and a denied split closes nothing', () => {
    const layer = derive([
      ev('rec', 'recognition', '2013', { from: ['aq'], to: ['nusra'] }),
      ev('maybe', 'truce', '2014-10', { actors: ['nusra', 'is'] }, { status: 'speculative', weak: 'speculative' }),
      ev('nobreak', 'split', '2014-11', { from: ['aq'], to: ['nusra'] }, { status: 'denied', weak: 'denied' }),
    ]);
    expect(only(layer.periods).end.open).toBe(true);
    expect(layer.links.map((l) => [l.kind, l.reason])).toEqual([
      ['truce', 'speculative'],
      ['split', 'denied'],
    ]);
  });
});

describe('episodes: truces, cooperation, rivalry, talks', () => {
  it('a truce runs over its reported span', () => {
    const p = only(derive([ev('t', 'truce', '2014-08/2014-10', { actors: ['nusra', 'is'] })]).periods);
    expect(p.rule).toBe('truce-over-its-span');
    expect(p.start).toMatchObject({ start: '2014-08-01', end: '2014-08-01' });
    expect(p.end).toMatchObject({ open: false, bound: { start: '2014-10-31', end: '2014-10-31' } });
  });

  it('a truce dated to a window starts in it and stays open as of the last report', () => {
    const p = only(derive([ev('t', 'truce', '?2014-08/2015-04', { actors: ['nusra', 'is'] })]).periods);
    expect(p.start).toMatchObject({ start: '2014-08-01', end: '2015-04-30' });
    expect(p.end).toEqual({ open: true, asOf: '2015-04-30', label: 'ongoing as of 30 April 2015 (last report)' });
  });

  it('local truces stay local: no organisation-level tie unless the reader rolls units up', () => {
    const layer = derive([ev('t', 'truce', '2015-03', { actors: ['nusra-town', 'is-town'] })]);
    const p = only(layer.periods);
    expect([p.a, p.b, p.level]).toEqual(['is-town', 'nusra-town', 'local']);
    expect(relationsAt(layer, '2015-03-15').map((x) => x.pair)).toEqual(['is-town--nusra-town']);
    const rolled = rollUp(layer, GROUPS);
    expect(rolled.periods.map((x) => [x.pair, x.level, x.via])).toEqual([
      ['is--nusra', 'organisation', ['is-town', 'nusra-town']],
    ]);
    // The layer itself is untouched by the roll-up.
    expect(layer.periods[0]!.pair).toBe('is-town--nusra-town');
  });

  it('roll-up drops a unit’s tie with its own organisation and lifts directions', () => {
    const layer = derive([
      ev('oath', 'pledge', '2015', { from: ['nusra-town'], to: ['nusra'] }),
      ev('p', 'pledge', '2014-06-25', { from: ['nusra-town'], to: ['is'] }),
    ]);
    const rolled = rollUp(layer, GROUPS);
    expect(rolled.periods.map((x) => [x.from, x.to, x.via])).toEqual([['nusra', 'is', ['nusra-town']]]);
  });

  it('cooperation over months is a period over those months; a later overlapping report confirms and extends it', () => {
    const layer = derive([
      ev('c1', 'cooperation', '2014-08/2014-10', { actors: ['nusra', 'is'] }),
      ev('c2', 'cooperation', '2014-10/2014-12', { actors: ['is', 'nusra'] }),
      ev('c3', 'cooperation', '2016-01/2016-02', { actors: ['is', 'nusra'] }),
    ]);
    expect(layer.periods.map((p) => [p.id, p.start.start, p.end.open ? 'open' : p.end.bound.end])).toEqual([
      ['alliance:is--nusra:c1', '2014-08-01', '2014-12-31'],
      ['alliance:is--nusra:c3', '2016-01-01', '2016-02-29'],
    ]);
    expect(layer.periods[0]!.evidence.map((e) => e.role)).toEqual(['opens', 'confirms']);
  });

  it('clashes open a rivalry; clashes reported later confirm it and move its last report', () => {
    const layer = derive([
      ev('c1', 'clash', '?2013/2014-06-25', { actors: ['is', 'nusra'] }),
      ev('c2', 'clash', '?2014-08/2015-04', { actors: ['is', 'nusra'] }),
    ]);
    const p = only(layer.periods);
    expect([p.kind, p.rule, p.end]).toEqual([
      'rivalry',
      'fighting-or-rivalry-opens-rivalry',
      expect.objectContaining({ open: true, asOf: '2015-04-30' }),
    ]);
  });

  it('mutual accusations between two groups open a rivalry; an accusation against one party alone opens nothing', () => {
    const layer = derive([
      ev('acc', 'accusation', '?/2015-04', { actors: ['aq', 'is'] }),
      ev('lone', 'accusation', '?/2015-04', { actors: ['nusra'] }),
    ]);
    const p = only(layer.periods);
    expect([p.kind, p.pair, p.rule, p.evidence.map((e) => e.event)]).toEqual([
      'rivalry',
      'aq--is',
      'fighting-or-rivalry-opens-rivalry',
      ['acc'],
    ]);
  });

  it('talks hold on their dates only, never open-ended', () => {
    const layer = derive([
      ev('t', 'talks', '2017-04-17', { actors: ['is', 'aq'] }),
      ev('m', 'talks', '2014-11', { actors: ['is', 'nusra'] }),
    ]);
    expect(relationsAt(layer, '2017-04-17').map((x) => [x.pair, x.periods[0]!.state])).toEqual([['aq--is', 'holds']]);
    expect(relationsAt(layer, '2017-04-18')).toEqual([]);
    expect(relationsAt(layer, '2014-11-20').map((x) => [x.pair, x.periods[0]!.state])).toEqual([
      ['is--nusra', 'uncertain'],
    ]);
  });

  it('a pair can hold several kinds at once, each its own period', () => {
    const layer = derive([
      ev('c', 'clash', '?2013/2014-06-25', { actors: ['is', 'nusra'] }),
      ev('co', 'cooperation', '2014-08/2014-10', { actors: ['is', 'nusra'] }),
    ]);
    const on = relationsAt(layer, '2014-09-01');
    expect(on).toHaveLength(1);
    expect(on[0]!.periods.map((x) => [x.period.kind, x.state, x.afterLastReport])).toEqual([
      ['rivalry', 'holds', true],
      ['alliance', 'holds', false],
    ]);
  });
});

describe('the layer', () => {
  it('does not depend on the order of its input', () => {
    const events = [
      ev('f', 'founding', '2011', { actors: ['nusra', 'is'] }, { founded: 'nusra', founders: ['is'] }),
      ev('r', 'recognition', '2013-06', { from: ['aq'], to: ['nusra'] }),
      ev('c', 'clash', '?2013/2014-06-25', { actors: ['is', 'nusra'] }),
    ];
    expect(derive([...events].reverse())).toEqual(derive(events));
  });

  it('names a rule for every rule id it can produce, in sentences', () => {
    for (const text of Object.values(RULES)) expect(text).toMatch(/^[A-Z].{40,}\.$/);
    expect(pairKey('b', 'a')).toBe('a--b');
  });
});
