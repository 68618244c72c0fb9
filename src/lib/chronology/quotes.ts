/** Quote rules shared by schema validation and the quote checks. */

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
