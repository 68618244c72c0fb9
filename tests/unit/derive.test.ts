import { describe, expect, it } from 'vitest';
import { aggregateDate, aggregateStatus, deriveChronology, findConflicts } from '../../src/lib/chronology/derive';
import { toInterval } from '../../src/lib/chronology/dates';
import type { Citation, Corpus } from '../../src/lib/chronology/types';
import { eventsJson } from '../../src/lib/publish/data';
import { loadCorpus } from '../../src/lib/corpus/load';

const fixture = 'tests/fixtures/corpus/valid';

describe('deriveChronology on the fixture corpus', () => {
  const chronology = deriveChronology(loadCorpus(fixture));
  const event = (id: string) => chronology.events.find((e) => e.id === id)!;

  it('merges every claim naming an event key into one event, keyed by that key', () => {
    expect(chronology.events.map((e) => e.id)).toEqual(['split', 'local-pledge', 'talks']);
    expect(event('local-pledge').sources.map((s) => s.source)).toEqual(['first', 'second']);
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

  it('records a direction conflict when sources swap who acted', () => {
    const direction = event('split').conflicts.find((c) => c.field === 'direction')!;
    expect(direction.positions.map((p) => p.value)).toEqual(['Beta → Alpha', 'Alpha → Beta']);
  });

  it('keeps direction for pledges and records who pledged per source when they differ', () => {
    const pledge = event('local-pledge');
    expect(pledge.from).toEqual(['beta-local']); // tie broken by the earlier-published source
    expect(pledge.to).toEqual(['alpha']);
    expect(pledge.actors).toEqual(['beta-local', 'alpha', 'beta']);
    const actors = pledge.conflicts.find((c) => c.field === 'actors')!;
    expect(actors.positions).toEqual([
      { value: 'Beta (town) → Alpha', sources: ['first'] },
      { value: 'Beta → Alpha', sources: ['second'] },
    ]);
  });

  it('lists status disagreements and takes the firmest status', () => {
    const pledge = event('local-pledge');
    expect(pledge.status).toBe('confirmed');
    expect(pledge.conflicts.find((c) => c.field === 'status')?.positions.map((p) => p.value)).toEqual([
      'reported',
      'confirmed',
    ]);
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
    };
    expect(eventsJson(deriveChronology(shuffled))).toBe(eventsJson(deriveChronology(corpus)));
  });
});

describe('aggregation rules', () => {
  it('uses the exact claimed interval when one claim is the intersection', () => {
    const year = toInterval({ text: 'in 2013', year: '2013' });
    const spring = toInterval({ text: 'in spring 2013', season: '2013-spring' });
    expect(aggregateDate([year, spring])).toEqual(spring);
  });
  it('makes a partial overlap a range', () => {
    const a = toInterval({ text: 'a', from: '2014-06-20', to: '2014-06-23' });
    const b = toInterval({ text: 'b', notBefore: '2014-06-22', notAfter: '2014-06-27' });
    expect(aggregateDate([a, b])).toMatchObject({ start: '2014-06-22', end: '2014-06-23', precision: 'range' });
  });
  it('turns a denial beside a report into a dispute', () => {
    expect(aggregateStatus(['reported', 'denied'])).toBe('disputed');
    expect(aggregateStatus(['denied'])).toBe('denied');
    expect(aggregateStatus(['speculative', 'alleged'])).toBe('alleged');
    expect(aggregateStatus(['reported', 'disputed'])).toBe('disputed');
  });
});

describe('findConflicts', () => {
  const base = { quote: 'q', dateText: 't', place: undefined };
  const cite = (source: string, over: Partial<Citation>): Citation => ({
    ...base,
    source,
    claim: 0,
    anchor: 'claim-x',
    date: toInterval({ text: 'x', year: '2013' }),
    status: 'reported',
    actors: ['a', 'b'],
    from: [],
    to: [],
    ...over,
  });
  const name = (ids: string[]) => ids.join('+');

  it('keeps a vague date that fits both sides out of a date conflict', () => {
    const conflicts = findConflicts(
      [
        cite('s1', { date: toInterval({ text: 'x', year: '2013' }) }),
        cite('s2', { date: toInterval({ text: 'x', notBefore: '2013', notAfter: '2014-06' }) }),
        cite('s3', { date: toInterval({ text: 'x', year: '2014' }) }),
      ],
      false,
      name,
    );
    expect(conflicts.find((c) => c.field === 'date')?.positions).toEqual([
      { value: '2013', sources: ['s1'] },
      { value: '2014', sources: ['s3'] },
    ]);
    expect(aggregateDate([toInterval({ text: 'x', year: '2013' }), toInterval({ text: 'x', year: '2014' })]).label).toBe(
      '2013 or 2014 (sources differ)',
    );
  });

  it('lists a claim without a direction beside the directed sides', () => {
    const conflicts = findConflicts(
      [
        cite('s1', { from: ['a'], to: ['b'] }),
        cite('s2', { from: [], to: [] }),
        cite('s3', { from: ['b'], to: ['a'] }),
      ],
      true,
      name,
    );
    expect(conflicts.map((c) => c.field)).toEqual(['direction']);
    expect(conflicts[0]!.positions.map((p) => p.value)).toEqual(['a → b', 'a+b (no direction given)', 'b → a']);
  });

  it('does not call one source reporting and noting a confirmation a status conflict', () => {
    const one = findConflicts([cite('s1', { status: 'reported' }), cite('s1', { status: 'confirmed' })], false, name);
    expect(one).toEqual([]);
    const two = findConflicts([cite('s1', { status: 'reported' }), cite('s2', { status: 'denied' })], false, name);
    expect(two[0]).toMatchObject({ field: 'status', positions: [{ value: 'reported' }, { value: 'denied' }] });
  });
});
