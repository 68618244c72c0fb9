/**
 * Writes src/styles/palette.css from src/styles/palette.ts (the site's one palette). Run after
 * editing the palette: `npm run gen:palette`; tests/unit/palette.test.ts fails while they differ.
 */
import { writeFileSync } from 'node:fs';
import { paletteCss } from '../src/styles/palette.ts';

const target = new URL('../src/styles/palette.css', import.meta.url);
writeFileSync(target, paletteCss());
console.log(`wrote ${target.pathname}`);
