import { describe, expect, it } from 'vitest';
import { toChartData } from '../../../src/charts/chronology/data';
import { loadChronology } from '../../../src/lib/corpus/load';
import { OVERVIEW_WIDTH, renderOverview } from '../../../src/charts/chronology/render/overview';
import { toMarkup } from '../../../src/charts/chronology/render/vnode';
import { scopeChart } from '../../../src/charts/chronology/scope';

describe('renderOverview', () => {
  const chart = scopeChart(toChartData(loadChronology('content')), {});
  const markup = toMarkup(renderOverview(chart));

  it('draws every event in even time over the whole domain, stretchable', () => {
    expect(markup).toContain('preserveAspectRatio="none"');
    expect(markup).toContain(`viewBox="0 0 ${OVERVIEW_WIDTH} 40"`);
    expect((markup.match(/class="ov-ev /g) ?? []).length).toBeGreaterThanOrEqual(chart.data.events.length);
  });

  it('shades the focused period', () => {
    expect(chart.focus).not.toBeNull();
    expect(markup).toContain('class="ov-focus"');
  });
});
