/**
 * The sitemap (sitemaps.org 0.9) and robots.txt: which HTML pages the site has, as absolute
 * URLs. Pure: pages are derived from the chronology plus a fixed list of static pages.
 */
import type { Chronology } from '../chronology/types';
import { routes, withBase } from '../routes';
import { escapeXml } from '../text';

/**
 * The pages that do not come from the chronology, in navigation order, relative to the base
 * path (sitePaths adds it). Not listed: /search/
 * (marked noindex; it has no content of its own) and the 404 page.
 */
export const STATIC_PAGES = [
  '/',
  '/events/',
  '/chronology/',
  '/network/',
  '/relations/',
  '/groups/',
  '/sources/',
  '/people/',
  '/places/',
  '/data/',
  '/method/',
  '/corrections/',
] as const;

/**
 * Every HTML page of the site as a path (base included): static pages, then events, groups,
 * sources, people, places, and the pair pages of the relationship layer (`pairs`: "a--b" keys).
 */
export function sitePaths(chronology: Chronology, pairs: readonly string[] = []): string[] {
  return [
    ...STATIC_PAGES.map((page) => withBase(page)),
    ...chronology.events.map((e) => routes.event(e.id)),
    ...chronology.groups.map((g) => routes.group(g.id)),
    ...chronology.sources.map((s) => routes.source(s.id)),
    ...chronology.people.map((p) => routes.person(p.id)),
    ...chronology.places.map((p) => routes.place(p.id)),
    ...pairs.map((key) => {
      const [a, b] = key.split('--') as [string, string];
      return routes.pair(a, b);
    }),
  ];
}

/** `sitemap.xml` listing the given paths as absolute URLs on `site` (deduplicated, in order). */
export function sitemapXml(paths: readonly string[], site: string | URL): string {
  const urls = [...new Set(paths.map((p) => new URL(p, site).href))];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * `robots.txt`: everything may be crawled; points to the sitemap. Crawlers read it only at the
 * root of a host, so under a base path it is a ready-made file for whoever owns the root.
 */
export function robotsTxt(site: string | URL): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(routes.asset('sitemap.xml'), site).href}`, ''].join('\n');
}
