/**
 * Zod issues rewritten as the project's messages, for any schema and any collection: one line
 * per problem with the field path (`claims[1].date.day`), its line, what is wrong and the fix.
 * Unknown keys get "did you mean" from the keys the schema allows at that place (read from the
 * schema itself, so new fields need no code here); a misspelt required field is reported once,
 * as the unknown key that should have been it; an unquoted date names the text as written.
 */
import type { z } from 'astro/zod';
import { formatPath, type Problem } from '../chronology/problems';
import { closest } from '../chronology/suggest';
import type { Location } from './yaml';

type Schema = z.ZodType;
type Path = (string | number)[];
/** One zod issue, loosely typed: zod 4's issue union, with the fields this module reads. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  errors?: Issue[][];
}

/** The definition of a zod 4 schema (its `_zod.def`). */
function def(schema: Schema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}

/** True when an object field may be left out (optional or with a default). */
function isOptional(schema: Schema): boolean {
  const optin = (schema as unknown as { _zod: { optin?: string } })._zod.optin;
  return optin === 'optional' || optin === 'defaulted';
}

/** The schemas a value must match once wrappers (optional, default, pipe, intersection, union, lazy) are seen through. */
function alternatives(schema: Schema): Schema[] {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return alternatives(d.innerType as Schema);
    case 'pipe':
      return alternatives(d.in as Schema);
    case 'lazy':
      return alternatives((d.getter as () => Schema)());
    case 'intersection':
      return [...alternatives(d.left as Schema), ...alternatives(d.right as Schema)];
    case 'union':
      return (d.options as Schema[]).flatMap(alternatives);
    default:
      return [schema];
  }
}

/** The schemas found at `path` inside `schema` (several when unions or intersections branch). */
export function schemasAt(schema: Schema, path: readonly PropertyKey[]): Schema[] {
  let current = alternatives(schema);
  for (const key of path) {
    const next: Schema[] = [];
    for (const s of current) {
      const d = def(s);
      if (d.type === 'object') {
        const field = (d.shape as Record<string, Schema>)[String(key)];
        if (field) next.push(...alternatives(field));
      } else if (d.type === 'array' && typeof key === 'number') {
        next.push(...alternatives(d.element as Schema));
      } else if (d.type === 'record') {
        next.push(...alternatives(d.valueType as Schema));
      } else if (d.type === 'tuple' && typeof key === 'number') {
        const item = (d.items as Schema[])[key];
        if (item) next.push(...alternatives(item));
      }
    }
    current = next;
  }
  return current;
}

/** The fields an object schema at `path` allows, and which of them are required, in declaration order. */
export function fieldsAt(schema: Schema, path: readonly PropertyKey[]): { all: string[]; required: string[] } {
  const all = new Set<string>();
  const required = new Set<string>();
  for (const s of schemasAt(schema, path)) {
    const d = def(s);
    if (d.type !== 'object') continue;
    for (const [key, field] of Object.entries(d.shape as Record<string, Schema>)) {
      all.add(key);
      if (!isOptional(field)) required.add(key);
    }
  }
  return { all: [...all], required: [...required] };
}

/** What a schema expects, in words: "text", "a list", "a map with text, confirmed", "one of a, b". */
export function describeExpected(schemas: readonly Schema[]): string {
  const s = schemas[0];
  if (!s) return 'a value';
  const d = def(s);
  switch (d.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array': {
      const items = alternatives(d.element as Schema);
      const of =
        def(items[0]!).type === 'object' ? describeExpected(items).replace(/^a map with /, ' of entries with ') : '';
      return `a list${of.startsWith(' of') ? of : ''}`;
    }
    case 'enum':
      return `one of ${Object.values(d.entries as Record<string, string>).join(', ')}`;
    case 'literal':
      return `"${(d.values as unknown[]).join('" or "')}"`;
    case 'object': {
      const fields = schemas.flatMap((x) =>
        def(x).type === 'object'
          ? Object.entries(def(x).shape as Record<string, Schema>)
              .filter(([, f]) => !isOptional(f))
              .map(([k]) => k)
          : [],
      );
      return fields.length > 0 ? `a map with ${[...new Set(fields)].join(', ')}` : 'a map';
    }
    default:
      return 'a value';
  }
}

/** A value as a message shows it: `the number 2013`, `"text"`, `a list`, `a map`. */
function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a map';
    default:
      return String(value);
  }
}

/** Zod's own wording (rewritten here); schema authors' messages are kept as written. */
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Invalid |Too small|Too big|Unrecognized key|Expected )/;

/** Where a problem is reported: the file, a locator, and a prefix before every path (an event key in events.yaml). */
export interface SchemaContext {
  file: string;
  locate?: (path: readonly PropertyKey[]) => Location | undefined;
  prefix?: Path;
  /** What one record is called in messages ("source", "claim date"); defaults to "record". */
  label?: string;
}

/**
 * Rewrites zod issues for `value` (validated against `schema`) as problems. Issues are
 * de-duplicated (an intersection reports a missing field once per side), and a missing
 * required field that an unknown key was probably meant to be is folded into that key's message.
 */
export function schemaProblems(
  schema: Schema,
  value: unknown,
  issues: readonly Issue[],
  ctx: SchemaContext,
): Problem[] {
  const prefix = ctx.prefix ?? [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const explainedMissing = new Set<string>();
  // Objects where an unknown key was probably a misspelt field: their refinements only echo it.
  const suggestedAt = new Set<string>();
  const full = (path: readonly PropertyKey[]) => [...prefix, ...path] as Path;
  // The line of a field, or of its nearest enclosing field that is written (a missing field's parent).
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let p = full(path); p.length > 0; p = p.slice(0, -1)) {
      const line = ctx.locate?.(p)?.line;
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const push = (path: readonly PropertyKey[], message: string, line = lineOf(path)) => {
    const field = formatPath(full(path));
    const key = `${field}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ file: ctx.file, ...(line ? { line } : {}), field, message });
  };
  const valueAt = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
      value,
    );

  // Flatten unions: report the issues of the branch that came closest.
  const flat: Issue[] = [];
  const flatten = (list: readonly Issue[], base: readonly PropertyKey[]) => {
    for (const issue of list) {
      const path = [...base, ...issue.path];
      if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
        const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
        if (best.length > 0) {
          flatten(best, path);
          continue;
        }
      }
      flat.push({ ...issue, path });
    }
  };
  flatten(issues, []);

  // Unknown keys first, so a misspelt required field is named once.
  for (const issue of flat.filter((i) => i.code === 'unrecognized_keys')) {
    const at = issue.path;
    const present = new Set(Object.keys((valueAt(at) as object | undefined) ?? {}));
    const { all, required } = fieldsAt(schema, at);
    const absent = all.filter((k) => !present.has(k));
    const missing = required.filter((k) => !present.has(k));
    for (const key of issue.keys ?? []) {
      const path = [...at, key];
      const where = ctx.locate?.(full(path));
      const near = closest(key, missing) ?? closest(key, absent);
      let message: string;
      if (near !== undefined && missing.includes(near)) {
        explainedMissing.add(formatPath([...at, near]));
        message = `unknown field "${key}" (did you mean "${near}"? it is required and missing): rename "${key}" to "${near}"`;
      } else if (near !== undefined) {
        message = `unknown field "${key}" (did you mean "${near}"?): rename "${key}" to "${near}"`;
      } else if (where?.flow && where.empty && where.previous && !/^["']/.test(where.previous.source)) {
        const { key: before, source } = where.previous;
        message = `unknown field "${key}": inside { }, the comma in the unquoted ${before} ends its value, so "${key}" reads as a field: quote the whole value: ${before}: "${source}, ${key}"`;
      } else {
        const taken = closest(
          key,
          [...present].filter((k) => k !== key && all.includes(k)),
        );
        message = taken
          ? `unknown field "${key}" ("${taken}" is already set): remove it`
          : `unknown field "${key}": remove it, or use one of the fields allowed here: ${all.join(', ')}`;
      }
      if (near !== undefined) suggestedAt.add(formatPath(at));
      push(path, message, where?.line);
    }
  }

  for (const issue of flat) {
    const path = issue.path;
    const schemas = schemasAt(schema, path);
    const custom = !ZOD_DEFAULT.test(issue.message);
    const key = path[path.length - 1];
    const input = valueAt(path);
    const parent = path.slice(0, -1);
    if (issue.code === 'unrecognized_keys') continue;
    if (issue.code === 'custom' && (suggestedAt.has(formatPath(path)) || suggestedAt.has(formatPath(parent)))) continue;
    if (input === undefined && key !== undefined && issue.code !== 'custom') {
      // A required field that is absent, whatever check noticed it.
      if (explainedMissing.has(formatPath(path))) continue;
      const message =
        custom && /^is missing/.test(issue.message)
          ? issue.message
          : `is missing: add "${String(key)}:" with ${describeExpected(schemas)}`;
      push(path, message, parent.length > 0 ? lineOf(parent) : undefined);
      continue;
    }
    switch (issue.code) {
      case 'invalid_type': {
        if (input instanceof Date) {
          const source = ctx.locate?.(full(path))?.source ?? input.toISOString().slice(0, 10);
          push(
            path,
            `is an unquoted date (${source}), which YAML reads as a timestamp, not text: quote it: ${String(key)}: "${source}"`,
          );
        } else if (custom) {
          push(path, issue.message);
        } else {
          const expected = describeExpected(schemas);
          const fix =
            issue.expected === 'string'
              ? `quote it: ${String(key)}: "${String(input)}"`
              : issue.expected === 'array'
                ? `write it as a list, e.g. ${String(key)}: [${typeof input === 'string' ? input : '…'}]`
                : issue.expected === 'object'
                  ? `write it as ${expected}`
                  : `write ${expected}`;
          push(path, `is ${describeValue(input)} but must be ${expected}: ${fix}`);
        }
        break;
      }
      case 'invalid_value': {
        const options = (issue.values ?? []).map(String);
        const near = typeof input === 'string' ? closest(input, options) : undefined;
        const hint = near !== undefined ? ` (did you mean "${near}"?)` : '';
        if (custom) {
          const colon = issue.message.indexOf(': ');
          push(
            path,
            colon >= 0 && hint ? `${issue.message.slice(0, colon)}${hint}${issue.message.slice(colon)}` : issue.message,
          );
        } else {
          push(path, `"${String(input)}" is not allowed${hint}: use one of ${options.join(', ')}`);
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        if (custom) {
          push(path, issue.message);
          break;
        }
        const small = issue.code === 'too_small';
        const n = Number(small ? issue.minimum : issue.maximum);
        const unit =
          issue.origin === 'array'
            ? n === 1
              ? 'item'
              : 'items'
            : issue.origin === 'string'
              ? n === 1
                ? 'character'
                : 'characters'
              : '';
        push(
          path,
          `must have ${small ? 'at least' : 'at most'} ${n}${unit ? ` ${unit}` : ''}: ${small ? 'add to it' : 'shorten it'}`,
        );
        break;
      }
      case 'invalid_format':
        push(path, custom ? issue.message : `is not a valid ${issue.format ?? 'value'}: check how it is written`);
        break;
      default:
        push(path, custom ? issue.message : `${issue.message.replace(/^Invalid input: /, 'is not valid: ')}`);
    }
  }
  return problems;
}

/** Validates `value` against `schema`; returns the parsed data, or the problems in the project's words. */
export function checkAgainst<T>(
  schema: z.ZodType<T>,
  value: unknown,
  ctx: SchemaContext,
): { data?: T; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: schemaProblems(schema, value, result.error.issues as unknown as Issue[], ctx) };
}
