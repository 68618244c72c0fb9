import { describe, expect, it } from 'vitest';
import { defaultViewSvg, MAX_RASTER_SIDE, snapshotPng } from '../../../src/charts/chronology/export/static';
import { loadChronology } from '../../../src/lib/corpus/load';

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('snapshotPng', () => {
  it('rasterises at print width', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="400"><rect width="960" height="400" fill="#fff"/></svg>';
    expect(size(await snapshotPng(svg, 960, 400))).toEqual({ width: 2008, height: 837 });
  });

  it('scales a chart taller than the rasteriser allows to fit it', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="60000"><rect width="960" height="60000" fill="#fff"/></svg>';
    const { width, height } = size(await snapshotPng(svg, 960, 60000));
    expect(height).toBeLessThanOrEqual(MAX_RASTER_SIDE);
    expect(width).toBe(512);
  });

  it('snapshots the default view of the chronology, linking back to /chronology/', () => {
    const { svg, width } = defaultViewSvg(loadChronology('content'), new URL('https://site.example/'));
    expect(width).toBe(680);
    expect(svg).toContain('https://site.example/chronology/');
    expect(svg).toContain('Filters: none');
  });
});
