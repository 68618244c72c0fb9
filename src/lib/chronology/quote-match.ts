/**
 * Matching a quote against its captured article (normalising only whitespace, typographic
 * quotes and non-breaking spaces), with the closest passage and what differs when it is not there.
 */
import { diffWords } from 'diff';
import { distance } from 'fastest-levenshtein';
import { normaliseQuoteText } from './quotes';

/** How many times `needle` occurs in `haystack` (overlapping occurrences count). */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** A word without the punctuation around it, for aligning passages ("Wednesday," and "Wednesday" align). */
function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || word;
}

/** Length of the longest common subsequence of two word lists. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The passage of a (normalised) article closest to a (normalised) quote. Windows of the
 * quote's length in words are ranked by Levenshtein distance (characters) to find the place;
 * around it, windows a few words longer or shorter are ranked by the words they share with the
 * quote and differ in, so a dropped or added word shows as that word. `distance` is in characters.
 */
export function closestPassage(article: string, quote: string): { passage: string; distance: number } {
  const spans = [...article.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const quoteWords = quote.split(' ').filter(Boolean);
  const bareQuote = quoteWords.map(bare);
  const n = Math.max(1, quoteWords.length);
  if (spans.length === 0) return { passage: '', distance: quote.length };
  const slice = (from: number, length: number) => {
    const last = Math.min(spans.length, from + length) - 1;
    return article.slice(spans[from]!.start, spans[last]!.end);
  };
  let start = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let from = 0; from < Math.max(1, spans.length - n + 1); from++) {
    const d = distance(quote, slice(from, n));
    if (d < bestDistance) {
      bestDistance = d;
      start = from;
    }
  }
  let best = { from: start, length: n, score: Number.NEGATIVE_INFINITY, distance: bestDistance };
  for (let from = Math.max(0, start - 3); from <= start + 3 && from < spans.length; from++) {
    for (let length = Math.max(1, n - 3); length <= n + 3 && from + length <= spans.length; length++) {
      const words = spans.slice(from, from + length).map((s) => bare(s.word));
      const shared = commonWords(bareQuote, words);
      // Shared words count for, words on either side without a match count against.
      const score = 2 * shared - (n - shared) - (length - shared);
      const d = distance(quote, slice(from, length));
      if (score > best.score || (score === best.score && d < best.distance))
        best = { from, length, score, distance: d };
    }
  }
  return { passage: slice(best.from, best.length), distance: best.distance };
}

/**
 * What differs between the article's passage and the quote, word by word, in words:
 * `the article has "loyalty" where the quote has "allegiance"; the quote leaves out "also"`.
 * At most `limit` differences are spelt out.
 */
export function describeDifference(passage: string, quote: string, limit = 3): string {
  const parts: string[] = [];
  const changes = diffWords(passage, quote);
  // A change of punctuation alone reads better with the word before it: "2014," vs "2014.".
  const lead = (i: number, value: string) => {
    const before = changes[i - 1];
    if (!/^[^\p{L}\p{N}]+$/u.test(value.trim()) || !before || before.added || before.removed) return '';
    return /(\S+)$/.exec(before.value)?.[1] ?? '';
  };
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const next = changes[i + 1];
    const pre = lead(i, c.value);
    if ((c.removed && next?.added) || (c.added && next?.removed)) {
      const [article, quoted] = c.removed ? [c.value, next.value] : [next.value, c.value];
      parts.push(`the article has "${pre}${article.trim()}" where the quote has "${pre}${quoted.trim()}"`);
      i++;
    } else if (c.removed) {
      parts.push(
        pre
          ? `the article has "${pre}${c.value.trim()}" where the quote has "${pre}"`
          : `the quote leaves out "${c.value.trim()}"`,
      );
    } else if (c.added) {
      parts.push(
        pre
          ? `the article has "${pre}" where the quote has "${pre}${c.value.trim()}"`
          : `the quote adds "${c.value.trim()}"`,
      );
    }
  }
  if (parts.length === 0) return 'they differ only in spacing';
  const more = parts.length - limit;
  return parts.slice(0, limit).join('; ') + (more > 0 ? `; and ${more} more difference${more === 1 ? '' : 's'}` : '');
}

/** Where a quote stands against its article. */
export type QuoteMatch = { found: true; occurrences: number } | { found: false; passage: string; difference: string };

/** Looks a quote up in an article, both normalised with `normaliseQuoteText`. */
export function matchQuote(article: string, quote: string): QuoteMatch {
  const text = normaliseQuoteText(article);
  const q = normaliseQuoteText(quote);
  const occurrences = countOccurrences(text, q);
  if (occurrences > 0) return { found: true, occurrences };
  const { passage } = closestPassage(text, q);
  return { found: false, passage, difference: describeDifference(passage, q) };
}
