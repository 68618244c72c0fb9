/**
 * Checks over the built site (run after `npm run build`; see vitest.dist.config.ts): links and
 * fragments resolve, every page has its own title, description and canonical URL, nothing is
 * loaded from another origin, the HTML validates, and sitemap, JSON-LD and search index agree
 * with the pages. Failures list every offending file at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { cssUrls, DIST, fileFor, readSite, SITE, type Page } from './dist';

/**
 * Rules .htmlvalidate.json changes from `html-validate:recommended`, each with its reason. The
 * test below fails if the config overrides a rule not listed here, so none is switched off
 * silently.
 */
const DOCUMENTED_OVERRIDES: Record<string, string> = {
  'valid-id':
    'relaxed: Astro/MDX heading ids come from github-slugger, so a heading starting with a year ("2013: a merger…") ' +
    'gets an id starting with a digit. HTML5 allows that; the strict mode only adds a must-start-with-a-letter style ' +
    'preference (for unescaped CSS selectors). Relaxed mode still rejects empty ids and ids with whitespace.',
};

let pages: Page[];
let byFile: Map<string, Page>;

beforeAll(() => {
  pages = readSite();
  byFile = new Map(pages.map((p) => [p.file, p]));
});

/** Absolute URL of a reference on a page, or null for schemes that are not fetched or linked (mailto:). */
function resolveRef(url: string, page: Page): URL | null {
  if (/^(mailto|tel|sms):/i.test(url)) return null;
  try {
    return new URL(url, new URL(page.path, SITE));
  } catch {
    return null;
  }
}

const isInternal = (u: URL) => u.origin === SITE.origin;
/** A page kept out of search engines (robots noindex), e.g. an embed view of another page. */
const isDuplicate = (p: Page) => p.robots.some((r) => r.includes('noindex'));
const where = (page: Page, line: number) => `${page.file}:${line}`;

/** A fragment that needs no element: empty and "top" scroll to the top; text fragments are not ids. */
const needsNoTarget = (fragment: string) => fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:');

describe('links and fragments', () => {
  it('every internal href/src resolves to a file in dist (trailing slash, index.html)', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const ref of page.references) {
        if (/^javascript:/i.test(ref.url)) {
          broken.push(`${where(page, ref.line)} ${ref.where}="${ref.url}": javascript: URLs are blocked by the CSP`);
          continue;
        }
        // og:url names the page (checked against the canonical below); it is not fetched.
        if (ref.where === 'meta[og:url]' || ref.url.startsWith('#')) continue;
        const u = resolveRef(ref.url, page);
        if (!u || !isInternal(u) || u.protocol === 'data:') continue;
        const target = fileFor(u.pathname);
        if ('error' in target) broken.push(`${where(page, ref.line)} ${ref.where}="${ref.url}": ${target.error}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every fragment (#id, /page/#id) names an element of its target page', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const ref of page.references) {
        if (!ref.url.includes('#') || ref.where === 'meta[og:url]') continue;
        // "#id" is always this document (even on 404.html, which is served at any missing path).
        if (ref.url.startsWith('#')) {
          const fragment = decodeURIComponent(ref.url.slice(1));
          if (!needsNoTarget(fragment) && !page.ids.has(fragment)) broken.push(`${where(page, ref.line)} ${ref.where}="${ref.url}": no id="${fragment}" on the page`);
          continue;
        }
        const u = resolveRef(ref.url, page);
        if (!u || !isInternal(u)) continue;
        const fragment = decodeURIComponent(u.hash.slice(1));
        if (needsNoTarget(fragment)) continue;
        const target = fileFor(u.pathname);
        if ('error' in target || !target.file.endsWith('.html')) continue; // reported above / not HTML
        const targetPage = byFile.get(target.file.slice(DIST.length + 1).split('\\').join('/'));
        if (targetPage && !targetPage.ids.has(fragment)) {
          broken.push(`${where(page, ref.line)} ${ref.where}="${ref.url}": no id="${fragment}" in ${targetPage.file}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('stylesheets reference only files that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const sheets = page.references.filter((r) => r.where === 'link[rel=stylesheet]');
      const css = [
        ...page.styles.map((text) => ({ from: page.file, text, base: new URL(page.path, SITE) })),
        ...sheets.flatMap((r) => {
          const u = resolveRef(r.url, page);
          const target = u && isInternal(u) ? fileFor(u.pathname) : undefined;
          return target && 'file' in target ? [{ from: u!.pathname, text: readFileSync(target.file, 'utf8'), base: u! }] : [];
        }),
      ];
      for (const { from, text, base } of css) {
        for (const url of cssUrls(text)) {
          if (url.startsWith('data:') || url.startsWith('#')) continue;
          const u = new URL(url, base);
          if (isInternal(u) && 'error' in fileFor(u.pathname)) broken.push(`${from}: url(${url}) does not exist`);
        }
      }
    }
    expect([...new Set(broken)]).toEqual([]);
  });
});

describe('copy', () => {
  it('no page closes a sentence twice ("?." or "!." after a title ending in its own mark)', () => {
    const bad: string[] = [];
    for (const page of pages) {
      const text = page.html
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, '');
      for (const m of text.matchAll(/.{0,40}[?!]\.(?=\s|$)/g)) bad.push(`${page.file}: …${m[0]}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('no third-party requests', () => {
  it('scripts, styles, images, frames, fonts and share images are all served by the site', () => {
    const offending: string[] = [];
    for (const page of pages) {
      for (const ref of page.references) {
        const u = resolveRef(ref.url, page);
        if (!u || u.protocol === 'data:' || isInternal(u)) continue;
        // Links to the cited articles (<a href>, blockquote cite) are fine: they load nothing.
        if (ref.fetched || ref.where.startsWith('form[') || ref.where.startsWith('meta[')) {
          offending.push(`${where(page, ref.line)} ${ref.where}="${ref.url}"`);
        }
      }
      const sheets = page.references.filter((r) => r.where === 'link[rel=stylesheet]');
      const cssTexts = [
        ...page.styles,
        ...sheets.flatMap((r) => {
          const u = resolveRef(r.url, page);
          const target = u && isInternal(u) ? fileFor(u.pathname) : undefined;
          return target && 'file' in target ? [readFileSync(target.file, 'utf8')] : [];
        }),
      ];
      for (const text of cssTexts) {
        for (const url of cssUrls(text)) {
          if (/^(https?:)?\/\//i.test(url) && new URL(url, SITE).origin !== SITE.origin) offending.push(`${page.file}: CSS url(${url})`);
        }
      }
    }
    expect([...new Set(offending)]).toEqual([]);
  });
});

describe('head metadata', () => {
  it('every page has exactly one non-empty <title>, unique across pages', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const page of pages) {
      if (page.titles.length !== 1) problems.push(`${page.file}: ${page.titles.length} <title> elements`);
      const title = page.titles[0] ?? '';
      if (!title) problems.push(`${page.file}: empty <title>`);
      else if (seen.has(title)) problems.push(`${page.file}: same <title> as ${seen.get(title)}: "${title}"`);
      else seen.set(title, page.file);
    }
    expect(problems).toEqual([]);
  });

  it('every page has one non-empty meta description', () => {
    const problems = pages.flatMap((p) =>
      p.descriptions.length !== 1
        ? [`${p.file}: ${p.descriptions.length} meta descriptions`]
        : p.descriptions[0] === ''
          ? [`${p.file}: empty meta description`]
          : [],
    );
    expect(problems).toEqual([]);
  });

  it('every page has one canonical link, the absolute URL of its own path (og:url agrees)', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const expected = new URL(page.path, SITE).href;
      const canonical = page.canonicals[0] ?? '';
      if (page.canonicals.length !== 1) problems.push(`${page.file}: ${page.canonicals.length} canonical links`);
      else if (canonical !== expected && isDuplicate(page)) {
        // A deliberate duplicate (noindex, e.g. an embed view) may name the page it copies.
        const target = canonical.startsWith(SITE.origin) ? fileFor(new URL(canonical).pathname) : { error: 'not on the site' };
        if ('error' in target || !target.file.endsWith('.html')) problems.push(`${page.file}: noindex page's canonical "${canonical}" is not a page of the site`);
      } else if (canonical !== expected) problems.push(`${page.file}: canonical "${canonical}", expected "${expected}"`);
      const ogUrl = page.references.find((r) => r.where === 'meta[og:url]');
      if (ogUrl && ogUrl.url !== canonical) problems.push(`${page.file}: og:url "${ogUrl.url}" differs from the canonical URL`);
    }
    expect(problems).toEqual([]);
  });

  it('JSON-LD blocks parse and use schema.org', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const block of page.jsonLd) {
        try {
          const value = JSON.parse(block) as unknown;
          const nodes = Array.isArray(value) ? value : [value];
          for (const node of nodes as { '@context'?: string }[]) {
            if (node['@context'] !== 'https://schema.org') problems.push(`${page.file}: JSON-LD without "@context": "https://schema.org"`);
          }
        } catch (e) {
          problems.push(`${page.file}: JSON-LD does not parse: ${(e as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('HTML validation (html-validate)', () => {
  const configData = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;

  it('overrides of the preset are all documented', () => {
    expect(Object.keys(configData.rules ?? {}).sort()).toEqual(Object.keys(DOCUMENTED_OVERRIDES).sort());
  });

  it('every page validates', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(configData));
    const messages: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) messages.push(`${page.file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    expect(messages).toEqual([]);
  });
});

describe('sitemap, robots.txt and search index', () => {
  const indexable = (p: Page) => p.file !== '404.html' && !isDuplicate(p);

  it('the sitemap lists exactly the indexable HTML pages, as absolute URLs on the site', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const problems: string[] = [];
    const listed = new Set<string>();
    for (const loc of locs) {
      const u = new URL(loc);
      if (u.origin !== SITE.origin) problems.push(`sitemap: ${loc} is not on ${SITE.origin}`);
      const target = fileFor(u.pathname);
      if ('error' in target) problems.push(`sitemap: ${loc}: ${target.error}`);
      else listed.add(target.file.slice(DIST.length + 1).split('\\').join('/'));
    }
    for (const page of pages) {
      if (indexable(page) && !listed.has(page.file)) problems.push(`sitemap: ${page.path} (${page.file}) is missing`);
      if (!indexable(page) && listed.has(page.file)) problems.push(`sitemap: ${page.path} is listed but not indexable`);
    }
    expect(problems).toEqual([]);
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', SITE).href}`);
  });

  it('the search index holds exactly the pages marked data-pagefind-body', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js')), 'dist/pagefind/: run scripts/build-search.mjs after astro build').toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const marked = pages.filter((p) => p.html.includes('data-pagefind-body'));
    expect(marked.length, 'no page is marked data-pagefind-body').toBeGreaterThan(0);
    expect(indexed).toBe(marked.length);
  });
});
