/**
 * Reads the built site for the dist tests: every HTML page parsed with parse5 (a spec-compliant
 * HTML parser), its URL path, ids, references and head metadata. No assertions here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

/** The built site: $DIST_DIR, else $ASTRO_OUT_DIR (as astro.config.mjs uses), else ./dist. */
export const DIST = resolve(process.env.DIST_DIR ?? process.env.ASTRO_OUT_DIR ?? 'dist');

/**
 * The address the site was built for (SITE_URL, base path included), read from the build itself:
 * the canonical link of its home page. So the checks need no environment of their own.
 */
export const SITE: URL = (() => {
  const home = join(DIST, 'index.html');
  if (!existsSync(home)) return new URL('http://localhost/');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  if (!canonical) throw new Error(`${home} has no canonical link: cannot tell which address the site was built for`);
  return new URL(canonical.replace(/&amp;/g, '&'));
})();

/** The base path the site was built for ("/" or "/org/project/"): every page and file is under it. */
export const BASE: string = SITE.pathname;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** One URL-bearing attribute on the page. */
export interface Reference {
  /** Element and attribute, e.g. `a[href]`, `script[src]`, `meta[og:image]`. */
  where: string;
  /** The raw attribute value (one URL; srcset candidates are split). */
  url: string;
  /** Whether loading the page fetches it (scripts, styles, images, fonts, frames…), as opposed to a link. */
  fetched: boolean;
  line: number;
}

/** A parsed page of the built site. */
export interface Page {
  /** Path inside dist/, with forward slashes ("events/x/index.html"). */
  file: string;
  /** The URL path the page is served at ("/events/x/", "/", "/404/"). */
  path: string;
  html: string;
  ids: Set<string>;
  titles: string[];
  descriptions: string[];
  canonicals: string[];
  robots: string[];
  /** Bodies of `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Bodies of inline `<style>` elements. */
  styles: string[];
  references: Reference[];
}

/** Files under a directory (recursive), skipping the Pagefind bundle. */
export function walk(dir: string, skip = new Set(['pagefind'])): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return skip.has(d.name) && dir === DIST ? [] : walk(path, skip);
    return [path];
  });
}

/** The URL path a dist file is served at (directory format; `404.html` as Astro names it, `/404/`). */
export function pathOf(file: string): string {
  const rel = file.split(sep).join('/');
  if (rel === 'index.html') return BASE;
  if (rel.endsWith('/index.html')) return `${BASE}${rel.slice(0, -'index.html'.length)}`;
  return `${BASE}${rel.replace(/\.html$/, '')}/`;
}

/**
 * The dist file a site path resolves to, honouring `trailingSlash: 'always'` and directory
 * index.html; or an explanation of why it cannot resolve.
 */
export function fileFor(pathname: string): { file: string } | { error: string } {
  if (!pathname.startsWith(BASE)) return { error: `outside the base path ${BASE}` };
  let decoded: string;
  try {
    decoded = `/${decodeURIComponent(pathname.slice(BASE.length))}`;
  } catch {
    return { error: 'malformed percent-encoding' };
  }
  if (decoded.endsWith('/')) {
    const file = join(DIST, decoded, 'index.html');
    return existsSync(file) ? { file } : { error: `no ${relative(DIST, file)} in dist` };
  }
  const last = decoded.slice(decoded.lastIndexOf('/') + 1);
  if (!last.includes('.')) {
    const hint = existsSync(join(DIST, decoded, 'index.html')) ? ` (use ${decoded}/)` : '';
    return { error: `no trailing slash (trailingSlash: 'always')${hint}` };
  }
  const file = join(DIST, decoded);
  return existsSync(file) && statSync(file).isFile() ? { file } : { error: `no ${decoded.slice(1)} in dist` };
}

function attr(el: T.Element, name: string, ns?: string): string | undefined {
  return el.attrs.find((a) => a.name === name && (ns === undefined || a.namespace === ns || a.namespace === undefined))?.value;
}

function text(node: T.ParentNode): string {
  return node.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'childNodes' in c ? text(c) : '')).join('');
}

/** Every element, including those inside <template> content. */
function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
    if (child.tagName === 'template' && 'content' in child) yield* elements((child as T.Template).content);
  }
}

/** Which `<link rel>` values make the browser fetch the resource on load. */
const FETCHED_LINK_RELS = /\b(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|apple-touch-icon|manifest|mask-icon)\b/i;
/** Which `<meta>` carry URLs that clients (share cards) fetch. */
const META_URLS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:audio', 'og:video', 'twitter:image', 'og:url']);

/** Reads one page. */
export function readPage(absFile: string): Page {
  const html = readFileSync(absFile, 'utf8');
  const file = relative(DIST, absFile).split(sep).join('/');
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const page: Page = {
    file,
    path: pathOf(file),
    html,
    ids: new Set(),
    titles: [],
    descriptions: [],
    canonicals: [],
    robots: [],
    jsonLd: [],
    styles: [],
    references: [],
  };
  const add = (el: T.Element, name: string, url: string | undefined, fetched: boolean, label = `${el.tagName}[${name}]`) => {
    if (url === undefined) return;
    page.references.push({ where: label, url: url.trim(), fetched, line: el.sourceCodeLocation?.startLine ?? 0 });
  };
  for (const el of elements(doc)) {
    const id = attr(el, 'id');
    if (id !== undefined) page.ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) page.ids.add(attr(el, 'name')!);
    const svg = el.namespaceURI === SVG_NS;
    if (el.namespaceURI === HTML_NS) {
      switch (el.tagName) {
        case 'title':
          page.titles.push(text(el).trim());
          break;
        case 'meta': {
          const name = (attr(el, 'name') ?? '').toLowerCase();
          const property = (attr(el, 'property') ?? '').toLowerCase();
          if (name === 'description') page.descriptions.push((attr(el, 'content') ?? '').trim());
          if (name === 'robots') page.robots.push((attr(el, 'content') ?? '').toLowerCase());
          const key = property || name;
          if (META_URLS.has(key)) add(el, key, attr(el, 'content'), key !== 'og:url', `meta[${key}]`);
          break;
        }
        case 'link': {
          const rel = attr(el, 'rel') ?? '';
          if (/\bcanonical\b/i.test(rel)) page.canonicals.push(attr(el, 'href') ?? '');
          else add(el, 'href', attr(el, 'href'), FETCHED_LINK_RELS.test(rel), `link[rel=${rel}]`);
          break;
        }
        case 'script':
          if ((attr(el, 'type') ?? '').toLowerCase() === 'application/ld+json') page.jsonLd.push(text(el));
          add(el, 'src', attr(el, 'src'), true);
          break;
        case 'style':
          page.styles.push(text(el));
          break;
        case 'a':
        case 'area':
          add(el, 'href', attr(el, 'href'), false);
          break;
        case 'img':
        case 'source':
        case 'iframe':
        case 'video':
        case 'audio':
        case 'track':
        case 'embed':
          add(el, 'src', attr(el, 'src'), true);
          for (const candidate of (attr(el, 'srcset') ?? '').split(',')) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) add(el, 'srcset', url, true);
          }
          add(el, 'poster', attr(el, 'poster'), true);
          break;
        case 'input':
          if (attr(el, 'type') === 'image') add(el, 'src', attr(el, 'src'), true);
          break;
        case 'object':
          add(el, 'data', attr(el, 'data'), true);
          break;
        case 'form':
          add(el, 'action', attr(el, 'action'), false);
          break;
        case 'blockquote':
        case 'q':
        case 'del':
        case 'ins':
          add(el, 'cite', attr(el, 'cite'), false);
          break;
      }
    } else if (svg && (el.tagName === 'a' || el.tagName === 'use' || el.tagName === 'image' || el.tagName === 'feImage')) {
      const href = attr(el, 'href') ?? attr(el, 'href', XLINK_NS);
      add(el, 'href', href, el.tagName !== 'a', `svg ${el.tagName}[href]`);
    }
  }
  return page;
}

/** Every HTML page of the built site. */
export function readSite(): Page[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no index.html: run \`npm run build\` first`);
  return walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map(readPage);
}

/** `url(...)` and `@import` targets in CSS text. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) out.push((m[2] ?? m[4])!.trim());
  return out;
}
