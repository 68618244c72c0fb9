/**
 * The content collections, in one place: where each lives in the content folder, how its files
 * are read and which schema checks them. The Astro loaders, the Node loader and
 * `npm run check:content` all read this list, so a new collection is one entry here (plus its
 * wiring in `src/content.config.ts`).
 */
import type { z } from 'astro/zod';
import { EventSchema } from '../../schemas/event';
import { GroupSchema } from '../../schemas/group';
import { PageSchema } from '../../schemas/page';
import { PersonSchema } from '../../schemas/person';
import { PlaceSchema } from '../../schemas/place';
import { SourceSchema } from '../../schemas/source';

/** A folder of files, one record per file, the id being the file name without its extension. */
export interface FolderCollection {
  kind: 'folder';
  /** Folder inside the content folder. */
  folder: string;
  /** File extensions read, with the dot (`.mdx`). */
  extensions: readonly string[];
  /** Records are the YAML frontmatter of MD/MDX files (else the whole file is YAML). */
  frontmatter: boolean;
  schema: z.ZodType;
  /** What one record is called in messages ("source"). */
  label: string;
  /** A missing folder is fine (e.g. fixtures without pages). */
  optional?: boolean;
}

/** One YAML file mapping keys (the ids) to records. */
export interface MapCollection {
  kind: 'map';
  /** File inside the content folder. */
  file: string;
  schema: z.ZodType;
  label: string;
}

/** Any collection. */
export type Collection = FolderCollection | MapCollection;

/** Every collection of the content folder. */
export const COLLECTIONS = {
  sources: {
    kind: 'folder',
    folder: 'sources',
    extensions: ['.md', '.mdx'],
    frontmatter: true,
    schema: SourceSchema,
    label: 'source',
  },
  groups: {
    kind: 'folder',
    folder: 'groups',
    extensions: ['.yaml', '.yml'],
    frontmatter: false,
    schema: GroupSchema,
    label: 'group',
  },
  events: { kind: 'map', file: 'events.yaml', schema: EventSchema, label: 'event' },
  people: {
    kind: 'folder',
    folder: 'people',
    extensions: ['.yaml', '.yml'],
    frontmatter: false,
    schema: PersonSchema,
    label: 'person',
    optional: true,
  },
  places: {
    kind: 'folder',
    folder: 'places',
    extensions: ['.yaml', '.yml'],
    frontmatter: false,
    schema: PlaceSchema,
    label: 'place',
    optional: true,
  },
  pages: {
    kind: 'folder',
    folder: 'pages',
    extensions: ['.mdx'],
    frontmatter: true,
    schema: PageSchema,
    label: 'page',
    optional: true,
  },
} as const satisfies Record<string, Collection>;

/** Names of the collections. */
export type CollectionName = keyof typeof COLLECTIONS;

/** The glob pattern of a folder collection, for Astro's `glob()` loader (`*.{md,mdx}`). */
export function globPattern(c: FolderCollection): string {
  const exts = c.extensions.map((e) => e.slice(1));
  return exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`;
}
