/** `/sitemap.xml`: every HTML page (static pages, events, groups, sources, people, places, pairs) as absolute URLs. */
import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology';
import { getRelations } from '../data/relations';
import { pairsOf } from '../lib/relations/query';
import { sitemapXml, sitePaths } from '../lib/seo/sitemap';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs to write absolute URLs');
  return new Response(sitemapXml(sitePaths(await getChronology(), pairsOf(await getRelations())), site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
