/**
 * Loads a content folder from disk without Astro (for tests, fixtures and benchmarks),
 * applying the same schemas and checks as the site build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { deriveChronology } from '../chronology/derive';
import { CorpusError, type Problem } from '../chronology/problems';
import type { Chronology, Corpus, EventData, GroupData, PersonData, PlaceData, SourceData } from '../chronology/types';
import { EventSchema } from '../../schemas/event';
import { GroupSchema } from '../../schemas/group';
import { PersonSchema } from '../../schemas/person';
import { PlaceSchema } from '../../schemas/place';
import { SourceSchema } from '../../schemas/source';
import { check, parseEventMap, parseYaml, splitFrontmatter, type Parsed } from './parse';

function files(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => extensions.includes(extname(f)))
    .sort();
}

/** Reads and schema-checks a content folder; throws a `CorpusError` listing every problem. */
export function loadCorpus(dir: string, root = process.cwd()): Corpus {
  const rel = (p: string) => relative(root, p) || p;
  const problems: Problem[] = [];
  const collect = <T>(parsed: Parsed<T>) => {
    problems.push(...parsed.problems);
    return parsed.entries;
  };

  const sources = files(join(dir, 'sources'), ['.md', '.mdx']).flatMap((name) => {
    const path = join(dir, 'sources', name);
    const { yaml, problems: fm } = splitFrontmatter(readFileSync(path, 'utf8'), rel(path));
    problems.push(...fm);
    if (yaml === undefined) return [];
    // +1: the opening --- line precedes the YAML.
    const { value, problems: yp } = parseYaml(yaml, rel(path), 1);
    problems.push(...yp);
    if (yp.length > 0) return [];
    return collect<SourceData>(check(SourceSchema, value, basename(name, extname(name)), rel(path)));
  });

  const yamlFolder = <T>(folder: string, schema: Parameters<typeof check>[0]) =>
    files(join(dir, folder), ['.yaml', '.yml']).flatMap((name) => {
      const path = join(dir, folder, name);
      const { value, problems: yp } = parseYaml(readFileSync(path, 'utf8'), rel(path));
      problems.push(...yp);
      if (yp.length > 0) return [];
      return collect<T>(check(schema, value, basename(name, extname(name)), rel(path)) as Parsed<T>);
    });
  const groups = yamlFolder<GroupData>('groups', GroupSchema);
  const people = yamlFolder<PersonData>('people', PersonSchema);
  const places = yamlFolder<PlaceData>('places', PlaceSchema);

  const eventsPath = join(dir, 'events.yaml');
  let events: Corpus['events'] = [];
  if (!existsSync(eventsPath)) {
    problems.push({ file: rel(eventsPath), field: '', message: 'is missing: create it with one entry per event key' });
  } else {
    events = collect<EventData>(parseEventMap(readFileSync(eventsPath, 'utf8'), rel(eventsPath), EventSchema));
  }

  if (problems.length > 0) throw new CorpusError(problems);
  return { sources, groups, events, people, places };
}

/** Loads and derives in one step. */
export function loadChronology(dir: string, root = process.cwd()): Chronology {
  return deriveChronology(loadCorpus(dir, root));
}
