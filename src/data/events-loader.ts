/**
 * Astro loader for `events.yaml` (a map from event key to record). Unlike Astro's `file()`
 * loader, which only logs a YAML error and carries on with no events, it fails the build
 * naming the file, the line and the fix.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CorpusError } from '../lib/chronology/problems';
import { parseEventMap } from '../lib/corpus/parse';
import { EventSchema } from '../schemas/event';

/** Loads every event record from one YAML map file. */
export function eventsLoader(path: string): Loader {
  return {
    name: 'chronology-events',
    load: async ({ config, store, parseData, watcher }) => {
      const url = new URL(path, config.root);
      const filePath = fileURLToPath(url);
      const text = await readFile(filePath, 'utf8').catch(() => {
        throw new CorpusError([{ file: path, field: '', message: 'is missing: create it with one entry per event key' }]);
      });
      const { entries, problems } = parseEventMap(text, path, EventSchema);
      if (problems.length > 0) throw new CorpusError(problems);
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry.data as unknown as Record<string, unknown>, filePath });
        store.set({ id: entry.id, data, filePath: relative(fileURLToPath(config.root), filePath) });
      }
      watcher?.add(filePath);
    },
  };
}
