import { describe, expect, it } from 'vitest';
import { ellipsize, endSentence, escapeXml, stopAfter, textWidth, TEXT_SAFETY, wrapText } from '../../src/lib/text';

describe('escapeXml', () => {
  it('escapes the five special characters and nothing else', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(escapeXml('al-Nusra “Front” – 2014')).toBe('al-Nusra “Front” – 2014');
  });
});

describe('textWidth', () => {
  it('uses Arial metrics with a safety margin, wider for bold', () => {
    expect(textWidth('0', 10)).toBeCloseTo(5.56 * TEXT_SAFETY);
    expect(textWidth('iii', 10)).toBeLessThan(textWidth('MMM', 10));
    expect(textWidth('ISIS', 12, true)).toBeGreaterThan(textWidth('ISIS', 12));
    expect(textWidth('', 12)).toBe(0);
    // Characters outside the table get a generous default.
    expect(textWidth('بيان', 10)).toBeCloseTo(4 * 6 * TEXT_SAFETY);
  });
});

describe('wrapText', () => {
  const chars = (s: string) => [...s].length;
  it('breaks at spaces within the width', () => {
    expect(wrapText('one two three four', 9, { size: 1, measure: chars })).toEqual(['one two', 'three', 'four']);
    expect(wrapText('   ', 9, { size: 1, measure: chars })).toEqual([]);
  });

  it('breaks long words after URL punctuation where it can', () => {
    const lines = wrapText('https://example.org/chronology/?from=2014-01-01&to=2015-06-30', 24, { size: 1, measure: chars });
    expect(lines.every((l) => l.length <= 24)).toBe(true);
    expect(lines.join('')).toBe('https://example.org/chronology/?from=2014-01-01&to=2015-06-30');
    expect(lines[0]).toMatch(/\/$/);
  });

  it('cuts to a number of lines with an ellipsis', () => {
    expect(wrapText('one two three four five six', 7, { size: 1, measure: chars, maxLines: 2 })).toEqual(['one two', 'three…']);
  });

  it('measures with the font by default', () => {
    const lines = wrapText('Al-Nusra in Albu Kamal pledges loyalty to ISIS', 100, { size: 11 });
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(100);
  });
});

describe('ellipsize', () => {
  const chars = (s: string) => [...s].length;
  it('keeps text that fits and cuts the rest at a word, with "…"', () => {
    expect(ellipsize('ISIS takes Mosul', 20, chars)).toBe('ISIS takes Mosul');
    expect(ellipsize('Baghdadi announces a merger of his group', 30, chars)).toBe('Baghdadi announces a merger…');
    expect(ellipsize('Supercalifragilistic', 8, chars)).toBe('Superca…');
  });
});

describe('endSentence', () => {
  it('adds a full stop, never after a question or exclamation mark, an ellipsis or a stop', () => {
    expect(endSentence('Sources: Newsweek')).toBe('Sources: Newsweek.');
    expect(endSentence('Can ISIS and Al-Qaeda Unite to Save One Another in Iraq and Syria?')).toBe(
      'Can ISIS and Al-Qaeda Unite to Save One Another in Iraq and Syria?',
    );
    expect(endSentence('Stop!')).toBe('Stop!');
    expect(endSentence('Done.')).toBe('Done.');
    expect(endSentence('and so on…')).toBe('and so on…');
    expect(endSentence('he asked “why?”')).toBe('he asked “why?”');
    expect(endSentence('(as titled: “Why?”)')).toBe('(as titled: “Why?”)');
    expect(endSentence('ends with (ISIS)')).toBe('ends with (ISIS).');
    expect(endSentence('trailing space ')).toBe('trailing space.');
    expect(stopAfter('Can ISIS and Al-Qaeda Unite to Save One Another in Iraq and Syria?')).toBe('');
    expect(stopAfter('ISIS links up with al Qaeda unit')).toBe('.');
  });
});
