/**
 * Zod issues in the project's words, for any schema: these tests use a made-up schema (not the
 * project's), so they show that unknown keys, did-you-mean, missing fields, enums, wrong types
 * and unquoted dates need no per-field code.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/chronology/problems';
import { checkAgainst, describeExpected, fieldsAt, schemasAt } from '../../src/lib/corpus/schema-problems';
import { parseYaml } from '../../src/lib/corpus/yaml';

const Person = z.object({ name: z.string(), born: z.string().optional(), role: z.enum(['leader', 'envoy']) }).strict();
const Stamp = z
  .object({ when: z.string() })
  .strict()
  .and(z.object({ confirmed: z.boolean() }).strict());
const Record = z
  .object({
    title: z.string(),
    people: z.array(Person).min(1),
    stamp: Stamp,
    tags: z.array(z.string()).default([]),
    level: z.union([z.literal('national'), z.literal('local')]).optional(),
    note: z.string({ error: 'is missing: say why in a sentence' }),
  })
  .strict();

/** Problems for a YAML text checked against the made-up schema. */
function check(yaml: string): string[] {
  const parsed = parseYaml(yaml, 'r.yaml');
  expect(parsed.problems).toEqual([]);
  return checkAgainst(Record, parsed.value, { file: 'r.yaml', locate: parsed.locate }).problems.map(formatProblem);
}

const valid = [
  'title: T',
  'people:',
  '  - name: A',
  '    role: leader',
  'stamp: { when: "2014", confirmed: true }',
  'note: N',
];
const edit = (from: string, to: string) => valid.map((l) => (l === from ? to : l)).join('\n') + '\n';

describe('reading a schema', () => {
  it('finds the fields allowed at a path, through arrays, intersections and wrappers', () => {
    expect(fieldsAt(Record, [])).toEqual({
      all: ['title', 'people', 'stamp', 'tags', 'level', 'note'],
      required: ['title', 'people', 'stamp', 'note'],
    });
    expect(fieldsAt(Record, ['people', 3])).toEqual({ all: ['name', 'born', 'role'], required: ['name', 'role'] });
    expect(fieldsAt(Record, ['stamp'])).toEqual({ all: ['when', 'confirmed'], required: ['when', 'confirmed'] });
    expect(schemasAt(Record, ['nope'])).toEqual([]);
  });

  it('says what a field expects', () => {
    expect(describeExpected(schemasAt(Record, ['people']))).toBe('a list of entries with name, role');
    expect(describeExpected(schemasAt(Record, ['stamp']))).toBe('a map with when, confirmed');
    expect(describeExpected(schemasAt(Record, ['people', 0, 'role']))).toBe('one of leader, envoy');
    expect(describeExpected(schemasAt(Record, ['stamp', 'confirmed']))).toBe('true or false');
    expect(describeExpected(schemasAt(Record, ['level']))).toBe('"national"');
  });
});

describe('problems in the project words', () => {
  it('passes a valid record', () => {
    expect(check(valid.join('\n'))).toEqual([]);
  });

  it('a misspelt required field: one line, at the key, with did-you-mean', () => {
    expect(check(edit('title: T', 'titel: T'))).toEqual([
      'r.yaml:1: titel: unknown field "titel" (did you mean "title"? it is required and missing): rename "titel" to "title"',
    ]);
  });

  it('an unknown key deep in a list, and one on either side of an intersection', () => {
    expect(check(edit('    role: leader', '    role: leader\n    bron: "1970"'))).toEqual([
      'r.yaml:5: people[0].bron: unknown field "bron" (did you mean "born"?): rename "bron" to "born"',
    ]);
    expect(check(edit('stamp: { when: "2014", confirmed: true }', 'stamp: { when: "2014", confirmd: true }'))).toEqual([
      'r.yaml:5: stamp.confirmd: unknown field "confirmd" (did you mean "confirmed"? it is required and missing): rename "confirmd" to "confirmed"',
    ]);
  });

  it('a missing field, once even when both sides of an intersection miss it', () => {
    expect(check(edit('stamp: { when: "2014", confirmed: true }', 'stamp: { confirmed: true }'))).toEqual([
      'r.yaml:5: stamp.when: is missing: add "when:" with text',
    ]);
    expect(check(edit('note: N', ''))).toEqual(['r.yaml: note: is missing: say why in a sentence']);
  });

  it('a value outside a closed list, with did-you-mean', () => {
    expect(check(edit('    role: leader', '    role: leaders'))).toEqual([
      'r.yaml:4: people[0].role: "leaders" is not allowed (did you mean "leader"?): use one of leader, envoy',
    ]);
  });

  it('wrong types, with the fix', () => {
    expect(check(edit('title: T', 'title: 2014'))).toEqual([
      'r.yaml:1: title: is the number 2014 but must be text: quote it: title: "2014"',
    ]);
    expect(
      check(edit('stamp: { when: "2014", confirmed: true }', 'stamp: { when: "2014", confirmed: "yes" }')),
    ).toEqual(['r.yaml:5: stamp.confirmed: is the text "yes" but must be true or false: write true or false']);
    expect(check(edit('title: T', 'title: T\ntags: solo'))).toEqual([
      'r.yaml:2: tags: is the text "solo" but must be a list: write it as a list, e.g. tags: [solo]',
    ]);
  });

  it('an unquoted date, shown as written', () => {
    expect(
      check(edit('stamp: { when: "2014", confirmed: true }', 'stamp: { when: 2014-13-45, confirmed: true }')),
    ).toEqual([
      'r.yaml:5: stamp.when: is an unquoted date (2014-13-45), which YAML reads as a timestamp, not text: quote it: when: "2014-13-45"',
    ]);
  });

  it('an unknown key with nothing close lists the fields allowed there', () => {
    expect(check(edit('title: T', 'title: T\ncolour: red'))).toEqual([
      'r.yaml:2: colour: unknown field "colour": remove it, or use one of the fields allowed here: title, people, stamp, tags, level, note',
    ]);
  });

  it('a prefix for records inside a map file', () => {
    const problems = checkAgainst(
      Person,
      { name: 'A', role: 'envoy', rloe: 'x' },
      { file: 'm.yaml', prefix: ['someone'] },
    ).problems;
    expect(problems.map(formatProblem)).toEqual([
      'm.yaml: someone.rloe: unknown field "rloe" ("role" is already set): remove it',
    ]);
  });
});
