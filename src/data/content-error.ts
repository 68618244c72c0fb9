/**
 * A `CorpusError` dressed for Astro's error display (terminal and dev overlay): its location is
 * the first problem's file and line, and it carries no stack trace, since the fault is in the
 * content, not in the code.
 */
import { resolve } from 'node:path';
import { CorpusError, type Problem } from '../lib/chronology/problems';

/** The error to throw from a content loader for `problems` (files relative to `root`). */
export function contentError(problems: Problem[], root: string): CorpusError {
  const error = new CorpusError(problems) as CorpusError & { loc?: { file: string; line: number; column: number } };
  const first = problems.find((p) => p.file);
  if (first) error.loc = { file: resolve(root, first.file), line: first.line ?? 1, column: 1 };
  error.stack = '';
  return error;
}
