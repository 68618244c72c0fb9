/** /charts/chronology.svg: the chart's default view as a standalone SVG (built like the browser's export). */
import type { APIRoute } from 'astro';
import { defaultViewSvg } from '../../charts/chronology/export/static';
import { getChronology } from '../../data/chronology';

export const GET: APIRoute = async ({ site }) =>
  new Response(defaultViewSvg(await getChronology(), site!).svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
