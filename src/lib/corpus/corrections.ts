/**
 * The public corrections log: reads content/corrections.yaml (a list of dated one-line changes
 * to events' facts after first publication), checks it against the events, and orders it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CorrectionsSchema } from '../../schemas/correction';
import { closest } from '../chronology/validate';
import { CorpusError, type Problem } from '../chronology/problems';
import { checkAgainst } from './schema-problems';
import { parseYaml } from './yaml';

/** One correction as published. */
export interface Correction {
  id: string;
  /** Day published, "YYYY-MM-DD". */
  date: string;
  /** Event key; it may name a withdrawn event. */
  event: string;
  /** One line, in the project's words. */
  change: string;
}

/**
 * Problems of a parsed log against the event ids: duplicate ids, and events that do not exist
 * unless the entry records their withdrawal ("Event withdrawn…").
 */
export function correctionProblems(entries: Correction[], eventIds: ReadonlySet<string>, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  entries.forEach((c, i) => {
    if (seen.has(c.id))
      problems.push({ file, field: `[${i}].id`, message: `duplicate id "${c.id}": give each entry its own id` });
    seen.add(c.id);
    if (!eventIds.has(c.event) && !/^Event withdrawn/.test(c.change)) {
      const near = closest(c.event, eventIds);
      problems.push({
        file,
        field: `[${i}].event`,
        message: `no event "${c.event}" in ${file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.'}/events.yaml${near ? ` (did you mean "${near}"?)` : ''}: fix the key, or start the change with "Event withdrawn" for a removed event`,
      });
    }
  });
  return problems;
}

/** Newest first, then by id: the order of /corrections/ and corrections.json. */
export function orderCorrections(entries: readonly Correction[]): Correction[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Reads and checks `<dir>/corrections.yaml` (empty when absent); every problem, never throws. */
export function checkCorrections(
  dir: string,
  eventIds: ReadonlySet<string>,
  root = process.cwd(),
): { corrections: Correction[]; problems: Problem[] } {
  const path = join(dir, 'corrections.yaml');
  if (!existsSync(path)) return { corrections: [], problems: [] };
  const file = relative(root, path) || path;
  const { value: parsed, problems: yamlProblems, locate } = parseYaml(readFileSync(path, 'utf8'), file);
  if (yamlProblems.length > 0) return { corrections: [], problems: yamlProblems };
  const checked = checkAgainst(CorrectionsSchema, parsed ?? [], { file, locate, label: 'correction' });
  if (!checked.data) return { corrections: [], problems: checked.problems };
  return { corrections: orderCorrections(checked.data), problems: correctionProblems(checked.data, eventIds, file) };
}

/** Reads and checks `<dir>/corrections.yaml` (empty when absent); throws a CorpusError listing every problem. */
export function loadCorrections(dir: string, eventIds: ReadonlySet<string>, root = process.cwd()): Correction[] {
  const { corrections, problems } = checkCorrections(dir, eventIds, root);
  if (problems.length > 0) throw new CorpusError(problems);
  return corrections;
}
