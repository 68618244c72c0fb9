/** /charts/chronology.png: the default view at print size (2008 px wide: 170 mm at 300 dpi). */
import type { APIRoute } from 'astro';
import { defaultViewSvg, snapshotPng } from '../../charts/chronology/export/static';
import { getChronology } from '../../data/chronology';
import { pngResponse } from '../../lib/og/png';

export const GET: APIRoute = async ({ site }) => {
  const { svg, width, height } = defaultViewSvg(await getChronology(), site ?? new URL('https://example.invalid/'));
  return pngResponse(await snapshotPng(svg, width, height));
};
