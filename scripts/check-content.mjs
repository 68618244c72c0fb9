/**
 * `npm run check:content [folder]`: checks the whole content folder (default CHRONOLOGY_CONTENT
 * or ./content) exactly as the build does, without building the site, and prints every problem
 * and warning with the file, line, field and fix. Exits 1 when there are problems.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCheck } from '../src/integrations/content-check.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { runCheck } = await loadCheck(root);
const run = runCheck(root, process.argv[2] ? resolve(process.argv[2]) : undefined);
console.log(run.fullText);
process.exitCode = run.report.problems.length > 0 ? 1 : 0;
