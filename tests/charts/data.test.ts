import { describe, expect, it } from 'vitest';
import { chartDataOf, serialiseForScript, toChartData, toChartDetails } from '../../src/charts/chronology/data';
import { fixtureChronology } from '../fixtures/chart/chronology';

describe('toChartData (the one adapter from the chronology)', () => {
  const data = toChartData(fixtureChronology);

  it('flattens every event in time order, with type labels and date labels; details apart', () => {
    expect(data.events).toHaveLength(fixtureChronology.events.length);
    const starts = data.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    const pledge = data.events.find((e) => e.id === 'albu-kamal-pledge')!;
    expect(pledge).toMatchObject({ typeLabel: 'Pledge of allegiance', family: 'allegiance', directed: true, from: ['albu-kamal-nusra'], to: ['isis'] });
    expect(pledge.actors).toEqual(['albu-kamal-nusra', 'isis']);
    const details = toChartDetails(fixtureChronology);
    expect(Object.keys(details)).toHaveLength(data.events.length);
    expect(details['albu-kamal-pledge']!.citations[0]).toMatchObject({ source: expect.any(String), quote: expect.any(String), dateText: expect.any(String) });
    expect(Object.keys(toChartDetails(fixtureChronology, new Set(['caliphate'])))).toEqual(['caliphate']);
    expect(JSON.stringify(data)).not.toContain(details['albu-kamal-pledge']!.citations[0]!.quote);
  });

  it('carries each event’s derived support as its status, and the provenance and quote language in the details', () => {
    for (const e of fixtureChronology.events) expect(data.events.find((x) => x.id === e.id)!.status).toBe(e.support);
    expect(data.events.find((e) => e.id === 'albu-kamal-pledge')!.status).toBe('contested');
    const details = toChartDetails(fixtureChronology);
    expect(details['albu-kamal-pledge']!.provenance).toMatch(/^\d+ articles?, /);
    expect(details['albu-kamal-pledge']!.citations.every((c) => c.lang === undefined)).toBe(true);
    // A source in Arabic: its quotes say so (the panel sets lang and dir from it).
    const arabic = {
      ...fixtureChronology,
      sources: fixtureChronology.sources.map((s) => (s.id === 'guardian-2013' ? { ...s, language: 'ar' } : s)),
    };
    const cited = toChartDetails(arabic)['nusra-pledge-aq']!.citations;
    expect(cited.filter((c) => c.source === 'guardian-2013').map((c) => c.lang)).toEqual(['ar']);
  });

  it('keeps the groups involved, with their names over time, and the sources cited', () => {
    expect(data.groups.find((g) => g.id === 'nusra')!.names).toEqual([
      { name: 'al-Nusra Front', to: '2015' },
      { name: 'Jabhat Fatah al-Sham', short: 'JFS', from: '2016' },
    ]);
    expect(data.groups.find((g) => g.id === 'aqap')).toBeUndefined();
    expect(data.lineages.map((l) => l.id)).toContain('other');
  });

  it('is computed once per chronology object', () => {
    expect(chartDataOf(fixtureChronology)).toBe(chartDataOf(fixtureChronology));
  });

  it('serialises JSON that cannot close its script element', () => {
    expect(serialiseForScript({ a: '</script><!--\u2028&' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
    expect(JSON.parse(serialiseForScript(data)).events).toHaveLength(data.events.length);
  });
});
