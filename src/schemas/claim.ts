import { z } from 'astro/zod';
import { EVENT_TYPE_IDS, EVENT_TYPES, STATUS_IDS } from '../lib/chronology/vocabulary';
import { countWords, MAX_QUOTE_WORDS } from '../lib/chronology/quotes';
import { ProseSchema, SlugSchema } from './common';
import { ClaimDateSchema } from './date';

const GroupListSchema = z.array(SlugSchema).min(1, 'must name at least one group id');

/** One claim a source makes: which event it supports, how it dates and describes it, and the evidence. */
export const ClaimSchema = z
  .object({
    /** Key of the event in content/events.yaml that this claim supports. */
    event: SlugSchema,
    /** Event type; every claim on one event must agree. */
    type: z.enum(EVENT_TYPE_IDS, {
      error: (issue) => `unknown event type "${String(issue.input)}": use one of ${EVENT_TYPE_IDS.join(', ')}`,
    }),
    /** The date as this source gives it. */
    date: ClaimDateSchema,
    /** Groups involved: for undirected types, or a directed type the source reports without a direction (a mutual break). */
    actors: GroupListSchema.optional(),
    /** For directed types: the group that acts (pledges, splits, refuses). */
    from: GroupListSchema.optional(),
    /** For directed types: the group acted towards (pledged to, split from, refused). */
    to: GroupListSchema.optional(),
    /** Where, in the source's terms. */
    place: ProseSchema.optional(),
    /** How the source presents it. */
    status: z.enum(STATUS_IDS, {
      error: (issue) => `unknown status "${String(issue.input)}": use one of ${STATUS_IDS.join(', ')}`,
    }),
    /** Whom the source credits (a monitor, an official, "multiple sources"). */
    attribution: ProseSchema.optional(),
    /** Verbatim passage from the article, at most 40 words. */
    quote: z
      .string({ error: 'is missing: copy a verbatim passage of at most 40 words from the article' })
      .trim()
      .min(1, 'is empty: copy a verbatim passage of at most 40 words from the article')
      .refine((q) => countWords(q) <= MAX_QUOTE_WORDS, {
        error: (issue) =>
          `has ${countWords(String(issue.input))} words; quotes are at most ${MAX_QUOTE_WORDS}: shorten it to the passage that carries the claim`,
      }),
    /** A note in the project's own words (context, caveats). */
    note: ProseSchema.optional(),
  })
  .strict()
  .superRefine((claim, ctx) => {
    const info = EVENT_TYPES[claim.type];
    const directional = claim.from !== undefined || claim.to !== undefined;
    if (directional && claim.actors) {
      ctx.addIssue({
        code: 'custom',
        path: ['actors'],
        message: 'cannot be combined with "from"/"to": use from+to for a one-sided act, or actors alone when the source gives no direction',
      });
    } else if (directional && (!claim.from || !claim.to)) {
      ctx.addIssue({
        code: 'custom',
        path: [claim.from ? 'to' : 'from'],
        message: `is required: ${info.directed ? `a ${claim.type} is directed, so` : 'with a direction,'} name "from" (who acts) and "to" (towards whom)`,
      });
    } else if (!directional && !claim.actors) {
      ctx.addIssue({
        code: 'custom',
        path: [info.directed ? 'from' : 'actors'],
        message: info.directed
          ? `is required: a ${claim.type} is directed, so name "from" (who acts) and "to" (towards whom), or "actors" if the source gives no direction (e.g. a mutual break)`
          : 'is required: name the groups involved',
      });
    }
  });
