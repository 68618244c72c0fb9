import { z } from 'astro/zod';
import { ProseSchema } from './common';

/** An event record in content/events.yaml: the project's own title and summary for an event key. */
export const EventSchema = z
  .object({
    /** Short title in the project's words. */
    title: ProseSchema.max(90, 'must be at most 90 characters: it labels chart marks and links'),
    /** One or two sentences in the project's words; hedged where the sources hedge. */
    summary: ProseSchema,
  })
  .strict();
