import { z } from 'astro/zod';
import { ProseSchema, SlugSchema } from './common';

/** A name or spelling variant of a person or place, with its language when not English. */
export const NameVariantSchema = z
  .object({
    /** The spelling, as a source or a common transliteration writes it. */
    name: ProseSchema,
    /** BCP 47 language of the spelling, e.g. "ar" for Arabic script (sets lang and dir where shown). */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "ar" or "en"')
      .optional(),
    /** Source ids (content/sources) that use this spelling. */
    sources: z.array(SlugSchema).optional(),
    /** Where the spelling comes from, in the project's words. */
    note: ProseSchema.optional(),
  })
  .strict();

/**
 * A spelling readers search for that none of the five articles uses (a common transliteration, an
 * acronym, a translation, the Arabic script): indexed for search, shown as "other spellings, not
 * used by the five articles". No `sources`, by definition.
 */
export const SearchAliasSchema = NameVariantSchema.omit({ sources: true }).strict();
