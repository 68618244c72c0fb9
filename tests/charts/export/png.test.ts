import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngWithDensity } from '../../../src/charts/chronology/export/png';

describe('pngWithDensity', () => {
  it('records 300 dpi in a PNG that still decodes, replacing any earlier density', async () => {
    const png = new Uint8Array(await sharp({ create: { width: 4, height: 3, channels: 4, background: '#ffffff' } }).png().toBuffer());
    const out = pngWithDensity(pngWithDensity(png, 150), 300);
    const meta = await sharp(Buffer.from(out)).metadata();
    expect([meta.width, meta.height, Math.round(meta.density ?? 0)]).toEqual([4, 3, 300]);
    expect(Buffer.from(out).toString('latin1').split('pHYs')).toHaveLength(2);
    expect(Buffer.from(out.subarray(37, 41)).toString('latin1')).toBe('pHYs');
    expect(() => pngWithDensity(new Uint8Array(10), 300)).toThrow();
  });
});
