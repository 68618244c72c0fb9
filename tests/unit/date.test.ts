import { describe, expect, it } from 'vitest';
import { ClaimDateSchema } from '../../src/schemas/date';

const messages = (value: unknown) => {
  const r = ClaimDateSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('ClaimDateSchema', () => {
  it('accepts an open span, an inferred window, a report date and an undated claim without a lower bound', () => {
    expect(messages({ text: 'beginning June 10', from: '2014-06-10', ongoing: '2014-06-25' })).toEqual([]);
    expect(messages({ text: 'earlier this week', from: '2014-06-22', to: '2014-06-24', inferred: true })).toEqual([]);
    expect(
      messages({ text: 'in early November 2014, sources said', notAfter: '2014-11', reportDate: '2014-11' }),
    ).toEqual([]);
  });

  it('rejects a lone start, an open span with an end, and an ongoing date before the start', () => {
    expect(messages({ text: 'x', from: '2014' })).toEqual([
      'to: is required with from: give "to" for a closed span, or "ongoing" (the last date the source saw it going on) for an open one',
    ]);
    expect(messages({ text: 'x', from: '2014', to: '2015', ongoing: '2015' })[0]).toMatch(/mixes date forms/);
    expect(messages({ text: 'x', from: '2015', ongoing: '2014' })).toEqual([
      'ongoing: ends (2014) before it starts (2015): swap them or fix the date',
    ]);
    expect(messages({ text: 'x', notBefore: '2014' })).toEqual(['notAfter: is required with notBefore+notAfter']);
  });
});
