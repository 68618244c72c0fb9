/**
 * The one place pages get the chronology: reads the content collections once per build and
 * derives (and validates) the chronology from them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deriveChronology } from '../lib/chronology/derive';
import type { Chronology, Entry } from '../lib/chronology/types';
import { contentDir } from './content-dir';

let cached: Promise<Chronology> | undefined;

function toEntry<C extends 'sources' | 'groups' | 'events' | 'people' | 'places', T>(
  entry: CollectionEntry<C>,
  folder: string,
): Entry<T> {
  return { id: entry.id, file: entry.filePath ?? `${contentDir}/${folder}/${entry.id}`, data: entry.data as T };
}

async function load(): Promise<Chronology> {
  const [sources, groups, events, people, places] = await Promise.all([
    getCollection('sources'),
    getCollection('groups'),
    getCollection('events'),
    getCollection('people'),
    getCollection('places'),
  ]);
  return deriveChronology({
    sources: sources.map((e) => toEntry(e, 'sources')),
    groups: groups.map((e) => toEntry(e, 'groups')),
    events: events.map((e) => toEntry(e, 'events.yaml')),
    people: people.map((e) => toEntry(e, 'people')),
    places: places.map((e) => toEntry(e, 'places')),
  });
}

/** The derived chronology (memoised for the build). */
export function getChronology(): Promise<Chronology> {
  cached ??= load();
  return cached;
}
