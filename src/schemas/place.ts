import { z } from 'astro/zod';
import { ProseSchema, SlugSchema } from './common';
import { NameVariantSchema } from './names';
import { COORDINATE_PROVENANCE_IDS } from '../lib/chronology/vocabulary';

const PLACE_KINDS = ['country', 'region', 'province', 'city', 'town', 'site'] as const;

/** WGS 84 coordinates in decimal degrees, with where they come from. */
export const CoordinatesSchema = z
  .object({
    /** Latitude, −90 to 90 (decimal degrees, north positive). */
    lat: z.number().min(-90).max(90),
    /** Longitude, −180 to 180 (decimal degrees, east positive). */
    lon: z.number().min(-180).max(180),
    /** Where the coordinates come from: "general-reference" (a gazetteer or atlas; the five articles give none). */
    provenance: z.enum(COORDINATE_PROVENANCE_IDS, {
      error: (issue) =>
        issue.input === undefined
          ? `is missing: say where the coordinates come from (${COORDINATE_PROVENANCE_IDS.join(', ')}); the five articles give none`
          : `unknown coordinate provenance "${String(issue.input)}": use one of ${COORDINATE_PROVENANCE_IDS.join(', ')}`,
    }),
  })
  .strict();

/** A place record in content/places/: names and spellings, country and coordinates only where certain. */
export const PlaceSchema = z
  .object({
    /** The name the site uses. */
    name: ProseSchema,
    /** Other spellings and transliterations readers search for. */
    names: z.array(NameVariantSchema).default([]),
    /** What kind of place. */
    kind: z.enum(PLACE_KINDS, {
      error: (issue) => `unknown place kind "${String(issue.input)}": use one of ${PLACE_KINDS.join(', ')}`,
    }),
    /** Country, where certain (omit for a country or an area across borders). */
    country: ProseSchema.optional(),
    /** The place it lies within (content/places id), e.g. a town within its province. */
    within: SlugSchema.optional(),
    /** Coordinates, only where certain. */
    coordinates: CoordinatesSchema.optional(),
    /** What the sources say of the place, in the project's own words. */
    note: ProseSchema,
  })
  .strict();
