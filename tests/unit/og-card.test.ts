import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
import { CARD, renderCard, wrap } from '../../src/lib/og/card';

const chronology = loadChronology('tests/fixtures/corpus/valid');

describe('share cards', () => {
  it('wraps and truncates titles', () => {
    expect(wrap('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrap('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  });

  it('escapes hostile text', () => {
    const svg = renderCard({
      kicker: '<b>x</b>',
      title: '</text><script>alert(1)</script>',
      subtitle: 'a & b',
      events: chronology.events,
      highlight: [],
      from: '2012-01-01',
      to: '2018-01-01',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
  });

  it('draws every event in the period and picks out the highlighted one', () => {
    const svg = renderCard({
      kicker: 'Pledge',
      title: 'A title',
      subtitle: 'sub',
      events: chronology.events,
      highlight: ['local-pledge'],
      from: '2012-01-01',
      to: '2018-01-01',
    });
    expect(svg).toContain(`width="${CARD.width}" height="${CARD.height}"`);
    expect(svg.match(/<path /g)).toHaveLength(chronology.events.length);
    expect(svg.match(/stroke="#1a1a1a" stroke-width="3"/g)).toHaveLength(1);
  });
});

import { isolate } from '../../src/lib/og/cards';

describe('isolate', () => {
  it('wraps right-to-left names in Unicode isolates and leaves others alone', () => {
    expect(isolate('داعش')).toBe('\u2068داعش\u2069');
    expect(isolate('ISIS')).toBe('ISIS');
  });
});
