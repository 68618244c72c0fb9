/** /charts/chronology.png: the default view at print size (2008 px wide: 170 mm at 300 dpi). */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { defaultViewSvg, snapshotPng } from '../../charts/chronology/export/static';
import { getChronology } from '../../data/chronology';
import { cacheKey, cachedBytes } from '../../lib/build-cache';
import { pngResponse } from '../../lib/og/png';

export const GET: APIRoute = async ({ site }) => {
  const { svg, width, height } = defaultViewSvg(await getChronology(), site!);
  // Rasterising the whole chronology at print size takes seconds: cached by the SVG it draws.
  const png = await cachedBytes('chart-snapshot', cacheKey(svg, width, height, sharp.versions), () => snapshotPng(svg, width, height));
  return pngResponse(png);
};
