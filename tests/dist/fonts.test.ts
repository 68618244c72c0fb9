/**
 * Fonts over the built site: every page preloads exactly the two core subsets (files that exist,
 * served by the site), every @font-face swaps, and no page's text needs a character outside the
 * faces' files except where system fonts stand in by design (Arabic script, arrows, maths).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { coreFile, FACES, parseUnicodeRange, uncoveredCharacters } from '../../src/styles/fonts/fonts';
import { BASE, DIST, readSite, type Page } from './dist';

const require = createRequire(import.meta.url);
let pages: Page[];
beforeAll(() => {
  pages = readSite();
});

/** The page's text as a reader sees it: text nodes outside script, style and template. */
function visibleText(html: string): string {
  const out: string[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') out.push((child as T.TextNode).value);
      else if ('tagName' in child && !['script', 'style', 'template', 'noscript'].includes(child.tagName)) walk(child);
    }
  };
  walk(parse(html));
  return out.join(' ');
}

const preloads = (page: Page) =>
  [...page.html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)].map((m) => m[0]).filter((tag) => /\bas="font"/.test(tag));

describe('fonts in the built pages', () => {
  it('every page preloads exactly the upright core subsets (crossorigin, woff2), served from <base>_astro/fonts/; embeds preload none', () => {
    const core = FACES.map((face) => readFileSync(join(import.meta.dirname, '../../src/styles/fonts', coreFile(face, 'normal'))));
    const problems: string[] = [];
    const fontPath = new RegExp(`^${BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_astro/fonts/[\\w-]+\\.woff2$`);
    for (const page of pages) {
      const tags = preloads(page);
      // Embeds use the system faces: their sandboxed frames have an opaque origin, and fonts load
      // only with CORS (src/layouts/Embed.astro).
      if (page.file.startsWith('embed/')) {
        if (tags.length > 0) problems.push(`${page.file}: an embed preloads ${tags.length} font(s)`);
        continue;
      }
      const files = tags.map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '');
      for (const tag of tags) {
        if (!/\bcrossorigin\b/.test(tag) || !/type="font\/woff2"/.test(tag)) problems.push(`${page.file}: ${tag}`);
      }
      const bytes = files.map((href) => (fontPath.test(href) && existsSync(join(DIST, href.slice(BASE.length))) ? readFileSync(join(DIST, href.slice(BASE.length))) : null));
      // Byte for byte the committed core files, one per face: not the larger latin files.
      const matched = core.map((c) => bytes.filter((b) => b !== null && Buffer.compare(b, c) === 0).length);
      if (tags.length !== FACES.length || matched.some((n) => n !== 1)) problems.push(`${page.file}: preloads ${files.join(', ') || 'none'}`);
    }
    expect(problems).toEqual([]);
  });

  it('every @font-face with a font file swaps (font-display: swap)', () => {
    const faces = pages.flatMap((p) => p.styles.flatMap((css) => css.match(/@font-face\{[^}]*\}/g) ?? []));
    const withFiles = faces.filter((f) => /url\(/.test(f));
    expect(withFiles.length).toBeGreaterThan(0);
    expect(withFiles.filter((f) => !/font-display:swap/.test(f))).toEqual([]);
  });

  it("no page's text needs a character the faces lack, except those system fonts stand in for", () => {
    const { latin, 'latin-ext': ext } = require(`${FACES[0]!.pkg}/unicode.json`) as Record<string, string>;
    const covered = parseUnicodeRange(`${latin},${ext}`);
    const found = new Map<string, string>();
    for (const page of pages) {
      for (const ch of uncoveredCharacters(visibleText(page.html), covered)) if (!found.has(ch)) found.set(ch, page.file);
    }
    const report = [...found].map(([ch, file]) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} "${ch}" (${file})`);
    expect(report, 'add a range to SYSTEM_FALLBACK or a subset to the faces in src/styles/fonts/fonts.ts').toEqual([]);
  });

});
