/**
 * Downloads of the network at the shown date (loaded on demand): the standalone SVG (light
 * colours on white, title, date, key, sources and a link back to this view) or a PNG of it at
 * print size (170 mm at 300 dpi), drawn through an image and a canvas.
 */
import { PRINT_WIDTH_PX, pngWithDensity } from '../export/print';
import { exportNetwork } from '../export/standalone';
import { SITE } from '../../../lib/site';
import { absoluteUrl, routes } from '../../../lib/routes';
import type { NetworkController } from './controller';

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Rasterises an SVG document at a pixel width (the SVG needs nothing outside itself). */
async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  // A data: URL, which the page's Content-Security-Policy allows for images (blob: it does not).
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Saves the network at the current date as SVG or PNG. */
export async function download(c: NetworkController, kind: 'svg' | 'png'): Promise<void> {
  const url = new URL(location.href);
  url.search = `?at=${c.state.at}${c.state.rollUp ? '&units=rolled-up' : ''}`;
  const { svg, width, height } = exportNetwork(
    c.data,
    { ...c.state, group: null, period: null },
    {
      title: c.root.dataset.title ?? 'Alliance network',
      viewUrl: url.href,
      siteName: SITE.name,
      siteUrl: absoluteUrl(routes.home(), location.origin),
    },
  );
  const name = `network-${c.state.at}`;
  if (kind === 'svg') return save(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
  const w = PRINT_WIDTH_PX;
  const h = Math.round((height * w) / width);
  const png = await rasterise(svg, w, h);
  save(
    new Blob([pngWithDensity(new Uint8Array(await png.arrayBuffer()), 300) as BlobPart], { type: 'image/png' }),
    `${name}.png`,
  );
}
