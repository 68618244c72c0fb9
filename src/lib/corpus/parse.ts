/**
 * Parsing content files into schema-checked entries, reporting problems as file + field +
 * fix. Used by the Astro loaders and by the Node loader that tests and benchmarks use, so both
 * paths reject the same content with the same messages.
 */
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { formatPath, type Problem } from '../chronology/problems';
import type { Entry } from '../chronology/types';

/** Result of parsing one file: entries, or the problems that stopped them. */
export interface Parsed<T> {
  entries: Entry<T>[];
  problems: Problem[];
}

/**
 * Parses YAML strictly (duplicate keys are errors), reporting syntax errors with their line.
 * YAML 1.1 rules match Astro's frontmatter parser, so an unquoted 2014-06-25 becomes a Date
 * here too and fails the schema the same way.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): { value?: unknown; problems: Problem[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, version: '1.1' });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const line = text.slice(0, e.pos[0]).split('\n').length + lineOffset;
        const where = `line ${line}`;
        const duplicate = /Map keys must be unique/.test(e.message);
        return {
          file,
          field: where,
          message: duplicate
            ? 'duplicate key: each id may appear once; rename or merge the two entries'
            : `YAML syntax error (${e.message.split('\n')[0]}): fix the indentation or quoting`,
        };
      }),
    };
  }
  return { value: doc.toJS(), problems: [] };
}

/** Splits `---` frontmatter from an MD/MDX body. */
export function splitFrontmatter(text: string, file: string): { yaml?: string; body: string; problems: Problem[] } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) {
    return {
      body: text,
      problems: [{ file, field: '', message: 'has no frontmatter: start the file with a --- block holding the record and claims' }],
    };
  }
  return { yaml: m[1]!, body: m[2]!, problems: [] };
}

/** Schema issues as problems naming the field and carrying the schema's fix. */
export function schemaProblems(file: string, error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const field = formatPath([...(prefix ? [prefix] : []), ...issue.path]);
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) {
      message = `is missing: add it (${message.replace(/^Invalid input: /, '')})`;
    } else if (issue.code === 'unrecognized_keys') {
      message = `${message}: remove it or check its spelling against the schema`;
    }
    return { file, field, message };
  });
}

/** Validates one record against a schema. */
export function check<T>(schema: z.ZodType<T>, raw: unknown, id: string, file: string, prefix = ''): Parsed<T> {
  const result = schema.safeParse(raw);
  if (!result.success) return { entries: [], problems: schemaProblems(file, result.error, prefix) };
  return { entries: [{ id, file, data: result.data }], problems: [] };
}

/** Parses `events.yaml`, a map from event key to record. */
export function parseEventMap<T>(text: string, file: string, schema: z.ZodType<T>): Parsed<T> {
  const { value, problems } = parseYaml(text, file);
  if (problems.length > 0) return { entries: [], problems };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      entries: [],
      problems: [{ file, field: '', message: 'must be a map from event key to { title, summary }' }],
    };
  }
  const out: Parsed<T> = { entries: [], problems: [] };
  for (const [id, raw] of Object.entries(value)) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      out.problems.push({
        file,
        field: id,
        message: 'is not a valid event key: use a lower-case slug of letters, digits and single hyphens',
      });
      continue;
    }
    const parsed = check(schema, raw, id, file, id);
    out.entries.push(...parsed.entries);
    out.problems.push(...parsed.problems);
  }
  return out;
}
