import { describe, expect, it } from 'vitest';
import { layoutChart, MEDIUM, NARROW, WIDE } from '../../src/charts/chronology/layout';
import { toChartData } from '../../src/charts/chronology/payload';
import { eventLabel, renderChart } from '../../src/charts/chronology/render';
import { toMarkup } from '../../src/charts/chronology/vnode';
import { fixtureChronology } from '../fixtures/chart/chronology';
import { checkSnapshot } from './snapshot';

const data = toChartData(fixtureChronology);
const names = new Map(data.groups.map((g) => [g.id, g.name]));

function svg(
  options: Parameters<typeof layoutChart>[1],
  extra: Partial<Parameters<typeof renderChart>[1]> = {},
): string {
  return toMarkup(
    renderChart(layoutChart(data, options), { idPrefix: 'c', title: 'Fixture chronology', names, ...extra }),
  );
}

describe('server render snapshots', () => {
  const cases: [string, () => string][] = [
    ['fixture-wide', () => svg(WIDE)],
    ['fixture-medium', () => svg(MEDIUM)],
    ['fixture-narrow', () => svg(NARROW)],
    [
      'fixture-zoomed-2014',
      () =>
        svg({ ...WIDE, view: ['2014-01-01', '2014-12-31'] }, { selected: 'albu-kamal-pledge', active: 'caliphate' }),
    ],
    ['fixture-highlight', () => svg(WIDE, { highlight: 'nusra-pledge-aq' })],
    [
      'fixture-one-group',
      () =>
        toMarkup(
          renderChart(layoutChart(toChartData(fixtureChronology, { groups: ['isi'] }), WIDE), {
            idPrefix: 'g',
            title: 'ISI',
            names,
          }),
        ),
    ],
  ];
  for (const [name, render] of cases) {
    it(name, () => {
      const problem = checkSnapshot(name, render());
      expect(problem).toBeNull();
    });
  }
});

describe('escaping', () => {
  it('never lets content strings become markup', () => {
    const hostile = toChartData({
      ...fixtureChronology,
      events: fixtureChronology.events.map((e, i) =>
        i === 0 ? { ...e, title: '</title><script>alert(1)</script>"\'&' } : e,
      ),
      groups: fixtureChronology.groups.map((g) =>
        g.id === 'nusra' ? { ...g, shortName: '<img src=x onerror=alert(1)>' } : g,
      ),
    });
    const out = toMarkup(
      renderChart(layoutChart(hostile, WIDE), {
        idPrefix: 'c',
        title: 'T<"x">',
        names: new Map([['nusra', '<b>N</b>']]),
      }),
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(out).toContain('T&lt;&quot;x&quot;&gt;');
  });

  it('labels events with title, type, date, who, status and disagreement', () => {
    const pledge = data.events.find((e) => e.id === 'albu-kamal-pledge')!;
    expect(eventLabel(pledge, names)).toBe(
      "Al-Nusra unit in Albu Kamal pledges to ISIS. Pledge of allegiance, 25 June 2014. al-Nusra Front's Albu Kamal branch towards Islamic State of Iraq and Syria. Contested. Sources disagree.",
    );
  });
});
