/** /oembed/chronology.json: oEmbed for /chronology/ (see src/lib/oembed.ts). */
import type { APIRoute } from 'astro';
import { chronologyEmbeddable, oembedJson } from '../../lib/oembed';

export const GET: APIRoute = ({ site }) =>
  new Response(oembedJson(chronologyEmbeddable(), site!), { headers: { 'Content-Type': 'application/json+oembed' } });
