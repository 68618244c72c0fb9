/** Quotes against their articles: what is normalised (and only that), the closest passage, what differs. */
import { describe, expect, it } from 'vitest';
import { closestPassage, countOccurrences, describeDifference, matchQuote } from '../../src/lib/chronology/quote-match';
import { normaliseQuoteText } from '../../src/lib/chronology/quotes';

const article =
  'BEIRUT (AFP) \u2013 The unit\u2019s leader said it \u201cpledged loyalty\u201d to the group on\u00a0Wednesday,\na monitor said. Officials said talks were under way.';

describe('normaliseQuoteText', () => {
  it('straightens typographic quotes, plains non-breaking spaces and collapses whitespace', () => {
    expect(normaliseQuoteText('\u201cA\u201d \u2018b\u2019\u00a0c\u202fd\u2007e \n f')).toBe('"A" \'b\' c d e f');
  });

  it('changes nothing else: dashes, case and punctuation stay', () => {
    expect(normaliseQuoteText('A \u2013 b, C.')).toBe('A \u2013 b, C.');
  });
});

describe('matchQuote', () => {
  it('finds a quote across curly quotes, a non-breaking space and a line break', () => {
    expect(
      matchQuote(article, 'The unit\'s leader said it "pledged loyalty" to the group on Wednesday, a monitor said.'),
    ).toEqual({
      found: true,
      occurrences: 1,
    });
  });

  it('counts occurrences (an ambiguous anchor)', () => {
    expect(
      matchQuote(`${article} Officials said talks were under way.`, 'Officials said talks were under way.'),
    ).toEqual({ found: true, occurrences: 2 });
    expect(countOccurrences('aaa', 'aa')).toBe(2);
  });

  it('does not forgive a changed word, a dash or letter case', () => {
    expect(matchQuote(article, 'Officials said talks were underway.')).toMatchObject({ found: false });
    expect(matchQuote(article, 'BEIRUT (AFP) - The unit')).toMatchObject({ found: false });
    expect(matchQuote(article, 'officials said talks were under way.')).toMatchObject({ found: false });
  });

  it('gives the closest passage and what differs', () => {
    expect(matchQuote(article, 'it "pledged allegiance" to the group on Wednesday')).toEqual({
      found: false,
      passage: 'it "pledged loyalty" to the group on Wednesday,',
      difference:
        'the article has "loyalty" where the quote has "allegiance"; the article has "Wednesday," where the quote has "Wednesday"',
    });
  });
});

describe('closestPassage and describeDifference', () => {
  const text = 'Beta pledged to Alpha in June 2014. Alpha formally split from Beta in 2014. Talks followed.';
  it('shows a dropped word as left out, not a shifted window', () => {
    const { passage } = closestPassage(text, 'Alpha split from Beta in 2014.');
    expect(passage).toBe('Alpha formally split from Beta in 2014.');
    expect(describeDifference(passage, 'Alpha split from Beta in 2014.')).toBe('the quote leaves out "formally"');
  });

  it('shows punctuation changes with their word, and limits the list', () => {
    expect(describeDifference('in 2014, after', 'in 2014. after')).toBe(
      'the article has "2014," where the quote has "2014."',
    );
    expect(describeDifference('a b c d e', 'v w x y z', 1)).toMatch(
      /^the article has "a b c d e" where the quote has "v w x y z"$/,
    );
    expect(describeDifference('a b c d', 'a x c y', 1)).toBe(
      'the article has "b" where the quote has "x"; and 1 more difference',
    );
  });
});
