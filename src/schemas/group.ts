import { z } from 'astro/zod';
import { GROUP_KINDS, LINEAGES } from '../lib/chronology/vocabulary';
import { DateValueSchema, ProseSchema, SlugSchema } from './common';
import { SearchAliasSchema } from './names';

const kinds = Object.keys(GROUP_KINDS) as [keyof typeof GROUP_KINDS, ...(keyof typeof GROUP_KINDS)[]];
const lineages = Object.keys(LINEAGES) as [keyof typeof LINEAGES, ...(keyof typeof LINEAGES)[]];

/** One name a group used, and when. */
export const GroupNameSchema = z
  .object({
    /** The name. */
    name: ProseSchema,
    /** Short form for chart lanes and tight labels while this name applies (at most 24 characters). */
    short: ProseSchema.max(24, 'must be at most 24 characters: it labels a chart lane').optional(),
    /** First year/month/day the name applies, where a source gives it. */
    from: DateValueSchema.optional(),
    /** Last year/month/day the name applies, where a source gives it. */
    to: DateValueSchema.optional(),
    /** Where the period comes from, in the project's words. */
    note: ProseSchema.optional(),
  })
  .strict();

/** A group record in content/groups/. */
export const GroupSchema = z
  .object({
    /** Current or best-known name. */
    name: ProseSchema,
    /** Short name for chart lanes (at most 24 characters). */
    shortName: ProseSchema.max(24, 'must be at most 24 characters: it labels a chart lane'),
    /** What kind of actor this is. */
    kind: z.enum(kinds, {
      error: (issue) => `unknown group kind "${String(issue.input)}": use one of ${kinds.join(', ')}`,
    }),
    /** Which lineage its lane sits in. */
    lineage: z.enum(lineages, {
      error: (issue) => `unknown lineage "${String(issue.input)}": use one of ${lineages.join(', ')}`,
    }),
    /**
     * Id of the group this one belongs to or is a branch of, for the whole period covered, where the
     * articles state it in their own voice. Leave it out when the link held only for a period (dated
     * links belong to the relationship layer) or rests only on a partisan statement.
     */
    parent: SlugSchema.optional(),
    /** The basis and period of the parent link or, without one, of the group's affiliation as the sources give it, in the project's words. */
    parentNote: ProseSchema.optional(),
    /** Names over time, oldest first. */
    names: z.array(GroupNameSchema).min(1, 'must list at least the current name'),
    /** Other names and acronyms the five articles use for the group (shown as "also called"). */
    aliases: z.array(ProseSchema).default([]),
    /** Other spellings readers search for that none of the five articles uses (shown as such; indexed for search). */
    searchAliases: z.array(SearchAliasSchema).default([]),
    /** Short description in the project's own words. */
    description: ProseSchema,
  })
  .strict();
