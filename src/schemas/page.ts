import { z } from 'astro/zod';
import { ProseSchema } from './common';

/** Frontmatter of a long-form page in content/pages/ (the explainer, the method). */
export const PageSchema = z
  .object({
    /** Page title. */
    title: ProseSchema,
    /** Meta description (one or two sentences). */
    description: ProseSchema.max(300, 'must be at most 300 characters: it is the meta description'),
    /** Standfirst shown under the title. */
    lede: ProseSchema.optional(),
  })
  .strict();
