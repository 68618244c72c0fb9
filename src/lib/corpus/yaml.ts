/**
 * The one YAML parser of the project: build, tests and scripts read content through here, with
 * the parser and options Astro 7 itself uses (js-yaml 4, default schema: YAML 1.2 core types
 * plus timestamps and merge keys) for `.yaml` entries, the `file()` loader and MD/MDX
 * frontmatter. So `no`, `on`, `0777` and `12:30` are strings or numbers the same way in every
 * path, and an unquoted 2014-06-25 is a Date everywhere (which the schemas reject).
 *
 * The `yaml` package reads the same text a second time only to find where a field is (its
 * line, its source text); it never decides a value.
 */
import { load, DEFAULT_SCHEMA, YAMLException, type LoadOptions } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Problem } from '../chronology/problems';
import { diagnoseYamlError } from './yaml-errors';

/** The options of every YAML parse: those of Astro's loaders (`yaml.load(text, { filename })`, default schema). */
export const YAML_OPTIONS: Readonly<LoadOptions> = Object.freeze({ schema: DEFAULT_SCHEMA, json: false });

/** Where a field is in its file. */
export interface Location {
  /** 1-based line in the file. */
  line: number;
  /** The scalar exactly as written (e.g. `2014-06-25` unquoted), when the node is a scalar. */
  source?: string;
  /** The node sits in a flow collection (`{ … }` or `[ … ]`). */
  flow: boolean;
  /** The value of the mapping entry is empty (`key:` alone, or a key with no value in `{ a, b }`). */
  empty: boolean;
  /** The entry before this one in its map, as written (`text`, `June 25`). */
  previous?: { key: string; source: string };
}

/** A parsed YAML text: its value, or the syntax problem that stopped it, and a way to locate fields. */
export interface ParsedYaml {
  /** The value, exactly as Astro's parser reads it; undefined when there are problems. */
  value?: unknown;
  problems: Problem[];
  /** Line (and source text) of the node at a path such as ['claims', 1, 'date']; undefined when absent. */
  locate: (path: readonly PropertyKey[]) => Location | undefined;
}

/** 0-based offsets of the start of each line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Builds the locator over a `yaml` Document (best effort: a path it cannot follow is
 * undefined). The text is read again only when a field is first located, that is when there
 * is something to report.
 */
function locator(text: string, lineOffset: number): ParsedYaml['locate'] {
  let doc: Document | undefined;
  let starts: number[] = [];
  const line = (offset: number) => lineAt(starts, offset) + lineOffset;
  return (path) => {
    if (!doc) {
      doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
      starts = lineStarts(text);
    }
    let node: unknown = doc.contents;
    let at: number | undefined = (node as { range?: number[] } | null)?.range?.[0];
    let flow = false;
    let empty = false;
    let previous: Location['previous'];
    for (const key of path) {
      if (isMap(node)) {
        flow = node.flow ?? false;
        const index = node.items.findIndex((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        const pair = node.items[index];
        if (!pair) return undefined;
        at = (pair.key as { range?: number[] }).range?.[0];
        empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
        const before = node.items[index - 1];
        previous =
          before && isScalar(before.key) && isScalar(before.value) && before.value.range
            ? { key: String(before.key.value), source: text.slice(before.value.range[0], before.value.range[1]).trim() }
            : undefined;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        flow = node.flow ?? false;
        node = node.items[key];
        at = (node as { range?: number[] } | undefined)?.range?.[0];
        empty = false;
        previous = undefined;
        if (node === undefined) return undefined;
      } else {
        return undefined;
      }
    }
    if (at === undefined) return undefined;
    const source = isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
    return {
      line: line(at),
      flow,
      empty,
      ...(source !== undefined ? { source } : {}),
      ...(previous ? { previous } : {}),
    };
  };
}

/**
 * Parses YAML as Astro does. A syntax error becomes one problem naming the line of the fault,
 * the field being read and a fix. `lineOffset` is the number of file lines before `text`
 * (frontmatter starts after the opening `---`).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const locate = locator(text, lineOffset);
  try {
    return { value: load(text, { ...YAML_OPTIONS, filename: file }), problems: [], locate };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line, field, message } = diagnoseYamlError(text, error.mark?.line ?? 0, error.reason ?? error.message);
    return { problems: [{ file, line: line + lineOffset, field, message }], locate };
  }
}

/** Frontmatter as Astro finds it (same pattern as `@astrojs/internal-helpers/frontmatter`). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * Splits an MD/MDX file into its frontmatter YAML and body, as Astro does. `lineOffset` is the
 * number of lines before the YAML text (it starts on the `---` line itself).
 */
export function splitFrontmatter(
  text: string,
  file: string,
): { yaml?: string; lineOffset: number; body: string; problems: Problem[] } {
  const m = FRONTMATTER.exec(text);
  if (!m) {
    return {
      body: text,
      lineOffset: 0,
      problems: [
        {
          file,
          field: '',
          message: 'has no frontmatter: start the file with a --- block holding the record, and close it with ---',
        },
      ],
    };
  }
  const delimiter = m.index + m[0].search(/---|\+\+\+/);
  if (text.slice(delimiter, delimiter + 3) === '+++') {
    return {
      body: text,
      lineOffset: 0,
      problems: [{ file, field: '', message: 'has TOML frontmatter (+++): write it as YAML between --- lines' }],
    };
  }
  const lineOffset = text.slice(0, delimiter).split('\n').length - 1;
  return { yaml: m[1]!, lineOffset, body: text.slice(m.index + m[0].length), problems: [] };
}
