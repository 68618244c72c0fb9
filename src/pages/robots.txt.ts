/** `/robots.txt`: allows everything and points to the sitemap. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/sitemap';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs to give the sitemap URL');
  return new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
