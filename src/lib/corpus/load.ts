/**
 * Loads a content folder from disk without Astro (for tests, fixtures and benchmarks),
 * applying the same parser, schemas and checks as the site build (`checkContent`).
 */
import { deriveChronology } from '../chronology/derive';
import { CorpusError } from '../chronology/problems';
import type { Chronology, Corpus } from '../chronology/types';
import { checkContent, type CheckOptions } from './check';

/**
 * Reads and checks a content folder; throws a `CorpusError` listing every problem (warnings
 * are not thrown: `checkContent` returns them). `root` makes file names in messages relative.
 */
export function loadCorpus(dir: string, root = process.cwd(), options: Omit<CheckOptions, 'root'> = {}): Corpus {
  const report = checkContent(dir, { ...options, root });
  if (report.problems.length > 0 || !report.corpus) throw new CorpusError(report.problems);
  return report.corpus;
}

/** Loads and derives in one step. */
export function loadChronology(
  dir: string,
  root = process.cwd(),
  options: Omit<CheckOptions, 'root'> = {},
): Chronology {
  return deriveChronology(loadCorpus(dir, root, options));
}
