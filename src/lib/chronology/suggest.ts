/** "Did you mean …" suggestions: the closest known word by edit distance (fastest-levenshtein). */
import { distance } from 'fastest-levenshtein';

/**
 * Closest candidate to `word` by Levenshtein distance (letter case ignored), when close enough
 * to be a likely typo: 1 edit for words of up to 3 letters, else 2 or a third of the word's
 * length, whichever is more. Ties keep the first candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)` when a candidate is close, else the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = closest(word, candidates);
  return near !== undefined && near !== word ? ` (did you mean "${near}"?)` : '';
}
