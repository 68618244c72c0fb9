import { z } from 'astro/zod';
import { ProseSchema } from './common';

/** An event record in content/events.yaml: the project's own title and summary for an event key. */
export const EventSchema = z
  .object({
    /** Short title in the project's words. */
    title: ProseSchema.max(70, 'must be at most 70 characters: it is the page title and labels chart marks'),
    /** One or two sentences in the project's words; hedged where the sources hedge. */
    summary: ProseSchema,
  })
  .strict();
