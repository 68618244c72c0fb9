/**
 * Astro loader for a map collection (`events.yaml`: event key → record). Unlike Astro's
 * `file()` loader, which only logs a YAML error and carries on with no events, it fails the
 * build naming the file, the line, the field and the fix (the same checks as the Node loader).
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentError } from './content-error';
import type { MapCollection } from '../lib/corpus/collections';
import { readRecordMap } from '../lib/corpus/parse';

/** Loads every record of `collection` from the YAML map file at `path` (relative to the project root). */
export function eventsLoader(collection: MapCollection, path: string): Loader {
  return {
    name: 'chronology-events',
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const filePath = fileURLToPath(new URL(path, config.root));
      const file = relative(root, filePath) || path;
      const text = await readFile(filePath, 'utf8').catch(() => {
        const message = `is missing: create it with one entry per ${collection.label} key`;
        throw contentError([{ file, field: '', message }], root);
      });
      const { entries, problems } = readRecordMap(collection, text, file);
      if (problems.length > 0) throw contentError(problems, root);
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath });
        store.set({ id: entry.id, data, filePath: file });
      }
      watcher?.add(filePath);
    },
  };
}
