/**
 * Astro loader for a folder collection (sources, groups, pages): Astro's own `glob()` loader,
 * with the project's checks in front (through the public loader API only). Before Astro reads
 * the folder, its file names are checked (ids, clashes up to letter case and extension) and
 * every record is checked with the same parser, schema and messages as the Node loader, so a
 * mistake stops with the file, line, field and fix instead of Astro's raw output; in
 * `astro dev` a changed file is checked again. Ids are the file names, exactly (Astro's
 * default would slugify them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { formatProblems } from '../lib/chronology/problems';
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
      const files = names.map((name) => ({
        name,
        file: rel(join(folder, name)),
        text: readFileSync(join(folder, name), 'utf8'),
      }));
      const clashes = fileProblems(collection, files);
      if (clashes.length > 0) throw contentError(clashes, root);
      // Every record, before Astro's parser and schema see it.
      const problems = files.flatMap((f) => readRecordFile(collection, f.text, f.file, fileId(f.name)).problems);
      if (problems.length > 0) throw contentError(problems, root);
      const checked = new Set(names.map((name) => join(folder, name)));
      const read = (path: string) => readRecordFile(collection, readFileSync(path, 'utf8'), rel(path), fileId(path));
      // In `astro dev`, a changed file is checked again before Astro's loader reloads it. A file
      // Astro's parser cannot read is reported here in the project's words (Astro's reload would
      // log only its parser's); a record that fails its schema is reported by parseData below.
      const onChange = (path: string) => {
        if (!path.startsWith(folder) || !collection.extensions.includes(extname(path)) || !existsSync(path)) return;
        checked.delete(path);
        const found = read(path);
        if (found.stage === 'read') context.logger.error(formatProblems(found.problems));
      };
      context.watcher?.on('change', onChange);
      context.watcher?.on('add', onChange);
      await inner.load({
        ...context,
        // A record that changed in `astro dev` fails with the project's message, not Astro's.
        parseData: async (props) => {
          const found = props.filePath && !checked.has(props.filePath) ? read(props.filePath).problems : [];
          if (found.length > 0) throw contentError(found, root);
          return context.parseData(props);
        },
      });
    },
  };
}
