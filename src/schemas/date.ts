import { z } from 'astro/zod';
import { DATE_FORMS, isOrderedSpan, isValidSeason } from '../lib/chronology/dates';
import { DateValueSchema, ProseSchema } from './common';

/**
 * A date as a source gives it: the source's own wording plus exactly one machine form
 * (`day`, `month`, `season`, `year`, `from`+`to`, or `notBefore`+`notAfter` for an undated event).
 */
export const ClaimDateSchema = z
  .object({
    /** The source's own words, e.g. "earlier this week" or "in spring 2013". */
    text: ProseSchema,
    /** A single day, "YYYY-MM-DD". */
    day: DateValueSchema.optional(),
    /** A month, "YYYY-MM". */
    month: DateValueSchema.optional(),
    /** A season, "YYYY-spring", "YYYY-summer", "YYYY-autumn" or "YYYY-winter". */
    season: z
      .string()
      .refine(isValidSeason, 'must be "YYYY-spring", "YYYY-summer", "YYYY-autumn" or "YYYY-winter"')
      .optional(),
    /** A year, "YYYY". */
    year: DateValueSchema.optional(),
    /** Start of a span the source gives. */
    from: DateValueSchema.optional(),
    /** End of a span the source gives. */
    to: DateValueSchema.optional(),
    /** Earliest possible date of an event the source does not date. */
    notBefore: DateValueSchema.optional(),
    /** Latest possible date of an event the source does not date. */
    notAfter: DateValueSchema.optional(),
    /** How relative wording was resolved, or what the bounds rest on. */
    basis: ProseSchema.optional(),
  })
  .strict()
  .superRefine((date, ctx) => {
    const present = DATE_FORMS.filter((form) => form.keys.some((key) => date[key] !== undefined));
    if (present.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          present.length === 0
            ? 'needs one date form: day, month, season, year, from+to, or notBefore+notAfter'
            : `mixes date forms (${present.map((f) => f.keys.join('+')).join(', ')}): keep exactly one`,
      });
      return;
    }
    const form = present[0]!;
    for (const key of form.keys) {
      if (date[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `is required with ${form.keys.join('+')}` });
        return;
      }
    }
    if (form.keys.length === 2) {
      const [a, b] = form.keys as [keyof typeof date, keyof typeof date];
      const first = date[a] as string;
      const second = date[b] as string;
      if (!isOrderedSpan(first, second)) {
        ctx.addIssue({
          code: 'custom',
          path: [b],
          message: `ends (${second}) before it starts (${first}): swap them or fix the date`,
        });
      }
    }
  });
