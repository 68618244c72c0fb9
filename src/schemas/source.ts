import { z } from 'astro/zod';
import { ClaimSchema } from './claim';
import { DateValueSchema, ProseSchema } from './common';
import { ClaimDateSchema } from './date';

/** A source's publication date: a claim-style date plus whether the record confirms it. */
export const PublishedSchema = ClaimDateSchema.and(
  z
    .object({
      /** False where the bibliographic record marks the date unconfirmed. */
      confirmed: z.boolean(),
    })
    // Strict on both sides, so a key neither side knows is an error rather than dropped.
    .strict(),
);

/** Frontmatter of a source page in content/sources/: bibliographic record plus claims. */
export const SourceSchema = z
  .object({
    /** Page title in the project's words (usually outlet and short headline). */
    title: ProseSchema,
    /** Publishing outlet, with edition or reposting site where relevant. */
    outlet: ProseSchema,
    /** The article's headline as captured. */
    headline: ProseSchema,
    /** False where the record could not confirm the original headline. */
    headlineConfirmed: z.boolean().default(true),
    /** A second headline, e.g. from the URL slug. */
    altHeadline: ProseSchema.optional(),
    /** Named authors (empty when there is no byline). */
    authors: z.array(ProseSchema),
    /** What the byline says when it is not a plain author list. */
    byline: ProseSchema.optional(),
    /** Publication date, with precision and confirmation. */
    published: PublishedSchema,
    /** URL of the page the text was captured from. */
    url: z.url({ error: 'must be an absolute http(s) URL' }),
    /** Whether that URL is the original article, a repost by another site, or a syndicated copy. */
    urlKind: z.enum(['original', 'repost', 'copy']),
    /** The site that reposted or copied the article. */
    repostedBy: ProseSchema.optional(),
    /** Date of the repost or copy. */
    repostDate: DateValueSchema.optional(),
    /** URL of the original, when known. */
    originalUrl: z.url().optional(),
    /** Wire services or basis the text draws on. */
    wire: z.array(ProseSchema),
    /** News report or analysis. */
    kind: z.enum(['news-report', 'analysis']),
    /** Language of the article (BCP 47). */
    language: z.string().default('en'),
    /** File name of the captured text in the reference corpus. */
    capture: ProseSchema,
    /** Names of record fields the bibliographic research could not confirm. */
    unconfirmed: z.array(z.string()).default([]),
    /** Notes on the record in the project's words. */
    notes: ProseSchema.optional(),
    /** The claims this article makes. */
    claims: z.array(ClaimSchema).min(1, 'must list at least one claim'),
  })
  .strict();
