/**
 * PNG helpers for the exports: the physical pixel density written into a PNG (so a 2008 px print
 * export is placed at 170 mm), shared by the browser's download and the build-time snapshot.
 */

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A PNG with its physical pixel density set (a pHYs chunk after IHDR, replacing any), so word
 * processors place a 2008 px print export at 170 mm instead of guessing from 96 dpi.
 */
export function pngWithDensity(png: Uint8Array, dpi: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = (at: number) => String.fromCharCode(...png.subarray(at + 4, at + 8));
  if (png.length < 33 || type(8) !== 'IHDR') throw new Error('not a PNG');
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const c = new DataView(chunk.buffer);
  c.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  c.setUint32(8, perMetre);
  c.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  c.setUint32(17, crc32(chunk.subarray(4, 17)));
  const parts: Uint8Array[] = [png.subarray(0, 33), chunk];
  for (let at = 33; at + 12 <= png.length;) {
    const end = at + 12 + view.getUint32(at);
    if (type(at) !== 'pHYs') parts.push(png.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
