/** Content problems: one per file and field, with what is wrong and how to fix it. */

/** A single content problem (an error, or a warning when reported as one). */
export interface Problem {
  /** Path of the content file, relative to the project (e.g. `content/sources/dw.mdx`); empty for the whole folder. */
  file: string;
  /** 1-based line in the file where the field is, when known. */
  line?: number;
  /** Field path inside the file (e.g. `claims[2].quote`, or an event key in events.yaml); empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, in one sentence: `what is wrong: the fix`. */
  message: string;
}

/** One line per problem: `file:line: field: message` (line and field only when known). */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}` : '';
  return [where, p.field, p.message].filter(Boolean).join(': ');
}

/** The report's heading and one indented line per problem; `kind` names them ("problem", "warning"). */
export function formatProblems(problems: readonly Problem[], kind = 'problem'): string {
  const n = problems.length;
  return (
    `The chronology content has ${n} ${kind}${n === 1 ? '' : 's'}:\n` +
    problems.map((p) => `  - ${formatProblem(p)}`).join('\n')
  );
}

/** Thrown when content is invalid; the message lists every problem, so one build shows them all. */
export class CorpusError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
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

/** Reads a field path back: `claims[2].quote` → ['claims', 2, 'quote'] (inverse of `formatPath` for plain keys). */
export function parsePath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}
