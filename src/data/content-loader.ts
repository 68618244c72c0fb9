/**
 * Astro loader for a folder collection (sources, groups, pages): Astro's own `glob()` loader,
 * with the project's checks in front. Before Astro reads a file, the folder's file names are
 * checked (ids, clashes up to letter case and extension); before Astro validates a record,
 * the record is checked with the same parser, schema and messages as the Node loader, so a
 * mistake stops the build with the file, line, field and fix instead of Astro's raw output.
 * Ids are the file names, exactly (Astro's default would slugify them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { CorpusError } from '../lib/chronology/problems';
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
      if (clashes.length > 0) throw new CorpusError(clashes);
      await inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const file = rel(props.filePath);
            const { problems } = readRecordFile(collection, readFileSync(props.filePath, 'utf8'), file, props.id);
            if (problems.length > 0) throw new CorpusError(problems);
          }
          return context.parseData(props);
        },
      });
    },
  };
}
