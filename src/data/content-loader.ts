/**
 * Astro loader for a folder collection (sources, groups, pages): Astro's own `glob()` loader,
 * with the project's checks in front. Before Astro reads the folder, its file names are
 * checked (ids, clashes up to letter case and extension); before Astro parses a file (on the
 * first load and on every change in `astro dev`), the record is checked with the same parser,
 * schema and messages as the Node loader, so a mistake stops with the file, line, field and
 * fix instead of Astro's raw output. Ids are the file names, exactly (Astro's default would
 * slugify them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { contentError } from './content-error';
import { globPattern, type FolderCollection } from '../lib/corpus/collections';
import { fileId, fileProblems, readRecordFile } from '../lib/corpus/parse';

/** Loads every file of `collection` under `base` (the collection's folder, relative to the project root). */
export function contentLoader(collection: FolderCollection, base: string): Loader {
  const inner = glob({ pattern: globPattern(collection), base, generateId: ({ entry }) => fileId(entry) });
  return {
    name: `chronology-${collection.folder}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, context.config.root));
      const rel = (path: string) => relative(root, path) || path;
      const names = existsSync(folder)
        ? readdirSync(folder)
            .filter((f) => collection.extensions.includes(extname(f)))
            .sort()
        : [];
      const clashes = fileProblems(
        collection,
        names.map((name) => ({ name, file: rel(join(folder, name)), text: readFileSync(join(folder, name), 'utf8') })),
      );
      if (clashes.length > 0) throw contentError(clashes, root);
      // Check each record as Astro reads it (first load and every change in dev), before its parser runs.
      const entryTypes = new Map(
        [...context.entryTypes].map(([ext, type]) => {
          if (!collection.extensions.includes(ext)) return [ext, type] as const;
          const checked: typeof type = Object.create(type);
          checked.getEntryInfo = async (params) => {
            const path = fileURLToPath(params.fileUrl);
            const { problems } = readRecordFile(collection, params.contents, rel(path), fileId(path));
            if (problems.length > 0) throw contentError(problems, root);
            return type.getEntryInfo(params);
          };
          return [ext, checked] as const;
        }),
      );
      await inner.load({ ...context, entryTypes });
    },
  };
}
