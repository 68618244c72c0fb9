/** Content problems: one per file and field, with what is wrong and how to fix it. */

/** A single content problem. */
export interface Problem {
  /** Path of the content file, relative to the project (e.g. `content/sources/dw.mdx`). */
  file: string;
  /** Dotted field path inside the file (e.g. `claims[2].quote`); empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
}

/** One line per problem: `file: field: message`. */
export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown when content is invalid; the message lists every problem, so one build shows them all. */
export class CorpusError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const n = problems.length;
    super(
      `The chronology content has ${n} problem${n === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CorpusError';
    this.problems = problems;
  }
}

/** Formats a path like ['claims', 2, 'quote'] as `claims[2].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
