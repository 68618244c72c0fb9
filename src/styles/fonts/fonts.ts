/**
 * The site's two typefaces, self-hosted from registry packages: Source Serif 4 for reading text
 * and Source Sans 3 for the interface, tables, figures and the chart. Each face is served as
 * three files chosen by `unicode-range`, so a page downloads only what its text needs:
 *
 * - core: the characters the site's own text uses (ASCII plus its typographic punctuation),
 *   cut from the package's latin file by scripts/subset-fonts.mjs into this folder, with the
 *   weight axis limited to 400–700. Preloaded (upright styles only; Fonts.astro).
 * - latin, latin-ext: the package's own files, for any other Latin letter a source or name may
 *   bring (accented and transliterated names); fetched only on pages that contain one.
 *
 * While a face loads, text shows in a local font scaled to the face's metrics (fallbacks.css,
 * written by the same script with @capsizecss), so the swap moves nothing.
 *
 * Arabic script is in neither face: `:lang(ar)` text uses the reader's system Arabic faces
 * (tokens.css). Pure module: no Astro import, so scripts and tests read it too.
 */

/** One typeface: its role, family name, npm package and file stem, styles and weight range. */
export interface Face {
  /** What the face is for: `text` (prose) or `ui` (interface, tables, figures, chart). */
  role: 'text' | 'ui';
  /** Family name as written in CSS. */
  family: string;
  /** The @fontsource-variable package the files come from. */
  pkg: string;
  /** File stem inside the package (`files/<stem>-latin-wght-normal.woff2`). */
  stem: string;
  /** CSS custom property Astro's font API defines with the family and its fallbacks. */
  cssVariable: `--${string}`;
  /** Styles served; italic only where prose needs it. */
  styles: readonly ('normal' | 'italic')[];
  /** @capsizecss/metrics entry of the face (`sourceSerif4`), for the fallbacks' overrides. */
  metrics: string;
  /** Local faces to show while the web face loads, metric-matched so the swap moves nothing. */
  localFallbacks: readonly LocalFallback[];
  /** Last resorts after the matched fallbacks, generic family last. */
  generic: readonly string[];
}

/** A font installed on readers' systems, stood in for the web face until it loads. */
export interface LocalFallback {
  /** Family name (also names the generated fallback family). */
  name: string;
  /** @capsizecss/metrics entry with its metrics (a metric-compatible clone's where named so). */
  metrics: string;
  /** local() names per style: full name and PostScript name of the regular, bold and italic faces. */
  local: { regular: readonly string[]; bold: readonly string[]; italic?: readonly string[] };
}

/** Weight range kept in the core subsets: regular to bold (the site uses 400, 600 and 700). */
export const CORE_WEIGHTS = { min: 400, max: 700 } as const;

/** The two faces. */
export const FACES: readonly Face[] = [
  {
    role: 'text',
    family: 'Source Serif 4',
    pkg: '@fontsource-variable/source-serif-4',
    stem: 'source-serif-4',
    cssVariable: '--font-source-serif',
    styles: ['normal', 'italic'],
    metrics: 'sourceSerif4',
    localFallbacks: [
      // Windows and macOS.
      {
        name: 'Times New Roman',
        metrics: 'timesNewRoman',
        local: {
          regular: ['Times New Roman', 'TimesNewRomanPSMT'],
          bold: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT'],
          italic: ['Times New Roman Italic', 'TimesNewRomanPS-ItalicMT'],
        },
      },
      // Linux: Liberation Serif has the metrics of Times New Roman (as Tinos, its Google twin).
      {
        name: 'Liberation Serif',
        metrics: 'tinos',
        local: {
          regular: ['Liberation Serif', 'LiberationSerif'],
          bold: ['Liberation Serif Bold', 'LiberationSerif-Bold'],
          italic: ['Liberation Serif Italic', 'LiberationSerif-Italic'],
        },
      },
      // Android and ChromeOS.
      {
        name: 'Noto Serif',
        metrics: 'notoSerif',
        local: {
          regular: ['Noto Serif', 'NotoSerif-Regular', 'NotoSerif'],
          bold: ['Noto Serif Bold', 'NotoSerif-Bold'],
          italic: ['Noto Serif Italic', 'NotoSerif-Italic'],
        },
      },
    ],
    generic: ['Georgia', 'serif'],
  },
  {
    role: 'ui',
    family: 'Source Sans 3',
    pkg: '@fontsource-variable/source-sans-3',
    stem: 'source-sans-3',
    cssVariable: '--font-source-sans',
    styles: ['normal'],
    metrics: 'sourceSans3',
    localFallbacks: [
      {
        name: 'Arial',
        metrics: 'arial',
        local: { regular: ['Arial', 'ArialMT'], bold: ['Arial Bold', 'Arial-BoldMT'] },
      },
      // Linux: Liberation Sans has the metrics of Arial (as Arimo).
      {
        name: 'Liberation Sans',
        metrics: 'arimo',
        local: {
          regular: ['Liberation Sans', 'LiberationSans'],
          bold: ['Liberation Sans Bold', 'LiberationSans-Bold'],
        },
      },
      {
        name: 'Roboto',
        metrics: 'roboto',
        local: { regular: ['Roboto', 'Roboto-Regular'], bold: ['Roboto Bold', 'Roboto-Bold'] },
      },
    ],
    generic: ['system-ui', 'sans-serif'],
  },
];

/**
 * Characters of the core subsets: printable ASCII, no-break space, and the punctuation and
 * signs the site's text uses (dashes, curly quotes, ellipsis, middle dot, multiplication and
 * minus signs, primes, bullets, section and degree signs, guillemets for breadcrumbs).
 */
export const CORE_CHARACTERS: string =
  Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCodePoint(0x20 + i)).join('') +
  '\u00a0\u00a7\u00b0\u00b7\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2032\u2033\u2039\u203a\u2212';

/**
 * Characters that render in the reader's system fonts by design, as [first, last, why] code
 * point ranges: Arabic script (tokens.css picks system Arabic faces for `lang="ar"`), and the
 * arrows, mathematical signs and key symbols used as symbols (neither package has them).
 */
export const SYSTEM_FALLBACK: readonly (readonly [number, number, string])[] = [
  [0x0600, 0x06ff, 'Arabic'],
  [0x0750, 0x077f, 'Arabic Supplement'],
  [0x08a0, 0x08ff, 'Arabic Extended-A'],
  [0xfb50, 0xfdff, 'Arabic Presentation Forms-A'],
  [0xfe70, 0xfeff, 'Arabic Presentation Forms-B'],
  [0x200c, 0x200f, 'joiners and direction marks'],
  [0x2190, 0x21ff, 'Arrows'],
  [0x2200, 0x22ff, 'Mathematical Operators'],
  [0x2300, 0x23ff, 'Miscellaneous Technical (key symbols such as ⌘)'],
  [0x25a0, 0x25ff, 'Geometric Shapes (the network player\'s ◀ ▶ step buttons)'],
];

/** Parses a CSS unicode-range value ("U+0000-00FF,U+0131") into [first, last] code point pairs. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part);
      if (!m) throw new Error(`Not a unicode-range part: "${part}" (expected U+XXXX or U+XXXX-YYYY)`);
      const first = parseInt(m[1]!, 16);
      return [first, m[2] ? parseInt(m[2], 16) : first];
    });
}

/** Formats code points as a CSS unicode-range value, merging consecutive ones into runs. */
export function toUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return runs.join(',');
}

/** The core subset's unicode-range. */
export const CORE_RANGE: string = toUnicodeRange([...CORE_CHARACTERS].map((c) => c.codePointAt(0)!));

/** Name of the generated fallback family standing in for `face` with `local` (e.g. "Source Serif 4 fallback: Arial"). */
export function fallbackFamily(face: Face, local: LocalFallback): string {
  return `${face.family} fallback: ${local.name}`;
}

/** Custom property holding a face's fallback stack (matched local fonts, then `generic`). */
export function fallbackVariable(face: Face): `--${string}` {
  return `${face.cssVariable}-fallbacks`;
}

/** File name of a face's core subset in this folder, e.g. `source-serif-4-core-normal.woff2`. */
export function coreFile(face: Face, style: 'normal' | 'italic'): string {
  return `${face.stem}-core-${style}.woff2`;
}

/** Path (package import) of a face's file for a fontsource subset, e.g. `latin-ext`. */
export function packageFile(face: Face, subset: 'latin' | 'latin-ext', style: 'normal' | 'italic'): string {
  return `${face.pkg}/files/${face.stem}-${subset}-wght-${style}.woff2`;
}

/** A local-provider variant for Astro's font API: its files, weight, style and unicode-range. */
export interface FontVariant {
  src: [string];
  weight: string;
  style: 'normal' | 'italic';
  unicodeRange: [string];
}

/**
 * The variants of a face for Astro's local font provider, given the fontsource unicode-ranges
 * (`unicode.json` of its package): per style, latin, latin-ext, then core last, because where
 * ranges overlap browsers try the face declared last first, so core wins for its characters and
 * the larger files are fetched only for characters outside it. All declare the weights 400–700:
 * rules differing only in unicode-range form one composite face, which is what makes browsers
 * choose between them by character (with different weights, Chromium fetched the whole latin
 * italic file for a word in italics).
 */
export function faceVariants(
  face: Face,
  ranges: { latin: string; 'latin-ext': string },
  coreDir: string,
): [FontVariant, ...FontVariant[]] {
  const weight = `${CORE_WEIGHTS.min} ${CORE_WEIGHTS.max}`;
  const [first, ...rest] = face.styles.flatMap((style): FontVariant[] => [
    { src: [packageFile(face, 'latin', style)], weight, style, unicodeRange: [ranges.latin] },
    { src: [packageFile(face, 'latin-ext', style)], weight, style, unicodeRange: [ranges['latin-ext']] },
    { src: [`${coreDir.replace(/\/?$/, '/')}${coreFile(face, style)}`], weight, style, unicodeRange: [CORE_RANGE] },
  ]);
  if (!first) throw new Error(`${face.family} has no styles: list at least one in FACES (src/styles/fonts/fonts.ts)`);
  return [first, ...rest];
}

/** Index of a face's core subset for `style` among its variants (and in Astro's `fontData`). */
export function coreIndex(face: Face, style: 'normal' | 'italic'): number {
  const i = face.styles.indexOf(style);
  if (i < 0) throw new Error(`${face.family} has no ${style} style (styles: ${face.styles.join(', ')})`);
  return i * 3 + 2;
}

/**
 * Characters of `text` that no face file covers and that are not expected to fall back to system
 * fonts (SYSTEM_FALLBACK), each once, in order of appearance; `covered` is the union of the
 * faces' ranges. Whitespace controls are ignored.
 */
export function uncoveredCharacters(text: string, covered: readonly [number, number][]): string[] {
  const inRanges = (cp: number, ranges: readonly (readonly [number, number, ...unknown[]])[]) =>
    ranges.some(([a, b]) => cp >= a && cp <= b);
  const seen = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || seen.has(ch)) continue;
    if (!inRanges(cp, covered) && !inRanges(cp, SYSTEM_FALLBACK)) seen.add(ch);
  }
  return [...seen];
}
