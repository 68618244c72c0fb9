/** Ids: what is wrong with an id, pointing at the odd character, and the Latin id it was meant to be. */
import { describe, expect, it } from 'vitest';
import { codePoint, explainId, ID_PATTERN, latinId, LOOK_ALIKES } from '../../src/lib/chronology/ids';
import { SlugSchema } from '../../src/schemas/common';

describe('explainId', () => {
  it('accepts lower-case slugs', () => {
    for (const id of ['islamic-state', 'dw-2014-06-25', 'a', '2014']) expect(explainId(id)).toBeUndefined();
  });

  it('names a Cyrillic look-alike, its code point and position, and the Latin id', () => {
    expect(explainId('isl\u0430mic-state')).toBe(
      '"isl\u0430mic-state" has a look-alike letter: "\u0430" at position 4 is U+0430 CYRILLIC SMALL LETTER A, not Latin "a": ids use Latin letters, digits and hyphens only; use "islamic-state"',
    );
  });

  it('names several Greek look-alikes', () => {
    expect(explainId('\u0391QIM')).toBe(
      '"\u0391QIM" has a look-alike letter: "\u0391" at position 1 is U+0391 GREEK CAPITAL LETTER ALPHA, not Latin "A": ids use Latin letters, digits and hyphens only; use "aqim"',
    );
    expect(explainId('n\u03bfsr\u03b1')).toMatch(
      /look-alike letters: "ο" at position 2 is U\+03BF GREEK SMALL LETTER OMICRON, not Latin "o"; "α" at position 5 is U\+03B1 GREEK SMALL LETTER ALPHA, not Latin "a": .*use "nosra"$/,
    );
  });

  it('names invisible characters and dashes', () => {
    expect(explainId('nusra\u200bfront')).toMatch(
      /position 6 holds an invisible U\+200B ZERO WIDTH SPACE: .*use "nusrafront"$/,
    );
    expect(explainId('nusra\u2013front')).toMatch(
      /"–" at position 6 is U\+2013 EN DASH, not a hyphen: .*use "nusra-front"$/,
    );
  });

  it('suggests no Latin id when a letter has no look-alike', () => {
    expect(explainId('\u0436\u0443\u043a')).toMatch(
      /"ж" at position 1 is U\+0436, not a Latin letter, digit or hyphen; .*: retype the id with Latin letters a-z, digits and single hyphens$/,
    );
  });

  it('upper case and other slips', () => {
    expect(explainId('DW-2014')).toBe(
      '"DW-2014" has upper-case letters ("D" at position 1, "W" at position 2): ids are lower-case; use "dw-2014"',
    );
    expect(explainId('bad_key')).toBe(
      '"bad_key" is not a lower-case slug of letters, digits and single hyphens (e.g. "albu-kamal-pledge"): use "bad-key"',
    );
    expect(explainId('DW', (id) => `rename the file to ${id}.mdx`)).toMatch(/rename the file to dw\.mdx$/);
  });

  it('is the message of the schema every id uses', () => {
    expect(SlugSchema.safeParse('isl\u0430mic-state').error?.issues[0]?.message).toBe(explainId('isl\u0430mic-state'));
  });
});

describe('the look-alike table', () => {
  it('maps non-ASCII characters to a Latin letter, a hyphen or nothing, with a Unicode name', () => {
    for (const [char, [latin, name]] of Object.entries(LOOK_ALIKES)) {
      expect(char.codePointAt(0)! > 0x7f, codePoint(char)).toBe(true);
      expect(latin, codePoint(char)).toMatch(/^([A-Za-z-]|)$/);
      expect(name, codePoint(char)).toMatch(/^[A-Z][A-Z -]+$/);
    }
    expect(latinId('\u0430l\u0440h\u0430')).toBe('alpha');
    expect(ID_PATTERN.test(latinId('Ab C')!)).toBe(true);
  });
});
