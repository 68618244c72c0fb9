/** Wires the content folders to their loaders and schemas (src/lib/corpus/collections.ts). The folder can be moved with CHRONOLOGY_CONTENT. */
import { defineCollection } from 'astro:content';
import { contentLoader } from './data/content-loader';
import { contentDir } from './data/content-dir';
import { eventsLoader } from './data/events-loader';
import { COLLECTIONS } from './lib/corpus/collections';

const { sources, groups, events, pages, people, places } = COLLECTIONS;

export const collections = {
  sources: defineCollection({
    loader: contentLoader(sources, `${contentDir}/${sources.folder}`),
    schema: sources.schema,
  }),
  groups: defineCollection({ loader: contentLoader(groups, `${contentDir}/${groups.folder}`), schema: groups.schema }),
  events: defineCollection({ loader: eventsLoader(events, `${contentDir}/${events.file}`), schema: events.schema }),
  /** People the claims name (content/people). */
  people: defineCollection({ loader: contentLoader(people, `${contentDir}/${people.folder}`), schema: people.schema }),
  /** Places the claims name (content/places). */
  places: defineCollection({ loader: contentLoader(places, `${contentDir}/${places.folder}`), schema: places.schema }),
  /** Long-form pages (the explainer, the method), written in MDX. */
  pages: defineCollection({ loader: contentLoader(pages, `${contentDir}/${pages.folder}`), schema: pages.schema }),
};
