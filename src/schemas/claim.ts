import { z } from 'astro/zod';
import {
  EVENT_TYPE_IDS,
  EVENT_TYPES,
  LEVEL_IDS,
  ORIGIN_KIND_IDS,
  STATUS_IDS,
} from '../lib/chronology/vocabulary';
import { countWords, MAX_QUOTE_WORDS } from '../lib/chronology/quotes';
import { ProseSchema, SlugSchema } from './common';
import { ClaimDateSchema } from './date';

/** An actor given as an object: a level, a person, or the article's description of an unnamed actor. */
export const ActorObjectSchema = z
  .object({
    /** The group the actor is, or belongs to (content/groups id). */
    group: SlugSchema,
    /** Level of analysis; defaults from the group record's kind (local-unit records are local units). */
    level: z
      .enum(LEVEL_IDS, {
        error: (issue) => `unknown level "${String(issue.input)}": use one of ${LEVEL_IDS.join(', ')}`,
      })
      .optional(),
    /** Person id (content/people) for a named individual. */
    person: SlugSchema.optional(),
    /** The article's own description of an actor it does not name ("a Nusra Front commander"). */
    label: ProseSchema.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.person && a.level && a.level !== 'individual') {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'must be "individual" (or left out) when a person is named' });
    }
  });

/**
 * An actor on a claim: a group id, or an object with a level, a person or a description. Parsed
 * by hand rather than as a union so the message names the field that is wrong (a union reports
 * only that no option matched).
 */
export const ActorRefSchema = z.unknown().transform((value, ctx): string | z.output<typeof ActorObjectSchema> => {
  if (typeof value !== 'string' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    ctx.addIssue({ code: 'custom', message: 'must be a group id, or an object with "group" and optionally "level", "person", "label"' });
    return z.NEVER;
  }
  const result = typeof value === 'string' ? SlugSchema.safeParse(value) : ActorObjectSchema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: value } as Parameters<typeof ctx.addIssue>[0]);
  return z.NEVER;
});

const GroupListSchema = z.array(ActorRefSchema).min(1, 'must name at least one group id');

/** Who originally said a claim, as the article shows it. */
export const OriginSchema = z
  .object({
    /** Kind of origin: monitor, official, activist, party (a self-statement), partisan-media, wire, unnamed, author. */
    kind: z.enum(ORIGIN_KIND_IDS, {
      error: (issue) => `unknown origin kind "${String(issue.input)}": use one of ${ORIGIN_KIND_IDS.join(', ')}`,
    }),
    /** Who, in the article's terms ("Syrian Observatory for Human Rights", "Iraqi Vice President Ayad Allawi"). */
    name: ProseSchema.optional(),
    /** Identity across articles: claims with one key are one origin. Defaults to kind and name (unnamed and author: per article). */
    key: SlugSchema.optional(),
  })
  .strict();

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
    /** Where: one place id (content/places), the most specific place the source gives. */
    place: SlugSchema.optional(),
    /** People the claim names (content/people ids). */
    people: z.array(SlugSchema).optional(),
    /** How the source presents it: stated (as fact), reported, alleged, speculative, disputed or denied. */
    status: z.enum(STATUS_IDS, {
      error: (issue) =>
        issue.input === 'confirmed'
          ? 'is "confirmed", which is no longer a presentation status: use "stated" for a bare statement in the article\'s own voice'
          : `unknown status "${String(issue.input)}": use one of ${STATUS_IDS.join(', ')}`,
    }),
    /** Who originally said it (provenance). */
    origin: OriginSchema,
    /** The chain from the origin to this article, in order, where the article shows it (e.g. ["AFP"]; "Reuters/AFP" for one step credited to several wires). */
    via: z.array(ProseSchema).optional(),
    /** Overrides the partisan flag the origin kind implies (party and partisan-media are partisan). */
    partisan: z.boolean().optional(),
    /** This source's version of what happened, in the project's words, where sources describe the event differently. */
    account: ProseSchema.optional(),
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
