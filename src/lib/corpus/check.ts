/**
 * The whole content check, without building the site: every file of every collection parsed
 * and schema-checked, file ids compared, cross-file references validated, quotes verified
 * against the captured articles, and the warnings that matter collected. The build runs it
 * before anything is written (`src/integrations/content-check.mjs`), `npm run check:content`
 * prints it, and the Node loader (`loadCorpus`) throws on its problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { corpusWarnings, validateCorpus } from '../chronology/validate';
import { formatProblem, formatProblems, parsePath, type Problem } from '../chronology/problems';
import type { Corpus, Entry, EventData, GroupData, PersonData, PlaceData, SourceData } from '../chronology/types';
import { capturesDir as defaultCapturesDir, checkQuotes } from './captures';
import { checkCorrections } from './corrections';
import {
  COLLECTIONS,
  type Collection,
  type CollectionName,
  type FolderCollection,
  type MapCollection,
} from './collections';
import { fileId, fileProblems, readRecordFile, readRecordMap, type CheckedFile } from './parse';
import type { ParsedYaml } from './yaml';

/** Options of a check. */
export interface CheckOptions {
  /** Project root: messages name files relative to it (default: the working directory). */
  root?: string;
  /** Folder of captured articles; default SOURCES_DIR or `../shared/sources` beside the root. */
  capturesDir?: string;
}

/** What the check found. */
export interface ContentReport {
  /** The schema-checked records, when no file had problems. */
  corpus?: Corpus;
  /** Errors: each stops the build. */
  problems: Problem[];
  /** Warnings: printed at the end of the build. */
  warnings: Problem[];
  /** Files read. */
  files: number;
  /** Quotes found in their article, and quotes that could not be checked. */
  quotes: { checked: number; unchecked: number };
}

/** Reads every record of a folder collection. */
function readFolder<T>(c: FolderCollection, dir: string, rel: (p: string) => string) {
  const folder = join(dir, c.folder);
  const names = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => c.extensions.includes(extname(f)))
        .sort()
    : [];
  const files = names.map((name) => {
    const path = join(folder, name);
    return { name, file: rel(path), text: readFileSync(path, 'utf8') };
  });
  const problems = fileProblems(c, files);
  const clashing = new Set(problems.filter((p) => /^duplicate /.test(p.message)).map((p) => p.file));
  const results = files.map((f) => ({ file: f.file, ...readRecordFile<T>(c, f.text, f.file, fileId(f.name)) }));
  return {
    entries: results.filter((r) => !clashing.has(r.file)).flatMap((r) => r.entries),
    problems: [...problems, ...results.flatMap((r) => r.problems)],
    locators: results.map((r) => [r.file, r.locate] as const),
    files: files.length,
  };
}

/** Reads a map collection's file. */
function readMap<T>(c: MapCollection, dir: string, rel: (p: string) => string) {
  const path = join(dir, c.file);
  const file = rel(path);
  if (!existsSync(path)) {
    return {
      entries: [] as Entry<T>[],
      problems: [{ file, field: '', message: `is missing: create it with one entry per ${c.label} key` }],
      locators: [] as (readonly [string, ParsedYaml['locate'] | undefined])[],
      files: 0,
    };
  }
  const read: CheckedFile<T> = readRecordMap<T>(c, readFileSync(path, 'utf8'), file);
  return { entries: read.entries, problems: read.problems, locators: [[file, read.locate] as const], files: 1 };
}

/** Adds the line of each problem's field, where the file could be located and the problem has none. */
function withLines(problems: Problem[], locators: ReadonlyMap<string, ParsedYaml['locate'] | undefined>): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined || !p.field) return p;
    const locate = locators.get(p.file);
    // The field's line, or its nearest enclosing field's when the field itself is not written.
    for (let path = parsePath(p.field); locate && path.length > 0; path = path.slice(0, -1)) {
      const line = locate(path)?.line;
      if (line !== undefined) return { ...p, line };
    }
    return p;
  });
}

/** Checks the content folder `dir` (see the module comment). Never writes anything. */
export function checkContent(dir: string, options: CheckOptions = {}): ContentReport {
  const root = options.root ?? process.cwd();
  const rel = (p: string) => relative(root, p) || p;
  // Every collection's files, read and schema-checked (a new collection needs no code here).
  const read = Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, c]: [string, Collection]) => [
      name,
      c.kind === 'folder' ? readFolder<unknown>(c, dir, rel) : readMap<unknown>(c, dir, rel),
    ]),
  ) as Record<CollectionName, ReturnType<typeof readFolder<unknown>>>;
  const all = Object.values(read);
  const locators = new Map(all.flatMap((r) => r.locators));
  const files = all.reduce((n, r) => n + r.files, 0);
  const problems = all.flatMap((r) => r.problems);
  const sources = read.sources.entries as Entry<SourceData>[];
  const unchecked = sources.reduce((n, s) => n + s.data.claims.length, 0);
  if (problems.length > 0) {
    // Cross-file checks on records that failed would only echo the problems above.
    return { problems: withLines(problems, locators), warnings: [], files, quotes: { checked: 0, unchecked } };
  }
  const corpus: Corpus = {
    sources,
    groups: read.groups.entries as Entry<GroupData>[],
    events: read.events.entries as Entry<EventData>[],
    people: read.people.entries as Entry<PersonData>[],
    places: read.places.entries as Entry<PlaceData>[],
  };
  const quotes = checkQuotes(corpus.sources, options.capturesDir ?? defaultCapturesDir(root), root);
  // The corrections log must name events that exist (or record a withdrawal).
  const corrections = checkCorrections(dir, new Set(corpus.events.map((e) => e.id)), root).problems;
  return {
    corpus,
    problems: withLines([...validateCorpus(corpus), ...quotes.problems, ...corrections], locators),
    warnings: withLines([...corpusWarnings(corpus), ...quotes.warnings], locators),
    files,
    quotes: { checked: quotes.checked, unchecked: quotes.unchecked },
  };
}

/**
 * The warnings as a short list for the end of a build: at most `limit` lines, then how many
 * more there are and where to see them all. Empty string when there are none.
 */
export function formatWarnings(warnings: readonly Problem[], limit = 10): string {
  if (warnings.length === 0) return '';
  const shown = warnings.slice(0, limit).map((w) => `  - ${formatProblem(w)}`);
  const more = warnings.length - shown.length;
  const n = warnings.length;
  return [
    `The chronology content has ${n} warning${n === 1 ? '' : 's'} (the build went on):`,
    ...shown,
    ...(more > 0 ? [`  … and ${more} more: run \`npm run check:content\` to see them all`] : []),
  ].join('\n');
}

/** The whole report as `npm run check:content` prints it: a summary line, then every problem and warning. */
export function formatReport(report: ContentReport, ms: number): string {
  const { checked, unchecked } = report.quotes;
  const lines = [
    `Checked ${report.files} content file${report.files === 1 ? '' : 's'} in ${(ms / 1000).toFixed(1)} s: ` +
      `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}, ` +
      `${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}; ` +
      `${checked} quote${checked === 1 ? '' : 's'} found in their articles${unchecked > 0 ? `, ${unchecked} unchecked` : ''}.`,
  ];
  if (report.problems.length > 0) lines.push(formatProblems(report.problems));
  if (report.warnings.length > 0) lines.push(formatProblems(report.warnings, 'warning'));
  return lines.join('\n');
}
