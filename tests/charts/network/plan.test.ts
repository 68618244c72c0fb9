import { describe, expect, it } from 'vitest';
import { planNetwork } from '../../../src/charts/network/plan';
import { defaultState } from '../../../src/charts/network/state';
import { networkData } from '../../fixtures/relations/network';

const data = networkData();
const at = (day: string, extra = {}) => planNetwork(data, { ...defaultState(data), at: day, ...extra }, 'wide');

describe('planNetwork', () => {
  it('draws the periods that hold or may hold on the day, one edge each', () => {
    const plan = at('2014-06-25');
    expect(plan.edges.map((e) => [e.period.kind, e.period.a, e.period.b, e.state.state])).toEqual([
      ['split', 'aq', 'is', 'holds'],
      ['affiliation', 'aq', 'nusra', 'holds'],
      ['rivalry', 'is', 'nusra', 'holds'],
      ['affiliation', 'is', 'nusra-town', 'holds'],
    ]);
    // Inside the rivalry's imprecise start it may or may not hold.
    expect(at('2014-01-01').edges.find((e) => e.period.kind === 'rivalry')!.state.state).toBe('uncertain');
    expect(plan.rows).toHaveLength(4);
    expect(plan.dayLabel).toBe('25 June 2014');
  });

  it('keeps every node where it is whatever the date: ties appear and vanish, nodes do not move', () => {
    const a = at('2010-01-01').nodes.map((n) => [n.id, n.x, n.y]);
    const b = at('2017-01-01').nodes.map((n) => [n.id, n.x, n.y]);
    expect(a).toEqual(b);
  });

  it('names groups as they were on the day', () => {
    expect(at('2010-01-01').nodes.find((n) => n.id === 'is')!.label).toBe('ISI');
    expect(at('2014-06-25').nodes.find((n) => n.id === 'is')!.label).toBe('ISIS');
  });

  it('shows IS affiliated to AQ before the break and not after', () => {
    const before = at('2014-02-02').edges.find((e) => e.period.kind === 'affiliation' && e.period.from === 'is');
    expect(before?.period.to).toBe('aq');
    expect(before?.head).toBeDefined();
    expect(at('2014-02-03').edges.some((e) => e.period.kind === 'affiliation' && e.period.from === 'is')).toBe(false);
  });

  it('draws an undirected split without an arrow, and carries the disagreement into its label', () => {
    const split = at('2014-06-25').edges.find((e) => e.period.kind === 'split')!;
    expect(split.head).toBeUndefined();
    expect(split.aria).toMatch(/sources disagree/);
  });

  it('sets several ties between one pair side by side', () => {
    const edges = at('2014-11-15').edges.filter((e) => e.period.pair === 'is--nusra');
    expect(edges.map((e) => e.period.kind)).toEqual(['rivalry', 'talks']);
    expect(edges[0]!.mid).not.toEqual(edges[1]!.mid);
  });

  it('draws status as in the chronology: hollow for hedged support, dashed for contested', () => {
    expect(at('2014-09-01').edges.find((e) => e.period.kind === 'alliance')!.firmness).toBe('claimed');
    expect(at('2015-03-15').edges.find((e) => e.period.kind === 'truce')!.firmness).toBe('contested');
  });

  it('fades an open tie after its last report, and says so', () => {
    const e = at('2016-01-01').edges.find((x) => x.period.from === 'nusra-town')!;
    expect(e.state.afterLastReport).toBe(true);
    expect(e.aria).toMatch(/not reported since 25 June 2014/);
  });

  it('lists denied reports apart, never as edges', () => {
    const plan = at('2015-01-01');
    expect(plan.edges.some((e) => e.period.id.includes('rumour'))).toBe(false);
    expect(plan.links.map((l) => l.event)).toEqual(['rumour']);
    expect(plan.links[0]!.text).toMatch(/^Denied: /);
  });

  it('keeps local units apart unless the reader rolls them up, and then says through which unit', () => {
    const plain = at('2014-06-25');
    expect(plain.nodes.some((n) => n.id === 'nusra-town')).toBe(true);
    const rolled = at('2014-06-25', { rollUp: true });
    expect(rolled.nodes.some((n) => n.id === 'nusra-town')).toBe(false);
    const lifted = rolled.edges.find((e) => e.period.via)!;
    expect([lifted.period.from, lifted.period.to]).toEqual(['nusra', 'is']);
    expect(rolled.rows.find((r) => r.id === lifted.id)!.via).toBe('through Nusra – Town');
  });

  it('emphasises a selected group and dims the rest', () => {
    const plan = at('2014-06-25', { group: 'aq' });
    expect(plan.nodes.find((n) => n.id === 'aq')!.selected).toBe(true);
    expect(plan.nodes.find((n) => n.id === 'rebels')!.dimmed).toBe(true);
    expect(plan.edges.find((e) => e.period.pair === 'is--nusra-town')!.dimmed).toBe(true);
    expect(plan.edges.find((e) => e.period.pair === 'aq--nusra')!.dimmed).toBe(false);
  });

  it('marks groups with no tie on the day as idle', () => {
    expect(at('2014-06-25').nodes.find((n) => n.id === 'rebels')!.idle).toBe(true);
  });
});
