/** SVG → PNG for share cards, at build time (sharp is a build-only dependency of these routes). */
import sharp from 'sharp';
import { renderCard, type CardInput } from './card';

/** The card as PNG bytes, 1200×630. */
export async function cardPng(input: CardInput): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(renderCard(input))).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png);
}

/** A PNG response. */
export function pngResponse(bytes: Uint8Array): Response {
  return new Response(bytes as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
