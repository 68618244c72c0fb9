import { z } from 'astro/zod';
import { ProseSchema, SlugSchema } from './common';
import { NameVariantSchema } from './names';

/** A person record in content/people/: names and spellings, ties to groups, a note in the project's words. */
export const PersonSchema = z
  .object({
    /** The name the site uses. */
    name: ProseSchema,
    /** Other spellings, transliterations and scripts readers search for. */
    names: z.array(NameVariantSchema).default([]),
    /** Groups the sources tie the person to (content/groups ids). */
    groups: z.array(SlugSchema).default([]),
    /** Role in one line, in the project's words, as the sources describe it. */
    role: ProseSchema,
    /** What the sources say of the person, in the project's own words. */
    note: ProseSchema,
  })
  .strict();
