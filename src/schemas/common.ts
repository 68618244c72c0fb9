import { z } from 'astro/zod';
import { isValidDateValue } from '../lib/chronology/dates';
import { explainId, ID_PATTERN } from '../lib/chronology/ids';

/**
 * Lower-case slug used for every id (event keys, group ids, source ids). The error names the
 * odd character (a Cyrillic or Greek look-alike, an upper-case letter) and the Latin id.
 */
export const SlugSchema = z.string().regex(ID_PATTERN, { error: (issue) => explainId(String(issue.input)) });

/**
 * A calendar value `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept as a quoted string in YAML because
 * YAML would otherwise turn an impossible date such as 2024-13-45 into a real one silently.
 */
export const DateValueSchema = z
  .string({ error: 'must be a quoted date string "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quote it in YAML)' })
  .refine(isValidDateValue, {
    error: (issue) =>
      `"${String(issue.input)}" is not a real date: use "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a valid month and day`,
  });

/** Prose written in the project's own words: non-empty, trimmed. */
export const ProseSchema = z.string().trim().min(1, 'must not be empty');
