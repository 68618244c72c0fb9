/** "Did you mean": typos get a suggestion, unrelated words do not. */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/lib/chronology/suggest';

describe('closest', () => {
  it('finds likely typos', () => {
    expect(closest('pubished', ['published', 'title'])).toBe('published');
    expect(closest('stauts', ['status', 'quote'])).toBe('status');
    expect(closest('islamic-stat', ['islamic-state', 'nusra'])).toBe('islamic-state');
    expect(closest('Title', ['title'])).toBe('title');
  });

  it('suggests nothing far away, and little for very short words', () => {
    expect(closest('colour', ['title', 'summary'])).toBeUndefined();
    expect(closest('x', ['to', 'from'])).toBeUndefined();
    expect(closest('fro', ['from'])).toBe('from');
  });

  it('formats the suggestion', () => {
    expect(didYouMean('alpah', ['alpha'])).toBe(' (did you mean "alpha"?)');
    expect(didYouMean('zzz', ['alpha'])).toBe('');
  });
});
