/**
 * Checks on the site's real content: it loads and derives, every event is cited with a quote,
 * and (where the reference articles are present beside the repo, as in CI) every quote appears
 * word for word in the article it is attributed to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
import { countWords, MAX_QUOTE_WORDS, normaliseWhitespace } from '../../src/lib/chronology/quotes';

const chronology = loadChronology('content');
const articles = process.env.SOURCES_DIR ?? join('..', 'shared', 'sources');

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

  it.skipIf(!existsSync(articles))('quotes every passage exactly as the article has it', () => {
    const missing: string[] = [];
    for (const s of chronology.sources) {
      const text = normaliseWhitespace(readFileSync(join(articles, s.capture), 'utf8'));
      s.claims.forEach((c, i) => {
        if (!text.includes(normaliseWhitespace(c.quote))) missing.push(`${s.id} claims[${i}]: ${c.quote}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
