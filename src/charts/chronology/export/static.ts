/**
 * Build-time snapshots of the chart's default view (whole period, no filters), for readers who
 * cannot run JavaScript and for reports: the same standalone SVG the browser exports, and a
 * print-size PNG of it (rasterised with sharp).
 */
import sharp from 'sharp';
import type { Chronology } from '../../../lib/chronology/types';
import { routes, absoluteUrl } from '../../../lib/routes';
import { SITE } from '../../../lib/site';
import { toChartData } from '../data';
import { scopeChart } from '../scope';
import { DEFAULT_STATE } from '../state';
import { exportView, PRINT_WIDTH_PX } from './svg';

/** Title of the snapshot (the /chronology/ chart's accessible name). */
export const SNAPSHOT_TITLE = 'Jihadist groups: alliances, splits, pledges and truces';

/** The default view of the chronology as a standalone SVG document. */
export function defaultViewSvg(chronology: Chronology, site: URL): { svg: string; width: number; height: number } {
  const chart = scopeChart(toChartData(chronology), { id: 'chronology', title: SNAPSHOT_TITLE });
  const { svg, width, height } = exportView(chart, DEFAULT_STATE, {
    siteName: SITE.name,
    siteUrl: absoluteUrl(routes.home(), site),
    viewUrl: absoluteUrl(routes.chronology(), site),
  });
  return { svg, width, height };
}

/** librsvg rasterises at most 32,767 px on a side; a taller chart is drawn smaller than print size. */
export const MAX_RASTER_SIDE = 32_000;

/**
 * The SVG rasterised at print size, 2008 px wide (170 mm at 300 dpi), its density recorded; a
 * chart so tall (thousands of stacked events) that this would pass the rasteriser's limit is
 * scaled to fit it instead.
 */
export async function snapshotPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const scale = Math.min(PRINT_WIDTH_PX / width, MAX_RASTER_SIDE / height);
  const png = await sharp(Buffer.from(svg), { density: 72 * scale })
    .resize({ width: Math.round(width * scale) })
    .withDensity(300)
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png);
}
