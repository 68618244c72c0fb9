import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CORE_CHARACTERS,
  CORE_RANGE,
  FACES,
  coreFile,
  coreIndex,
  faceVariants,
  fallbackFamily,
  parseUnicodeRange,
  toUnicodeRange,
  uncoveredCharacters,
} from '../../src/styles/fonts/fonts';
import { buildFontFiles } from '../../scripts/subset-fonts.mjs';

const require = createRequire(import.meta.url);
const FONTS = join(import.meta.dirname, '..', '..', 'src', 'styles', 'fonts');
const ranges = (pkg: string) => require(`${pkg}/unicode.json`) as { latin: string; 'latin-ext': string };

describe('unicode ranges', () => {
  it('merges consecutive code points into runs, sorted and deduplicated', () => {
    expect(toUnicodeRange([0x41, 0x20, 0x21, 0x22, 0x41, 0x2013, 0x2014, 0x2026])).toBe(
      'U+0020-0022,U+0041,U+2013-2014,U+2026',
    );
    expect(toUnicodeRange([])).toBe('');
  });

  it('parses what it formats, and fontsource ranges', () => {
    expect(parseUnicodeRange('U+0020-0022,U+0041')).toEqual([
      [0x20, 0x22],
      [0x41, 0x41],
    ]);
    expect(parseUnicodeRange(ranges(FACES[0]!.pkg).latin)[0]).toEqual([0, 0xff]);
  });

  it('rejects a malformed range, naming it', () => {
    expect(() => parseUnicodeRange('U+0020,0041')).toThrow(/"0041"/);
  });

  it('the core range is printable ASCII plus the typographic signs, each once', () => {
    const cps = parseUnicodeRange(CORE_RANGE).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
    expect(cps.length).toBe(new Set(CORE_CHARACTERS).size);
    for (const ch of ' AZaz09~—“”’…·−×') expect(cps).toContain(ch.codePointAt(0));
  });
});

describe('faces', () => {
  it('declare latin, latin-ext, then the core subset last (tried first where ranges overlap), all with one weight range', () => {
    for (const face of FACES) {
      const variants = faceVariants(face, ranges(face.pkg), './src/styles/fonts/');
      expect(variants).toHaveLength(face.styles.length * 3);
      expect(new Set(variants.map((v) => v.weight))).toEqual(new Set(['400 700']));
      for (const [i, style] of face.styles.entries()) {
        const [latin, ext, core] = variants.slice(i * 3, i * 3 + 3);
        expect(latin!.src[0]).toBe(`${face.pkg}/files/${face.stem}-latin-wght-${style}.woff2`);
        expect(ext!.src[0]).toContain('-latin-ext-');
        expect(core).toEqual({
          src: [`./src/styles/fonts/${coreFile(face, style)}`],
          weight: '400 700',
          style,
          unicodeRange: [CORE_RANGE],
        });
        expect(variants[coreIndex(face, style)]).toBe(core);
      }
    }
    expect(() => coreIndex(FACES[1]!, 'italic')).toThrow(/Source Sans 3 has no italic style/);
  });

  it('every package file a variant names exists', () => {
    for (const face of FACES) {
      for (const v of faceVariants(face, ranges(face.pkg), './src/styles/fonts/')) {
        if (v.src[0].startsWith('./')) continue;
        expect(() => require.resolve(v.src[0])).not.toThrow();
      }
    }
  });
});

describe('coverage', () => {
  const covered = parseUnicodeRange(`${ranges(FACES[0]!.pkg).latin},${ranges(FACES[0]!.pkg)['latin-ext']}`);

  it('Latin text, accented and transliterated names are covered', () => {
    expect(
      uncoveredCharacters('Abu Bakr al-Baghdadi — “Jabhat Fatah al-Sham”, Mosul, Raqqa… ḥ ʿ ā ī é ç', covered),
    ).toEqual([]);
  });

  it('Arabic script, arrows and mathematical signs fall back to system fonts by design', () => {
    expect(uncoveredCharacters('جبهة النصرة ← → ≠', covered)).toEqual([]);
  });

  it('reports other scripts once each, in order', () => {
    expect(uncoveredCharacters('Ωμέγα Ω Привет', covered)).toEqual([
      'Ω',
      'μ',
      'έ',
      'γ',
      'α',
      'П',
      'р',
      'и',
      'в',
      'е',
      'т',
    ]);
  });
});

describe('generated files', () => {
  it('the committed core subsets and fallbacks.css are what scripts/subset-fonts.mjs writes (run `npm run fonts`)', async () => {
    const files = (await buildFontFiles()) as [string, Buffer][];
    expect(files.map(([name]) => name).sort()).toEqual(
      ['fallbacks.css', ...FACES.flatMap((f) => f.styles.map((s) => coreFile(f, s)))].sort(),
    );
    for (const [name, bytes] of files) {
      expect(Buffer.compare(readFileSync(join(FONTS, name)), bytes), `${name} is stale: run npm run fonts`).toBe(0);
    }
  }, 30_000);

  it('fallbacks.css names every local fallback of every face, with size and metric overrides', () => {
    const css = readFileSync(join(FONTS, 'fallbacks.css'), 'utf8');
    for (const face of FACES) {
      for (const local of face.localFallbacks) {
        const rules = css
          .split('\n')
          .filter((l) => l.includes(`"${fallbackFamily(face, local)}"`) && l.startsWith('@font-face'));
        expect(rules.length, fallbackFamily(face, local)).toBe(
          face.styles.includes('italic') && local.local.italic ? 3 : 2,
        );
        for (const rule of rules) expect(rule).toMatch(/size-adjust: \d+(\.\d+)?%; }$/);
        expect(rules[0]).toContain(`local("${local.local.regular[0]}")`);
      }
      expect(css).toMatch(new RegExp(`${face.cssVariable}-fallbacks: "${face.family} fallback: `));
    }
  });
});
