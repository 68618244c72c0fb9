/** Id → record lookups over a derived chronology, built once per chronology object. */
import type { Chronology, ChronologyEvent, ChronologyGroup, ChronologySource } from './types';

/** Lookups by id. */
export interface Index {
  event: (id: string) => ChronologyEvent | undefined;
  group: (id: string) => ChronologyGroup | undefined;
  source: (id: string) => ChronologySource | undefined;
  /** Short group name, falling back to the id. */
  groupName: (id: string) => string;
}

const cache = new WeakMap<Chronology, Index>();

/** The (memoised) index of a chronology. */
export function indexOf(c: Chronology): Index {
  let index = cache.get(c);
  if (!index) {
    const events = new Map(c.events.map((e) => [e.id, e]));
    const groups = new Map(c.groups.map((g) => [g.id, g]));
    const sources = new Map(c.sources.map((s) => [s.id, s]));
    index = {
      event: (id) => events.get(id),
      group: (id) => groups.get(id),
      source: (id) => sources.get(id),
      groupName: (id) => groups.get(id)?.name ?? id,
    };
    cache.set(c, index);
  }
  return index;
}
