/**
 * Names first: a search term that is one of a person's, place's or group's names or spellings
 * ("Jolani", "Raqa", "Daesh") lists that page first, whatever the full-text ranking says. Pure.
 */

/** Kinds of page that carry names (the `aliases` meta). */
export const NAMED_KINDS = ['Person', 'Place', 'Group'] as const;

/** Lower case, accents and apostrophes dropped, hyphens and punctuation as spaces: "Al-Qa'im" → "al qaim". */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼʿʾ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when the term is one of the names, or the whole-word ending or start of one ("Julani"
 * in "Abu Mohammad al-Julani", "Qaim" in "Abu Qaim"). `names` is the page's title plus its
 * `aliases` meta, names separated by ";" or ",".
 */
export function matchesName(term: string, names: readonly string[]): boolean {
  const t = foldName(term);
  if (t.length < 2) return false;
  return names
    .flatMap((n) => n.split(/[;,]/))
    .map(foldName)
    .filter(Boolean)
    .some((n) => n === t || n.endsWith(` ${t}`) || n.startsWith(`${t} `) || n.replace(/^(al|el|abu) /, '') === t);
}

/** Moves the first hit whose names match the term to the front (stable otherwise). */
export function namesFirst<T extends { url: string }>(hits: readonly T[], named: T | undefined): T[] {
  if (!named) return [...hits];
  return [named, ...hits.filter((h) => h.url !== named.url)];
}
