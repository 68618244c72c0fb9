/**
 * Writes the core font subsets into src/styles/fonts/ (committed; see fonts.ts): for each face and
 * style, the package's latin file cut to CORE_CHARACTERS with the weight axis limited to
 * CORE_WEIGHTS, as WOFF2. Deterministic: the same packages give byte-identical files, which
 * tests/unit/fonts.test.ts checks. Run after changing CORE_CHARACTERS or upgrading a font package:
 *   npm run fonts          (node scripts/subset-fonts.mjs [--check])
 * --check writes nothing and exits 1 when a committed file differs from what would be written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { CORE_CHARACTERS, CORE_WEIGHTS, FACES, coreFile, packageFile } from '../src/styles/fonts/fonts.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src', 'styles', 'fonts');
const require = createRequire(join(ROOT, 'package.json'));

/** The core subsets as [file name, bytes]. */
export async function buildCoreSubsets() {
  const files = [];
  for (const face of FACES) {
    for (const style of face.styles) {
      const source = readFileSync(require.resolve(packageFile(face, 'latin', style)));
      const bytes = await subsetFont(source, CORE_CHARACTERS, {
        targetFormat: 'woff2',
        variationAxes: { wght: { min: CORE_WEIGHTS.min, max: CORE_WEIGHTS.max } },
      });
      files.push([coreFile(face, style), bytes]);
    }
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, bytes] of await buildCoreSubsets()) {
    const path = join(OUT, name);
    let current;
    try {
      current = readFileSync(path);
    } catch {
      current = undefined;
    }
    const same = current !== undefined && Buffer.compare(current, bytes) === 0;
    if (check) {
      if (!same) {
        stale++;
        console.error(`subset-fonts: ${name} is out of date: run \`npm run fonts\` and commit it`);
      }
    } else {
      if (!same) writeFileSync(path, bytes);
      console.log(`subset-fonts: ${name} ${(bytes.length / 1024).toFixed(1)} KiB${same ? ' (unchanged)' : ''}`);
    }
  }
  if (stale > 0) process.exit(1);
}
