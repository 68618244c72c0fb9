/**
 * The one place pages get the chronology: reads the content collections once per build and
 * derives (and validates) the chronology from them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deriveChronology } from '../lib/chronology/derive';
import type { Chronology, Entry } from '../lib/chronology/types';
import { contentDir } from './content-dir';

let cached: Promise<Chronology> | undefined;

function toEntry<C extends 'sources' | 'groups' | 'events', T>(entry: CollectionEntry<C>, folder: string): Entry<T> {
  return { id: entry.id, file: entry.filePath ?? `${contentDir}/${folder}/${entry.id}`, data: entry.data as T };
}

async function load(): Promise<Chronology> {
  const [sources, groups, events] = await Promise.all([
    getCollection('sources'),
    getCollection('groups'),
    getCollection('events'),
  ]);
  return deriveChronology({
    sources: sources.map((e) => toEntry(e, 'sources')),
    groups: groups.map((e) => toEntry(e, 'groups')),
    events: events.map((e) => toEntry(e, 'events.yaml')),
  });
}

/** The derived chronology (memoised for the build). */
export function getChronology(): Promise<Chronology> {
  cached ??= load();
  return cached;
}
