/**
 * Observable-Plot-style SVG snapshots: output is normalised (numbers rounded, one element per
 * line), written to tests/charts/output/<name>.svg on first run, and compared afterwards; a
 * mismatch writes <name>-changed.svg beside it for review and fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'output');

/** Rounds every decimal number to one place and breaks lines between elements. */
export function normaliseSvg(svg: string): string {
  return (
    svg
      .replace(/-?\d+\.\d+/g, (n) => {
        const v = Math.round(Number(n) * 10) / 10;
        return String(Object.is(v, -0) ? 0 : v);
      })
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}

/** Compares `svg` with the stored snapshot `name`; returns a message on mismatch, else null. */
export function checkSnapshot(name: string, svg: string): string | null {
  mkdirSync(OUTPUT, { recursive: true });
  const actual = normaliseSvg(svg);
  const expectedPath = join(OUTPUT, `${name}.svg`);
  const changedPath = join(OUTPUT, `${name}-changed.svg`);
  if (!existsSync(expectedPath)) {
    if (process.env.CI) return `missing snapshot ${expectedPath}: run the tests locally and commit it`;
    writeFileSync(expectedPath, actual);
    return null;
  }
  if (readFileSync(expectedPath, 'utf8') === actual) {
    rmSync(changedPath, { force: true });
    return null;
  }
  writeFileSync(changedPath, actual);
  return `snapshot ${name} changed: compare ${changedPath} with ${expectedPath}; if intended, replace it`;
}
