/**
 * The content check as the build and `npm run check:content` run it: the content folder
 * (CHRONOLOGY_CONTENT or ./content) under a project root, checked once, with the report's
 * texts ready to print.
 */
import { resolve } from 'node:path';
import { formatProblems } from '../lib/chronology/problems';
import { checkContent, formatReport, formatWarnings, type ContentReport } from '../lib/corpus/check';
import { contentDir } from '../data/content-dir';

/** A finished check and its printable parts. */
export interface CheckRun {
  report: ContentReport;
  /** The errors, as the build prints them ("The chronology content has N problems: …"). */
  problemsText: string;
  /** The warnings as a short list (empty when none). */
  warningsText: string;
  /** Everything, as `npm run check:content` prints it. */
  fullText: string;
}

/** Checks the content folder of the project at `root` (a path); `dir` overrides the folder. */
export function runCheck(root: string, dir: string = contentDir): CheckRun {
  const started = performance.now();
  const report = checkContent(resolve(root, dir), { root });
  const ms = performance.now() - started;
  return {
    report,
    problemsText: report.problems.length > 0 ? formatProblems(report.problems) : '',
    warningsText: formatWarnings(report.warnings),
    fullText: formatReport(report, ms),
  };
}
