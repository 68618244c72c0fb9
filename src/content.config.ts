/** Wires the content folders to their schemas. The folder can be moved with CHRONOLOGY_CONTENT. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventsLoader } from './data/events-loader';
import { contentDir } from './data/content-dir';
import { EventSchema } from './schemas/event';
import { GroupSchema } from './schemas/group';
import { PageSchema } from './schemas/page';
import { PersonSchema } from './schemas/person';
import { PlaceSchema } from './schemas/place';
import { SourceSchema } from './schemas/source';

const sources = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir}/sources` }),
  schema: SourceSchema,
});

const groups = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/groups` }),
  schema: GroupSchema,
});

const people = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/people` }),
  schema: PersonSchema,
});

const places = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/places` }),
  schema: PlaceSchema,
});

const events = defineCollection({
  loader: eventsLoader(`${contentDir}/events.yaml`),
  schema: EventSchema,
});

/** Long-form pages (the explainer, the method), written in MDX. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/pages` }),
  schema: PageSchema,
});

export const collections = { sources, groups, events, pages, people, places };
