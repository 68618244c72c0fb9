/**
 * YAML syntax errors explained: the line of the fault (where the bracket or quote was opened,
 * not where the parser gave up), the field being read, and the fix for the common cases.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/chronology/problems';
import { fieldAtLine } from '../../src/lib/corpus/yaml-errors';
import { parseYaml } from '../../src/lib/corpus/yaml';

const claims = [
  'title: x', //                                   1
  'claims:', //                                    2
  '  - event: a', //                               3
  '    date: { text: "x", day: "2014-06-25" }', // 4
  '    from: [beta]', //                           5
  '  - event: b', //                               6
  '    status: reported', //                       7
  '    quote: "q"', //                             8
  'kind: news', //                                 9
].join('\n');

describe('fieldAtLine', () => {
  it.each([
    [0, 'title'],
    [1, 'claims'],
    [2, 'claims[0].event'],
    [3, 'claims[0].date'],
    [4, 'claims[0].from'],
    [5, 'claims[1].event'],
    [6, 'claims[1].status'],
    [7, 'claims[1].quote'],
    [8, 'kind'],
  ])('line %i reads %s', (index, field) => {
    expect(fieldAtLine(claims, index)).toBe(field);
  });

  it('reads through nested lists and maps', () => {
    const text = 'names:\n  - name: A\n    from: "2010"\n  - name: B\n    to: "2012"\naliases:\n  - X\n  - Y\n';
    expect(fieldAtLine(text, 4)).toBe('names[1].to');
    expect(fieldAtLine(text, 7)).toBe('aliases[1]');
  });
});

/** The one problem a broken text gives, formatted. */
function problem(lines: string[]): string {
  const { problems } = parseYaml(lines.join('\n') + '\n', 'f.yaml');
  expect(problems).toHaveLength(1);
  return formatProblem(problems[0]!);
}

describe('syntax errors', () => {
  it('an unclosed bracket: the line that opened it, although the parser stopped on the next', () => {
    expect(
      problem(['title: x', 'claims:', '  - event: a', '    from: [beta', '    to: [alpha]', '    status: reported']),
    ).toBe(
      'f.yaml:4: claims[0].from: YAML syntax error: the "[" opened at column 11 is never closed: add "]" at the end of the list',
    );
    expect(problem(['title: x', 'date: { text: "x", day: "2014"', 'kind: y'])).toBe(
      'f.yaml:2: date: YAML syntax error: the "{" opened at column 7 is never closed: add "}" at the end of the map',
    );
  });

  it('an unclosed quote: the line that opened it, although the parser read on to the end', () => {
    expect(problem(['title: "x', 'kind: news-report', 'claims:', '  - event: a'])).toBe(
      'f.yaml:1: title: YAML syntax error: the double quote (") opened at column 8 is never closed: add the closing " at the end of the value',
    );
    expect(problem(["title: 'x", 'kind: y'])).toBe(
      "f.yaml:1: title: YAML syntax error: the single quote (') opened at column 8 is never closed: add the closing ' at the end of the value",
    );
  });

  it('a quote closed too late inside { }', () => {
    expect(problem(['claims:', '  - date: { text: "Wednesday, day: "2014-06-25" }', '    status: x'])).toBe(
      'f.yaml:2: claims[0].date: YAML syntax error: a quoted value runs into the next entry: a closing quote is missing earlier on the line; close every "…" before the next comma',
    );
  });

  it('leaves a quoted value that spans lines alone', () => {
    expect(parseYaml('quote: "a long\n  quote"\n', 'f.yaml').value).toEqual({ quote: 'a long quote' });
  });

  it('tab indentation, named as the field it was meant to be', () => {
    expect(problem(['claims:', '  - event: a', '\tstatus: reported'])).toBe(
      'f.yaml:3: claims[0].status: YAML syntax error: the line is indented with a tab: indent with spaces only (replace the tab with spaces)',
    );
  });

  it('an unquoted colon in a value', () => {
    expect(problem(['title: Wire: town unit', 'kind: news'])).toBe(
      'f.yaml:1: title: YAML syntax error: the value holds ": ", which YAML reads as a new key: put the whole value in quotes, e.g. title: "Wire: town unit"',
    );
  });

  it('a field out of line with the others', () => {
    expect(problem(['claims:', '  - event: a', '     status: reported'])).toBe(
      'f.yaml:3: claims[0].status: YAML syntax error: "status" is indented 5 spaces but "event" on line 2 is indented 4: line up the fields of one entry (indent "status" by 4 spaces)',
    );
  });

  it('a duplicate key, with the line of the first', () => {
    expect(problem(['split:', '  title: A', 'talks:', '  title: B', 'split:', '  title: C'])).toBe(
      'f.yaml:5: split: duplicate key "split" (first on line 1): each key may appear once; rename or merge the two entries',
    );
  });

  it("anything else: the parser's words and where", () => {
    expect(problem(['a: b', '- c'])).toMatch(
      /^f\.yaml:2: YAML syntax error \(.+\): check the indentation and quoting of this line$/,
    );
  });
});
