import { z } from 'astro/zod';
import { DATE_FORMS, isOrderedSpan, isValidSeason } from '../lib/chronology/dates';
import { DateValueSchema, ProseSchema } from './common';

/**
 * A date as a source gives it: the source's own wording plus exactly one machine form
 * (`day`, `month`, `season`, `year`, `from`+`to`, `from`+`ongoing` for a span still going on, or
 * `notAfter` with an optional `notBefore` for an undated event), never tighter than the source.
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
    /** With `from`: the last date on which the source says the span was still going on (the end is open). */
    ongoing: DateValueSchema.optional(),
    /** Earliest possible date of an undated event, only from the article's own text (omit when it gives none). */
    notBefore: DateValueSchema.optional(),
    /** Latest possible date of an undated event (at the latest the article's own date). */
    notAfter: DateValueSchema.optional(),
    /** True when the machine form is an editorial reading of relative or partial wording ("earlier this week", "in November"). */
    inferred: z.boolean().optional(),
    /** When the reports were made, where the article dates the reporting rather than the event itself. */
    reportDate: DateValueSchema.optional(),
    /** How relative wording was resolved, or what the bounds rest on. */
    basis: ProseSchema.optional(),
  })
  .strict()
  .superRefine((date, ctx) => {
    // `from` is shared by the closed span (from+to) and the open one (from+ongoing): a lone
    // `from` belongs to the closed span, so the message asks for `to` (or `ongoing`).
    const present = DATE_FORMS.filter((form) =>
      form.keys.some(
        (key) =>
          date[key] !== undefined && !(key === 'from' && (form.precision === 'open') !== (date.ongoing !== undefined)),
      ),
    );
    if (present.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          present.length === 0
            ? 'needs one date form: day, month, season, year, from+to, from+ongoing, or notAfter (with notBefore when the article gives one)'
            : `mixes date forms (${present.map((f) => f.keys.join('+')).join(', ')}): keep exactly one`,
      });
      return;
    }
    const form = present[0]!;
    for (const key of form.keys) {
      if (date[key] === undefined && !(form.optional ?? []).includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message:
            key === 'to'
              ? 'is required with from: give "to" for a closed span, or "ongoing" (the last date the source saw it going on) for an open one'
              : `is required with ${form.keys.join('+')}`,
        });
        return;
      }
    }
    if (form.keys.length === 2 && form.keys.every((k) => date[k] !== undefined)) {
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
