/**
 * Ids (source and group file names, event keys, group references): lower-case slugs of Latin
 * letters, digits and single hyphens. This module explains why a value is not one, pointing at
 * the odd character (a Cyrillic "а" that looks like a Latin "a", an en dash, a zero-width space)
 * and suggesting the Latin id.
 */

/** The pattern every id matches. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Characters that look like (or pass for) a Latin letter, digit or hyphen in an id, with the
 * character they imitate and their Unicode name. Drawn from the Unicode confusables data
 * (UTS #39) for Cyrillic and Greek letters, plus dashes, spaces and invisible characters that
 * copy-and-paste brings in; names from the Unicode Character Database.
 */
export const LOOK_ALIKES: Readonly<Record<string, readonly [latin: string, name: string]>> = {
  '\u0430': ['a', 'CYRILLIC SMALL LETTER A'],
  '\u0435': ['e', 'CYRILLIC SMALL LETTER IE'],
  '\u043E': ['o', 'CYRILLIC SMALL LETTER O'],
  '\u0440': ['p', 'CYRILLIC SMALL LETTER ER'],
  '\u0441': ['c', 'CYRILLIC SMALL LETTER ES'],
  '\u0443': ['y', 'CYRILLIC SMALL LETTER U'],
  '\u0445': ['x', 'CYRILLIC SMALL LETTER HA'],
  '\u0455': ['s', 'CYRILLIC SMALL LETTER DZE'],
  '\u0456': ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
  '\u0458': ['j', 'CYRILLIC SMALL LETTER JE'],
  '\u0501': ['d', 'CYRILLIC SMALL LETTER KOMI DE'],
  '\u051B': ['q', 'CYRILLIC SMALL LETTER QA'],
  '\u051D': ['w', 'CYRILLIC SMALL LETTER WE'],
  '\u04BB': ['h', 'CYRILLIC SMALL LETTER SHHA'],
  '\u04CF': ['l', 'CYRILLIC SMALL LETTER PALOCHKA'],
  '\u0410': ['A', 'CYRILLIC CAPITAL LETTER A'],
  '\u0412': ['B', 'CYRILLIC CAPITAL LETTER VE'],
  '\u0415': ['E', 'CYRILLIC CAPITAL LETTER IE'],
  '\u041A': ['K', 'CYRILLIC CAPITAL LETTER KA'],
  '\u041C': ['M', 'CYRILLIC CAPITAL LETTER EM'],
  '\u041D': ['H', 'CYRILLIC CAPITAL LETTER EN'],
  '\u041E': ['O', 'CYRILLIC CAPITAL LETTER O'],
  '\u0420': ['P', 'CYRILLIC CAPITAL LETTER ER'],
  '\u0421': ['C', 'CYRILLIC CAPITAL LETTER ES'],
  '\u0422': ['T', 'CYRILLIC CAPITAL LETTER TE'],
  '\u0425': ['X', 'CYRILLIC CAPITAL LETTER HA'],
  '\u0406': ['I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
  '\u0408': ['J', 'CYRILLIC CAPITAL LETTER JE'],
  '\u0405': ['S', 'CYRILLIC CAPITAL LETTER DZE'],
  '\u03B1': ['a', 'GREEK SMALL LETTER ALPHA'],
  '\u03BF': ['o', 'GREEK SMALL LETTER OMICRON'],
  '\u03BD': ['v', 'GREEK SMALL LETTER NU'],
  '\u03C1': ['p', 'GREEK SMALL LETTER RHO'],
  '\u03B9': ['i', 'GREEK SMALL LETTER IOTA'],
  '\u03C5': ['u', 'GREEK SMALL LETTER UPSILON'],
  '\u03B3': ['y', 'GREEK SMALL LETTER GAMMA'],
  '\u03F2': ['c', 'GREEK LUNATE SIGMA SYMBOL'],
  '\u03F3': ['j', 'GREEK LETTER YOT'],
  '\u0391': ['A', 'GREEK CAPITAL LETTER ALPHA'],
  '\u0392': ['B', 'GREEK CAPITAL LETTER BETA'],
  '\u0395': ['E', 'GREEK CAPITAL LETTER EPSILON'],
  '\u0396': ['Z', 'GREEK CAPITAL LETTER ZETA'],
  '\u0397': ['H', 'GREEK CAPITAL LETTER ETA'],
  '\u0399': ['I', 'GREEK CAPITAL LETTER IOTA'],
  '\u039A': ['K', 'GREEK CAPITAL LETTER KAPPA'],
  '\u039C': ['M', 'GREEK CAPITAL LETTER MU'],
  '\u039D': ['N', 'GREEK CAPITAL LETTER NU'],
  '\u039F': ['O', 'GREEK CAPITAL LETTER OMICRON'],
  '\u03A1': ['P', 'GREEK CAPITAL LETTER RHO'],
  '\u03A4': ['T', 'GREEK CAPITAL LETTER TAU'],
  '\u03A5': ['Y', 'GREEK CAPITAL LETTER UPSILON'],
  '\u03A7': ['X', 'GREEK CAPITAL LETTER CHI'],
  '\u0131': ['i', 'LATIN SMALL LETTER DOTLESS I'],
  '\u0261': ['g', 'LATIN SMALL LETTER SCRIPT G'],
  '\u2010': ['-', 'HYPHEN'],
  '\u2011': ['-', 'NON-BREAKING HYPHEN'],
  '\u2012': ['-', 'FIGURE DASH'],
  '\u2013': ['-', 'EN DASH'],
  '\u2014': ['-', 'EM DASH'],
  '\u2212': ['-', 'MINUS SIGN'],
  '\u00A0': ['-', 'NO-BREAK SPACE'],
  '\u200B': ['', 'ZERO WIDTH SPACE'],
  '\u200C': ['', 'ZERO WIDTH NON-JOINER'],
  '\u200D': ['', 'ZERO WIDTH JOINER'],
  '\u00AD': ['', 'SOFT HYPHEN'],
  '\uFEFF': ['', 'ZERO WIDTH NO-BREAK SPACE'],
};

/** `U+0430`: a character's code point in the usual notation. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The id a value was meant to be: look-alikes replaced by the Latin character they imitate,
 * lower-cased, other runs of non-slug characters turned into one hyphen. Undefined when
 * nothing is left.
 */
export function latinId(value: string): string | undefined {
  const mapped = [...value].map((c) => LOOK_ALIKES[c]?.[0] ?? c).join('');
  const slug = mapped
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? undefined : slug;
}

/** How one odd character reads in a message: `"а" at position 4 is U+0430 CYRILLIC SMALL LETTER A, not Latin "a"`. */
function describeChar(char: string, position: number): string {
  const known = LOOK_ALIKES[char];
  const code = `${codePoint(char)}${known ? ` ${known[1]}` : ''}`;
  if (known?.[0] === '') return `position ${position} holds an invisible ${code}`;
  const shown = /\s/.test(char) ? `position ${position} is` : `"${char}" at position ${position} is`;
  if (!known) return `${shown} ${code}, not a Latin letter, digit or hyphen`;
  return `${shown} ${code}, not ${known[0] === '-' ? 'a hyphen' : `Latin "${known[0]}"`}`;
}

/**
 * Why `value` is not a valid id, and the fix, as one message (`what is wrong: the fix`);
 * undefined when it is valid. Positions count characters from 1. The Latin id is suggested
 * when every odd character has a Latin look-alike.
 */
export function explainId(value: string, fix: (id: string) => string = (id) => `use "${id}"`): string | undefined {
  if (ID_PATTERN.test(value)) return undefined;
  const chars = [...value].map((c, i) => ({ c, position: i + 1 }));
  const foreign = chars.filter(({ c }) => c.codePointAt(0)! > 0x7f);
  const upper = chars.filter(({ c }) => /[A-Z]/.test(c));
  const suggestion = latinId(value);
  const mappable = foreign.every(({ c }) => LOOK_ALIKES[c] !== undefined);
  if (foreign.length > 0) {
    const lookAlikes = foreign.every(({ c }) => /\p{L}/u.test(c) && LOOK_ALIKES[c] !== undefined);
    const what = lookAlikes
      ? foreign.length === 1
        ? 'a look-alike letter'
        : 'look-alike letters'
      : foreign.length === 1
        ? 'a character ids cannot hold'
        : 'characters ids cannot hold';
    const list = foreign.map(({ c, position }) => describeChar(c, position)).join('; ');
    const remedy =
      mappable && suggestion && ID_PATTERN.test(suggestion)
        ? `ids use Latin letters, digits and hyphens only; ${fix(suggestion)}`
        : 'retype the id with Latin letters a-z, digits and single hyphens';
    return `"${value}" has ${what}: ${list}: ${remedy}`;
  }
  const remedy = suggestion ? fix(suggestion) : 'use only a-z, 0-9 and single hyphens';
  if (upper.length > 0 && suggestion === value.toLowerCase()) {
    const list = upper.map(({ c, position }) => `"${c}" at position ${position}`).join(', ');
    return `"${value}" has upper-case letters (${list}): ids are lower-case; ${remedy}`;
  }
  return `"${value}" is not a lower-case slug of letters, digits and single hyphens (e.g. "albu-kamal-pledge"): ${remedy}`;
}
