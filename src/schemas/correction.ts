import { z } from 'astro/zod';
import { DateValueSchema, ProseSchema, SlugSchema } from './common';

/** One entry of the public corrections log (content/corrections.yaml): a dated, one-line change to an event's facts. */
export const CorrectionSchema = z
  .object({
    /** Stable id, also the entry's fragment on /corrections/ (e.g. "2026-11-30-split-date"). */
    id: SlugSchema,
    /** Day the correction was published, "YYYY-MM-DD". */
    date: DateValueSchema.refine((v) => v.length === 10, 'must be a full day "YYYY-MM-DD": give the day the correction was published'),
    /** Key of the event corrected (it may have been withdrawn). */
    event: SlugSchema,
    /** What changed, in one line of the project's own words. */
    change: ProseSchema.max(240, 'must be one line of at most 240 characters').refine(
      (v) => !/\n/.test(v),
      'must be one line',
    ),
  })
  .strict();

/** The whole log: a list of entries. */
export const CorrectionsSchema = z.array(CorrectionSchema);
