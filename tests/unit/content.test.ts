/**
 * Checks on the site's real content: it loads and derives, and every event is cited with a
 * quote. (Loading checks every quote word for word against its captured article when the
 * reference texts are present: see tests/unit/check.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
import { countWords, MAX_QUOTE_WORDS } from '../../src/lib/chronology/quotes';

const chronology = loadChronology('content');

describe('site content', () => {
  it('has the five sources and a full chronology', () => {
    expect(chronology.sources).toHaveLength(5);
    expect(chronology.events.length).toBeGreaterThanOrEqual(25);
  });

  it('cites every event with at least one verbatim quote of at most 40 words', () => {
    for (const e of chronology.events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const c of e.sources) {
        expect(c.quote.trim().length, e.id).toBeGreaterThan(0);
        expect(countWords(c.quote), `${e.id} ${c.source}`).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
      }
    }
  });

  it('records the disagreement over when al-Qaeda and ISIS broke', () => {
    const dated = chronology.events.filter((e) => e.conflicts.some((c) => c.field === 'date'));
    expect(dated.length).toBeGreaterThan(0);
  });
});
