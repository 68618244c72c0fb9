import { describe, expect, it } from 'vitest';
import { toChartData } from '../../../src/charts/chronology/data';
import { planChart } from '../../../src/charts/chronology/plan';
import { eventLabel, listNames, renderConnectorSwatch, renderSwatch, whoOf } from '../../../src/charts/chronology/render/svg';
import { toMarkup } from '../../../src/charts/chronology/render/vnode';
import { scopeChart } from '../../../src/charts/chronology/scope';
import { DEFAULT_STATE } from '../../../src/charts/chronology/state';
import { fixtureChronology } from '../../fixtures/chart/chronology';

const chart = scopeChart(toChartData(fixtureChronology), { id: 'fx', title: 'Fixture' });
const groups = new Map(chart.data.groups.map((g) => [g.id, g]));

describe('render', () => {
  it('lists names and says who acted towards whom, with names in use at the event’s date', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    const split = chart.data.events.find((e) => e.id === 'jfs-split')!;
    expect(whoOf(split, groups)).toBe('Jabhat Fatah al-Sham towards al-Qaeda');
    expect(eventLabel(split, groups)).toMatch(/^.+\. Split, .+\. Jabhat Fatah al-Sham towards al-Qaeda\. Denied\./);
  });

  it('renders one root per variant: sticky axis, chart with a title and description, key of numbers', () => {
    const { tree, layout } = planChart(chart, DEFAULT_STATE, 'narrow');
    const markup = toMarkup(tree);
    expect(markup).toMatch(/^<div class="chrono-view chrono-view-narrow" data-variant="narrow">/);
    expect(markup).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="chrono-axis"');
    expect(markup).toContain('<title id="fx-n-title">Fixture</title>');
    expect(markup).toContain(`${layout.counts.visible} of ${layout.counts.total} events`);
    expect((markup.match(/<g id="fx-n-ev-/g) ?? []).length).toBe(layout.events.length);
    if (layout.key.length > 0) expect(markup).toContain('<p class="chrono-key-title">Numbered on the chart:</p>');
    // Without script the chart is no tab stop.
    expect(markup).not.toContain('tabindex');
  });

  it('is one tab stop naming the keyboard cursor when interactive', () => {
    const markup = toMarkup(
      planChart(chart, DEFAULT_STATE, 'wide', { focusable: true, active: 'caliphate', helpId: 'fx-help' }).tree,
    );
    expect(markup).toContain('tabindex="0"');
    expect(markup).toContain('aria-describedby="fx-w-desc fx-help"');
    expect(markup).toContain('aria-activedescendant="fx-w-ev-caliphate"');
  });

  it('draws swatches for the legend and the table', () => {
    expect(toMarkup(renderSwatch('allegiance', { extent: 'bounds', conflict: true }))).toContain('class="whisker"');
    expect(toMarkup(renderConnectorSwatch('rupture', 'split'))).toContain('class="conn k-split"');
  });
});
