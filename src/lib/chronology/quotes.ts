/** Quote rules shared by schema validation and the quote checks: the word limit and how quotes are compared. */

/** The longest quote allowed, in words. */
export const MAX_QUOTE_WORDS = 40;

/** Words in a passage, counted as whitespace-separated tokens (dashes joining words count once). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Collapses runs of whitespace so a quote can be matched across the capture's line breaks. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text as quotes are compared: curly single and double quotes (and primes) made straight,
 * non-breaking and other fixed-width spaces made plain, runs of whitespace collapsed. Nothing
 * else changes: letters, punctuation, dashes and case must match.
 */
export function normaliseQuoteText(text: string): string {
  return normaliseWhitespace(
    text
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u00A0\u2007\u202F]/g, ' '),
  );
}
