/**
 * Each kind of bad content, as a fixture: the valid fixture corpus with one change. The build
 * must fail naming the file, the field and the fix, so each case asserts on the whole message.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/lib/chronology/problems';
import { loadChronology } from '../../src/lib/corpus/load';

const valid = 'tests/fixtures/corpus/valid';
const scratch = mkdtempSync(join(tmpdir(), 'chronology-invalid-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Case {
  kind: string;
  /** File inside the corpus to change. */
  file: string;
  /** Text to replace (must occur), or a function producing the new file text. */
  find?: string;
  replace: string | ((text: string) => string);
  /** Expected problem line (file: field: message), matched as a substring or pattern. */
  expected: RegExp;
}

const cases: Case[] = [
  {
    kind: 'malformed YAML frontmatter',
    file: 'sources/first.mdx',
    find: 'kind: news-report',
    replace: 'kind: [news-report',
    expected: /sources\/first\.mdx: line \d+: YAML syntax error .*: fix the indentation or quoting/,
  },
  {
    kind: 'missing required field',
    file: 'sources/first.mdx',
    find: 'outlet: Fixture Wire\n',
    replace: '',
    expected: /sources\/first\.mdx: outlet: is missing: add it/,
  },
  {
    kind: 'unknown field (typo)',
    file: 'sources/first.mdx',
    find: 'wire: [AFP]',
    replace: 'wire: [AFP]\nwires: [AP]',
    expected: /sources\/first\.mdx: .*"wires".*remove it or check its spelling/,
  },
  {
    kind: 'unknown group in a claim',
    file: 'sources/first.mdx',
    find: 'to: [alpha]\n    place: town',
    replace: 'to: [alpah]\n    place: town',
    expected: /sources\/first\.mdx: claims\[0\]\.to\[0\]: unknown group "alpah" \(did you mean "alpha"\?\): add content\/groups\/alpah\.yaml or fix the id/,
  },
  {
    kind: 'unknown event type',
    file: 'sources/first.mdx',
    find: 'type: pledge',
    replace: 'type: allegiance',
    expected: /sources\/first\.mdx: claims\[0\]\.type: unknown event type "allegiance": use one of pledge, /,
  },
  {
    kind: 'unknown status',
    file: 'sources/first.mdx',
    find: 'status: reported',
    replace: 'status: rumoured',
    expected: /sources\/first\.mdx: claims\[0\]\.status: unknown status "rumoured": use one of stated, reported/,
  },
  {
    kind: 'claim citing a missing event',
    file: 'sources/first.mdx',
    find: 'event: local-pledge',
    replace: 'event: local-pledges',
    expected: /sources\/first\.mdx: claims\[0\]\.event: no event "local-pledges" in content\/events\.yaml \(did you mean "local-pledge"\?\): add it there/,
  },
  {
    kind: 'quote missing',
    file: 'sources/first.mdx',
    find: '    quote: "Beta cut ties with Alpha in 2013."\n',
    replace: '',
    expected: /sources\/first\.mdx: claims\[2\]\.quote: is missing: copy a verbatim passage of at most 40 words/,
  },
  {
    kind: 'quote longer than 40 words',
    file: 'sources/first.mdx',
    find: 'quote: "Beta cut ties with Alpha in 2013."',
    replace: `quote: "${Array.from({ length: 41 }, (_, i) => `w${i}`).join(' ')}"`,
    expected: /sources\/first\.mdx: claims\[2\]\.quote: has 41 words; quotes are at most 40: shorten it/,
  },
  {
    kind: 'impossible date',
    file: 'sources/first.mdx',
    find: 'day: "2014-06-25" }\n    from',
    replace: 'day: "2024-13-45" }\n    from',
    expected: /sources\/first\.mdx: claims\[0\]\.date\.day: "2024-13-45" is not a real date/,
  },
  {
    kind: 'unquoted date (YAML would make it a Date)',
    file: 'sources/first.mdx',
    find: 'day: "2014-06-25" }\n    from',
    replace: 'day: 2014-06-25 }\n    from',
    expected: /sources\/first\.mdx: claims\[0\]\.date\.day: must be a quoted date string/,
  },
  {
    kind: 'range ending before it starts',
    file: 'sources/second.mdx',
    find: 'notBefore: "2016-01", notAfter: "2017-04-17"',
    replace: 'notBefore: "2017-04-18", notAfter: "2016-01"',
    expected: /sources\/second\.mdx: claims\[2\]\.date\.notAfter: ends \(2016-01\) before it starts \(2017-04-18\)/,
  },
  {
    kind: 'two date forms at once',
    file: 'sources/first.mdx',
    find: '{ text: "in 2013", year: "2013" }',
    replace: '{ text: "in 2013", year: "2013", month: "2013-05" }',
    expected: /sources\/first\.mdx: claims\[2\]\.date: mixes date forms \(month, year\): keep exactly one/,
  },
  {
    kind: 'event dated after its source was published',
    file: 'sources/first.mdx',
    find: '{ text: "in 2013", year: "2013" }',
    replace: '{ text: "in 2015", year: "2015" }',
    expected: /sources\/first\.mdx: claims\[2\]\.date: starts 2015-01-01, after the article was published \(25 June 2014\)/,
  },
  {
    kind: 'directed event without a target',
    file: 'sources/second.mdx',
    find: '    to: [alpha]\n',
    replace: '',
    expected: /sources\/second\.mdx: claims\[0\]\.to: is required: a pledge is directed/,
  },
  {
    kind: 'claims disagreeing on the event type',
    file: 'sources/second.mdx',
    find: 'type: pledge',
    replace: 'type: merger',
    expected: /sources\/second\.mdx: claims\[0\]\.type: is "merger" but .*sources\/first\.mdx claims\[0\]\.type gives "pledge" for event "local-pledge"/,
  },
  {
    kind: 'duplicate event id',
    file: 'events.yaml',
    replace: (t) => `${t}split:\n  title: Again\n  summary: Duplicate.\n`,
    expected: /events\.yaml: line \d+: duplicate key: each id may appear once/,
  },
  {
    kind: 'duplicate group id across files',
    file: 'groups/beta.yml',
    replace: () => readFileSync(join(valid, 'groups/beta.yaml'), 'utf8'),
    expected: /groups\/beta\.yml: duplicate group id "beta" \(also defined in .*groups\/beta\.yaml\): rename one of them/,
  },
  {
    kind: 'group whose parent does not exist',
    file: 'groups/beta-local.yaml',
    find: 'parent: beta',
    replace: 'parent: gamma',
    expected: /groups\/beta-local\.yaml: parent: unknown group "gamma": add content\/groups\/gamma\.yaml or fix the id/,
  },
  {
    kind: 'parent cycle',
    file: 'groups/beta.yaml',
    find: 'lineage: al-qaeda',
    replace: 'lineage: al-qaeda\nparent: beta-local',
    expected: /groups\/beta\.yaml: parent: parents form a cycle \(beta → beta-local → beta\)/,
  },
  {
    kind: 'unknown group kind',
    file: 'groups/alpha.yaml',
    find: 'kind: organisation',
    replace: 'kind: militia',
    expected: /groups\/alpha\.yaml: kind: unknown group kind "militia": use one of organisation, branch/,
  },
  {
    kind: 'event no source reports',
    file: 'events.yaml',
    replace: (t) => `${t}orphan:\n  title: Nobody reports this\n  summary: Invented.\n`,
    expected: /events\.yaml: orphan: no source claims this event: cite it from a source's claims, or remove it/,
  },
  {
    kind: 'bad event key',
    file: 'events.yaml',
    replace: (t) => `${t}Bad_Key:\n  title: x\n  summary: y\n`,
    expected: /events\.yaml: Bad_Key: is not a valid event key: use a lower-case slug/,
  },
  {
    kind: 'repost without the reposting site',
    file: 'sources/second.mdx',
    find: 'repostedBy: Fixture Mirror\n',
    replace: '',
    expected: /sources\/second\.mdx: repostedBy: is required when urlKind is "copy"/,
  },
  {
    kind: 'the retired status "confirmed"',
    file: 'sources/first.mdx',
    find: 'status: stated',
    replace: 'status: confirmed',
    expected: /sources\/first\.mdx: claims\[2\]\.status: is "confirmed", which is no longer a presentation status: use "stated"/,
  },
  {
    kind: 'claim without an origin',
    file: 'sources/first.mdx',
    find: '    origin: { kind: author }\n',
    replace: '',
    expected: /sources\/first\.mdx: claims\[2\]\.origin: is missing: add it/,
  },
  {
    kind: 'unknown origin kind',
    file: 'sources/first.mdx',
    find: 'origin: { kind: author }',
    replace: 'origin: { kind: blogger }',
    expected: /sources\/first\.mdx: claims\[2\]\.origin\.kind: unknown origin kind "blogger": use one of monitor, official/,
  },
  {
    kind: 'unknown place, with a suggestion',
    file: 'sources/first.mdx',
    find: 'place: town',
    replace: 'place: towns',
    expected: /sources\/first\.mdx: claims\[0\]\.place: unknown place "towns" \(did you mean "town"\?\): add content\/places\/towns\.yaml or fix the id/,
  },
  {
    kind: 'unknown person, with a suggestion',
    file: 'sources/first.mdx',
    find: 'people: [leader-b]',
    replace: 'people: [leader-c]',
    expected: /sources\/first\.mdx: claims\[2\]\.people\[0\]: unknown person "leader-c" \(did you mean "leader-b"\?\): add content\/people\/leader-c\.yaml or fix the id/,
  },
  {
    kind: 'unknown person on an actor',
    file: 'sources/second.mdx',
    find: '{ group: alpha, level: individual, label: officials representing Alpha }',
    replace: '{ group: alpha, person: nobody }',
    expected: /sources\/second\.mdx: claims\[2\]\.actors\[0\]\.person: unknown person "nobody": add content\/people\/nobody\.yaml/,
  },
  {
    kind: 'unknown level',
    file: 'sources/second.mdx',
    find: 'level: individual',
    replace: 'level: cell',
    expected: /sources\/second\.mdx: claims\[2\]\.actors\[0\]\.level: unknown level "cell": use one of organisation, local-unit, individual/,
  },
  {
    kind: 'a span with a start and no end',
    file: 'sources/first.mdx',
    find: '{ text: "in 2013", year: "2013" }',
    replace: '{ text: "from 2013", from: "2013" }',
    expected: /sources\/first\.mdx: claims\[2\]\.date\.to: is required with from: give "to" for a closed span, or "ongoing"/,
  },
  {
    kind: 'an undated claim bounded after its article',
    file: 'sources/second.mdx',
    find: 'notAfter: "2017-04-17"',
    replace: 'notAfter: "2017-05"',
    expected: /sources\/second\.mdx: claims\[2\]\.date\.notAfter: is after the article's own date \(April 2017\)/,
  },
  {
    kind: 'place inside an unknown place',
    file: 'places/town.yaml',
    find: 'within: country',
    replace: 'within: contry',
    expected: /places\/town\.yaml: within: unknown place "contry" \(did you mean "country"\?\)/,
  },
  {
    kind: 'group acting towards itself',
    file: 'sources/second.mdx',
    find: 'from: [beta]\n    to: [alpha]',
    replace: 'from: [alpha]\n    to: [alpha]',
    expected: /sources\/second\.mdx: claims\[0\]\.to: names "alpha" on both sides/,
  },
];

function corpusWith(c: Case, i: number): string {
  const dir = join(scratch, String(i));
  cpSync(valid, dir, { recursive: true });
  const path = join(dir, c.file);
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // a new file
  }
  let next: string;
  if (typeof c.replace === 'function') next = c.replace(text);
  else {
    if (c.find === undefined || !text.includes(c.find)) throw new Error(`fixture text not found for "${c.kind}"`);
    next = text.replace(c.find, c.replace);
  }
  writeFileSync(path, next);
  return dir;
}

describe('the valid fixture', () => {
  it('loads without problems', () => {
    expect(loadChronology(valid).events).toHaveLength(3);
  });
});

describe('invalid content fails with file, field and fix', () => {
  it.each(cases.map((c, i) => [c.kind, c, i] as const))('%s', (_kind, c, i) => {
    const dir = corpusWith(c, i);
    let error: unknown;
    try {
      loadChronology(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorpusError);
    const message = (error as CorpusError).message;
    expect(message).toMatch(c.expected);
    expect(message).toMatch(/^The chronology content has \d+ problems?:/);
  });

  it('covers at least 15 kinds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
});
