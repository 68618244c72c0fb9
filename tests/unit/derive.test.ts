import { describe, expect, it } from 'vitest';
import {
  aggregateDate,
  deriveChronology,
  findConflicts,
  resolveActor,
  sourcePresentation,
  unanimousSide,
} from '../../src/lib/chronology/derive';
import { toInterval } from '../../src/lib/chronology/dates';
import { provenanceOf } from '../../src/lib/chronology/support';
import type { Citation, Corpus } from '../../src/lib/chronology/types';
import { eventsJson } from '../../src/lib/publish/data';
import { loadCorpus } from '../../src/lib/corpus/load';

const fixture = 'tests/fixtures/corpus/valid';

describe('deriveChronology on the fixture corpus', () => {
  const chronology = deriveChronology(loadCorpus(fixture));
  const event = (id: string) => chronology.events.find((e) => e.id === id)!;

  it('merges every claim naming an event key into one event, keyed by that key', () => {
    expect(chronology.events.map((e) => e.id)).toEqual(['split', 'local-pledge', 'talks']);
    expect(event('local-pledge').sources.map((s) => s.source)).toEqual(['first', 'third', 'second']);
    expect(event('local-pledge').articles).toBe(3);
  });

  it('intersects agreeing dates to the most precise reading', () => {
    expect(event('local-pledge').date).toMatchObject({ start: '2014-06-25', end: '2014-06-25', precision: 'day' });
  });

  it('records a date conflict with each side and its source, and spans both', () => {
    const split = event('split');
    expect(split.date).toMatchObject({ start: '2013-01-01', end: '2014-12-31', precision: 'range' });
    const conflict = split.conflicts.find((c) => c.field === 'date')!;
    expect(conflict.positions).toEqual([
      { value: '2013', sources: ['first'] },
      { value: '2014', sources: ['second'] },
    ]);
  });

  it('gives a contested direction no single direction, and keeps each side with its sources', () => {
    const split = event('split');
    expect(split.from).toEqual([]);
    expect(split.to).toEqual([]);
    expect(split.actors.sort()).toEqual(['alpha', 'beta']);
    const direction = split.conflicts.find((c) => c.field === 'direction')!;
    // Names as they were at the event's date: Alpha was "Alpha Front" from 2013.
    expect(direction.positions).toEqual([
      { value: 'Beta Network → Alpha Front', sources: ['first'] },
      { value: 'Alpha Front → Beta Network', sources: ['second'] },
    ]);
  });

  it('keeps the direction when sources differ only on the level of the acting party (a unit or its own organisation)', () => {
    const pledge = event('local-pledge');
    // Every claim has the pledge going to Alpha; the acting side is Beta's town unit or Beta itself.
    expect(pledge.from).toEqual(['beta-local', 'beta']);
    expect(pledge.to).toEqual(['alpha']);
    expect(pledge.actors).toEqual(['beta-local', 'beta', 'alpha']);
    // The level disagreement stays a conflict, with each side and its sources (no majority rule).
    const actors = pledge.conflicts.find((c) => c.field === 'actors')!;
    expect(actors.summary).toMatch(/different levels .* same direction/);
    expect(actors.positions).toEqual([
      { value: 'Beta town unit → Alpha Front', sources: ['first', 'third'] },
      { value: 'Beta Network → Alpha Front', sources: ['second'] },
    ]);
    expect(pledge.conflicts.find((c) => c.field === 'direction')).toBeUndefined();
    expect(pledge.levels).toEqual(['organisation', 'local-unit']);
  });

  it('counts one origin for two articles relaying one monitor through one wire; a partisan account adds none', () => {
    const pledge = event('local-pledge');
    expect(pledge.origins).toEqual([
      { key: 'monitor:fixture-monitor', label: 'Fixture Monitor via AFP', kind: 'monitor', sources: ['first', 'second'] },
    ]);
    expect(pledge.support).toBe('single-origin');
    const partisan = pledge.sources.find((c) => c.provenance.origin.kind === 'partisan-media')!;
    expect(partisan.provenance).toMatchObject({ partisan: true, counts: false });
    expect(partisan.provenance.chain).toEqual(['An Alpha account', 'Fixture Digest']);
  });

  it('corroborates a split stated by two independent authors', () => {
    expect(event('split').origins.map((o) => o.key)).toEqual(['author:first', 'author:second']);
    expect(event('split').support).toBe('corroborated');
  });

  it('records levels, unnamed actors, people and places on claims', () => {
    const talks = event('talks').sources[0]!;
    expect(talks.parties).toEqual([
      { group: 'alpha', role: 'with', level: 'individual', label: 'officials representing Alpha', unnamed: true },
      { group: 'beta', role: 'with', level: 'organisation', unnamed: false },
    ]);
    expect(event('split').people).toEqual(['leader-b']);
    expect(event('local-pledge').places).toEqual(['town']);
    expect(chronology.places.find((p) => p.id === 'country')!.events).toEqual(['local-pledge']);
    expect(chronology.people.find((p) => p.id === 'leader-b')!.events).toEqual(['split']);
  });

  it('lists presentation disagreements source by source, with readable labels', () => {
    const split = event('split');
    expect(split.conflicts.find((c) => c.field === 'status')).toBeUndefined();
    expect(sourcePresentation(['reported', 'denied'])).toBe('disputed');
    expect(sourcePresentation(['speculative', 'stated'])).toBe('stated');
  });

  it('links groups to parents, children and events', () => {
    const beta = chronology.groups.find((g) => g.id === 'beta')!;
    expect(beta.children).toEqual(['beta-local']);
    expect(beta.events).toEqual(['split', 'local-pledge', 'talks']);
  });

  it('is deterministic whatever order files and entries arrive in', () => {
    const corpus = loadCorpus(fixture);
    const shuffled: Corpus = {
      sources: [...corpus.sources].reverse(),
      groups: [...corpus.groups].reverse(),
      events: [...corpus.events].reverse(),
      people: [...(corpus.people ?? [])].reverse(),
      places: [...(corpus.places ?? [])].reverse(),
    };
    expect(eventsJson(deriveChronology(shuffled))).toBe(eventsJson(deriveChronology(corpus)));
  });
});

describe('aggregateDate', () => {
  it('uses the exact claimed interval when one claim is the intersection', () => {
    const year = toInterval({ text: 'in 2013', year: '2013' });
    const spring = toInterval({ text: 'in spring 2013', season: '2013-spring' });
    expect(aggregateDate([year, spring])).toEqual(spring);
  });

  it('makes a partial overlap of dated claims a range', () => {
    const a = toInterval({ text: 'a', from: '2014-06-20', to: '2014-06-23' });
    const b = toInterval({ text: 'b', from: '2014-06-22', to: '2014-06-27' });
    expect(aggregateDate([a, b])).toMatchObject({ start: '2014-06-22', end: '2014-06-23', precision: 'range' });
  });

  it('never lets an undated claim narrow, widen or move a dated event', () => {
    const dated = toInterval({ text: 'in 2014', year: '2014' });
    const narrow = toInterval({ text: '(not dated)', notBefore: '2014-06', notAfter: '2014-06-26' });
    const wide = toInterval({ text: '(not dated)', notBefore: '2013', notAfter: '2015-04' });
    const open = toInterval({ text: '(not dated)', notAfter: '2015-04' });
    expect(aggregateDate([dated, narrow])).toEqual(dated);
    expect(aggregateDate([dated, wide, open])).toEqual(dated);
    // Disjoint dated claims span their union; the undated one cannot push the end into 2015.
    const y2013 = toInterval({ text: 'in 2013', year: '2013' });
    expect(aggregateDate([y2013, dated, wide])).toMatchObject({ start: '2013-01-01', end: '2014-12-31' });
  });

  it('uses undated bounds only when nothing dates the event', () => {
    const a = toInterval({ text: 'a', notBefore: '2014-08', notAfter: '2015-04' });
    const b = toInterval({ text: 'b', notAfter: '2015-03' });
    expect(aggregateDate([a, b])).toMatchObject({ start: '2014-08-01', end: '2015-03-31', precision: 'undated' });
  });

  it('keeps an open span open and lets it run past a closed claim', () => {
    const open = toInterval({ text: 'beginning June 10', from: '2014-06-10', ongoing: '2014-06-25' });
    expect(open).toMatchObject({ start: '2014-06-10', end: '2014-06-25', precision: 'open', open: true });
    expect(open.label).toBe('from 10 June 2014, still going on 25 June 2014');
    const month = toInterval({ text: 'this month', month: '2014-06' });
    expect(aggregateDate([open, month])).toMatchObject({ start: '2014-06-10', end: '2014-06-30', precision: 'range' });
    expect(aggregateDate([open])).toEqual(open);
    // An open span and a later closed claim are not a date conflict: the span may have run on.
    const later = toInterval({ text: 'in July', month: '2014-07' });
    const c = (source: string, date: typeof open) => cite(source, { date });
    expect(findConflicts([c('a', open), c('b', later)], false, (ids) => ids.join('+'))).toEqual([]);
  });

  it('marks an editorially inferred window as approximate, and the event when it rests on it', () => {
    const week = toInterval({ text: 'earlier this week', from: '2014-06-22', to: '2014-06-24', inferred: true });
    expect(week).toMatchObject({ inferred: true, label: 'about 22–24 June 2014' });
    expect(aggregateDate([week])).toMatchObject({ inferred: true, label: 'about 22–24 June 2014' });
    const exact = toInterval({ text: 'on 23 June', day: '2014-06-23' });
    expect(aggregateDate([week, exact])).toEqual(exact);
    const open = toInterval({ text: '(not dated)', notAfter: '2014-06-25', inferred: true });
    expect(aggregateDate([open]).inferred).toBe(true);
  });

  it('never lets an inferred window narrow a date an article states', () => {
    // "three-year-old" in June 2014, read as mid-2010 to mid-2011, beside "since 2011".
    const threeYears = toInterval({ text: 'three-year-old', from: '2010-06', to: '2011-06', inferred: true });
    const since = toInterval({ text: 'since 2011', year: '2011' });
    expect(aggregateDate([threeYears, since])).toEqual(since);
    const week = toInterval({ text: 'earlier this week', from: '2014-06-21', to: '2014-06-24', inferred: true });
    const year = toInterval({ text: 'in 2014', year: '2014' });
    expect(aggregateDate([year, week])).toEqual(year);
    // Only inferred windows: their intersection, approximate.
    const days = toInterval({ text: 'days after', from: '2014-06-20', to: '2014-06-23', inferred: true });
    expect(aggregateDate([week, days])).toMatchObject({ start: '2014-06-21', end: '2014-06-23', inferred: true });
    // An inferred window that excludes the stated date is not dropped: the event spans both.
    const y2013 = toInterval({ text: 'in 2013', year: '2013' });
    expect(aggregateDate([y2013, week])).toMatchObject({ start: '2013-01-01', end: '2014-06-24', precision: 'range' });
  });
});

const cite = (source: string, over: Partial<Citation>): Citation => ({
  quote: 'q',
  dateText: 't',
  source,
  claim: 0,
  anchor: 'claim-x',
  date: toInterval({ text: 'x', year: '2013' }),
  status: 'reported',
  actors: ['a', 'b'],
  from: [],
  to: [],
  parties: [],
  people: [],
  provenance: provenanceOf({ origin: { kind: 'author' }, status: 'stated' }, { id: source, data: { outlet: source } }),
  attribution: 'the article itself',
  ...over,
});

describe('findConflicts', () => {
  const name = (ids: string[]) => ids.join('+');

  it('keeps a vague or undated claim out of a date conflict', () => {
    const conflicts = findConflicts(
      [
        cite('s1', { date: toInterval({ text: 'x', year: '2013' }) }),
        cite('s2', { date: toInterval({ text: 'x', notBefore: '2015', notAfter: '2016' }) }),
        cite('s3', { date: toInterval({ text: 'x', year: '2014' }) }),
      ],
      false,
      name,
    );
    expect(conflicts.find((c) => c.field === 'date')?.positions).toEqual([
      { value: '2013', sources: ['s1'] },
      { value: '2014', sources: ['s3'] },
    ]);
  });

  it('lists a claim without a direction beside the directed sides', () => {
    const citations = [
      cite('s1', { from: ['a'], to: ['b'] }),
      cite('s2', { from: [], to: [] }),
      cite('s3', { from: ['b'], to: ['a'] }),
    ];
    const conflicts = findConflicts(citations, true, name);
    expect(conflicts.map((c) => c.field)).toEqual(['direction']);
    expect(conflicts[0]!.positions.map((p) => p.value)).toEqual(['a → b', 'a+b (no direction given)', 'b → a']);
    expect(unanimousSide(citations)).toEqual({ from: [], to: [] });
  });

  it('keeps a direction only when every source gives the same side', () => {
    expect(unanimousSide([cite('s1', { from: ['a'], to: ['b'] }), cite('s2', { from: ['a'], to: ['b'] })])).toEqual({
      from: ['a'],
      to: ['b'],
    });
    expect(unanimousSide([cite('s1', { from: ['a'], to: ['b'] }), cite('s2', {})])).toEqual({ from: [], to: [] });
  });

  it('keeps the direction when the acting sides differ only as a unit and its own organisation', () => {
    const parents: Record<string, string> = { 'nusra-town': 'nusra', 'nusra-other-town': 'nusra', nusra: 'aq' };
    const parentOf = (id: string) => parents[id];
    const unit = cite('s1', { from: ['nusra-town'], to: ['isis'] });
    const org = cite('s2', { from: ['nusra'], to: ['isis'] });
    expect(unanimousSide([unit, org], parentOf)).toEqual({ from: ['nusra-town', 'nusra'], to: ['isis'] });
    // Without the parent link the two sides are different groups: no direction.
    expect(unanimousSide([unit, org])).toEqual({ from: [], to: [] });
    // A grandparent counts too (the unit is al-Qaeda's through al-Nusra).
    expect(unanimousSide([unit, cite('s2', { from: ['aq'], to: ['isis'] })], parentOf)).toEqual({
      from: ['nusra-town', 'aq'],
      to: ['isis'],
    });
    // Two different units of one organisation are a real disagreement on who acted.
    expect(unanimousSide([unit, cite('s2', { from: ['nusra-other-town'], to: ['isis'] })], parentOf)).toEqual({ from: [], to: [] });
    // A different target is a real disagreement too.
    expect(unanimousSide([unit, cite('s2', { from: ['nusra'], to: ['aq'] })], parentOf)).toEqual({ from: [], to: [] });
    // A claim without a direction still leaves the event without one.
    expect(unanimousSide([unit, org, cite('s3', { from: [], to: [] })], parentOf)).toEqual({ from: [], to: [] });
  });

  it('gives a genuine disagreement on who acted no direction, whatever the parent links (the AQ/ISIS break)', () => {
    const parentOf = (id: string) => (id === 'isis' ? 'aq' : undefined);
    const citations = [
      cite('s1', { from: ['aq'], to: ['isis'], actors: ['aq', 'isis'] }),
      cite('s2', { from: ['isis'], to: ['aq'], actors: ['isis', 'aq'] }),
      cite('s3', { from: [], to: [], actors: ['aq', 'isis'] }),
    ];
    expect(unanimousSide(citations, parentOf)).toEqual({ from: [], to: [] });
    expect(unanimousSide(citations.slice(0, 2), parentOf)).toEqual({ from: [], to: [] });
    const conflicts = findConflicts(citations, true, name, parentOf);
    expect(conflicts.map((c) => c.field)).toEqual(['direction']);
    expect(conflicts[0]!.summary).toBe('Sources disagree on which side acted, so the event has no single direction.');
  });

  it('says when an actors conflict is only about the level, and keeps the generic wording otherwise', () => {
    const parentOf = (id: string) => (id === 'unit' ? 'org' : undefined);
    const level = findConflicts(
      [cite('s1', { from: ['unit'], to: ['x'], actors: ['unit', 'x'] }), cite('s2', { from: ['org'], to: ['x'], actors: ['org', 'x'] })],
      true,
      name,
      parentOf,
    );
    expect(level).toHaveLength(1);
    expect(level[0]).toMatchObject({ field: 'actors', summary: expect.stringMatching(/different levels/) });
    expect(level[0]!.positions.map((p) => p.value)).toEqual(['unit → x', 'org → x']);
    const other = findConflicts(
      [cite('s1', { from: ['unit'], to: ['x'], actors: ['unit', 'x'] }), cite('s2', { from: ['y'], to: ['x'], actors: ['y', 'x'] })],
      true,
      name,
      parentOf,
    );
    expect(other[0]!.summary).toBe('Sources name different groups or levels as the parties.');
  });

  it('does not call one source reporting and relaying a claimed confirmation a status conflict', () => {
    const one = findConflicts([cite('s1', { status: 'reported' }), cite('s1', { status: 'stated' })], false, name);
    expect(one).toEqual([]);
    const two = findConflicts([cite('s1', { status: 'reported' }), cite('s2', { status: 'denied' })], false, name);
    expect(two[0]).toMatchObject({ field: 'status', positions: [{ value: 'reported' }, { value: 'denied' }] });
  });

  it('records a content conflict when sources describe what happened differently', () => {
    const conflicts = findConflicts(
      [
        cite('s1', { account: 'demanded a stance against Alpha' }),
        cite('s2', { account: 'excluded it from the court' }),
        cite('s3', {}),
      ],
      false,
      name,
    );
    expect(conflicts).toEqual([
      {
        field: 'what',
        summary: 'Sources describe what happened differently.',
        positions: [
          { value: 'demanded a stance against Alpha', sources: ['s1'] },
          { value: 'excluded it from the court', sources: ['s2'] },
        ],
      },
    ]);
  });
});

describe('resolveActor', () => {
  const groups = new Map([
    ['org', { kind: 'organisation' as const }],
    ['unit', { kind: 'local-unit' as const }],
  ]);
  it('defaults the level from the group record and marks unnamed actors', () => {
    expect(resolveActor('org', 'with', groups)).toEqual({ group: 'org', role: 'with', level: 'organisation', unnamed: false });
    expect(resolveActor('unit', 'from', groups)).toEqual({ group: 'unit', role: 'from', level: 'local-unit', unnamed: false });
    expect(resolveActor({ group: 'org', level: 'local-unit', label: 'Org groups' }, 'with', groups)).toMatchObject({
      level: 'local-unit',
      unnamed: true,
    });
    expect(resolveActor({ group: 'org', label: 'a commander', level: 'individual' }, 'from', groups).unnamed).toBe(true);
    expect(resolveActor({ group: 'org', person: 'p' }, 'from', groups)).toMatchObject({ level: 'individual', unnamed: false });
  });
});
