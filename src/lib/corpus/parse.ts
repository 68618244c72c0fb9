/**
 * Reading content files into schema-checked entries, reporting problems as file + line +
 * field + fix. Used by the Astro loaders, the Node loader and `npm run check:content`, so every
 * path rejects the same content with the same messages.
 */
import { basename, extname } from 'node:path';
import { explainId } from '../chronology/ids';
import type { Problem } from '../chronology/problems';
import type { Entry } from '../chronology/types';
import type { FolderCollection, MapCollection } from './collections';
import { checkAgainst } from './schema-problems';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './yaml';

/** One file read and checked: its entries, or the problems that stopped them, and where its fields are. */
export interface CheckedFile<T> {
  entries: Entry<T>[];
  problems: Problem[];
  /** Finds a field's line in this file (undefined when the file could not be parsed at all). */
  locate?: ParsedYaml['locate'];
  /** Where the problems arose: reading the file (frontmatter, YAML syntax) or checking the record. */
  stage?: 'read' | 'check';
}

/** The YAML of a record file: the frontmatter of an MD/MDX file, or the whole YAML file. */
export function recordYaml(
  c: FolderCollection,
  text: string,
  file: string,
): { yaml?: string; lineOffset: number; problems: Problem[] } {
  if (!c.frontmatter) return { yaml: text, lineOffset: 0, problems: [] };
  const { yaml, lineOffset, problems } = splitFrontmatter(text, file);
  return { ...(yaml !== undefined ? { yaml } : {}), lineOffset, problems };
}

/** True for a YAML map (not a list, a scalar or nothing). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** Reads one record file of a folder collection (`id` is its file name without the extension). */
export function readRecordFile<T>(c: FolderCollection, text: string, file: string, id: string): CheckedFile<T> {
  const { yaml, lineOffset, problems } = recordYaml(c, text, file);
  if (yaml === undefined) return { entries: [], problems, stage: 'read' };
  const parsed = parseYaml(yaml, file, lineOffset);
  if (parsed.problems.length > 0)
    return { entries: [], problems: parsed.problems, locate: parsed.locate, stage: 'read' };
  if (!isRecord(parsed.value)) {
    return {
      stage: 'check',
      entries: [],
      problems: [
        {
          file,
          field: '',
          message: `holds no ${c.label} record: write its fields as "key: value" lines${c.frontmatter ? ' between the --- lines' : ''}`,
        },
      ],
      locate: parsed.locate,
    };
  }
  const checked = checkAgainst(c.schema, parsed.value, { file, locate: parsed.locate, label: c.label });
  if (checked.problems.length > 0)
    return { entries: [], problems: checked.problems, locate: parsed.locate, stage: 'check' };
  return { entries: [{ id, file, data: checked.data as T }], problems: [], locate: parsed.locate };
}

/** Reads a map collection (`events.yaml`): every key an id, every value a record. */
export function readRecordMap<T>(c: MapCollection, text: string, file: string): CheckedFile<T> {
  const parsed = parseYaml(text, file);
  if (parsed.problems.length > 0) return { entries: [], problems: parsed.problems, locate: parsed.locate };
  if (!isRecord(parsed.value)) {
    return {
      entries: [],
      problems: [
        {
          file,
          field: '',
          message: `must be a map from ${c.label} key to its record (key: then the fields indented below it)`,
        },
      ],
      locate: parsed.locate,
    };
  }
  const out: CheckedFile<T> = { entries: [], problems: [], locate: parsed.locate };
  for (const [id, raw] of Object.entries(parsed.value)) {
    const bad = explainId(id, (latin) => `use "${latin}"`);
    if (bad !== undefined) {
      const line = parsed.locate([id])?.line;
      out.problems.push({
        file,
        ...(line ? { line } : {}),
        field: id,
        message: `is not a valid ${c.label} key: ${bad}`,
      });
      continue;
    }
    const checked = checkAgainst(c.schema, raw, { file, locate: parsed.locate, prefix: [id], label: c.label });
    if (checked.problems.length > 0) out.problems.push(...checked.problems);
    else out.entries.push({ id, file, data: checked.data as T });
  }
  return out;
}

/** A file of a folder collection, by name, with its project-relative path and (optionally) text. */
export interface CollectionFile {
  name: string;
  file: string;
  text?: string;
}

/** The id a file gives its record: the file name without its extension. */
export function fileId(name: string): string {
  return basename(name, extname(name));
}

/**
 * Problems with the files of a folder collection as a set: file names that are not valid ids
 * (look-alike letters, upper case) and files whose ids clash, ignoring letter case and the
 * extension (`dw.md` beside `dw.mdx`, `DW.mdx` beside `dw.mdx`), so one record would be lost.
 * Also two files with identical text under different names, which would count every claim twice.
 */
export function fileProblems(c: FolderCollection, files: readonly CollectionFile[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, CollectionFile>();
  const byText = new Map<string, CollectionFile>();
  for (const f of files) {
    const id = fileId(f.name);
    const bad = explainId(id, (latin) => `rename the file to ${latin}${extname(f.name)}`);
    if (bad !== undefined)
      problems.push({ file: f.file, field: '', message: `the file name is not a valid ${c.label} id: ${bad}` });
    const key = id.toLowerCase();
    const other = byKey.get(key);
    const same = f.text !== undefined && other?.text === f.text;
    if (other) {
      problems.push({
        file: f.file,
        field: '',
        message: `duplicate ${c.label} id "${key}": ${other.file} has the same id (ids ignore letter case and the extension)${same ? ' and the same text' : ''}, so one of the two would be lost: merge them into one file, or rename one`,
      });
      continue;
    }
    byKey.set(key, f);
    if (f.text === undefined) continue;
    const twin = byText.get(f.text);
    if (twin) {
      problems.push({
        file: f.file,
        field: '',
        message: `has the same text as ${twin.file}, so its claims would count twice: remove one of the two files`,
      });
    } else {
      byText.set(f.text, f);
    }
  }
  return problems;
}
