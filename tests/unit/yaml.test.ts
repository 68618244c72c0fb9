/**
 * The one YAML parser: the values are exactly what Astro 7's own loaders produce (its
 * frontmatter parser for MD/MDX, js-yaml for `.yaml` entries), for tricky scalars and for every
 * content file; frontmatter is found as Astro finds it; fields are located on the right line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter, YAML_OPTIONS } from '../../src/lib/corpus/yaml';

// Astro's own parsers, resolved from Astro's package as Astro resolves them.
const fromAstro = createRequire(resolve('node_modules/astro/package.json'));
const astroFrontmatter: { parseFrontmatter: (code: string) => { frontmatter: unknown } } = await import(
  pathToFileURL(fromAstro.resolve('@astrojs/internal-helpers/frontmatter')).href
);
const astroYaml: { load: (text: string, options?: object) => unknown } = await import(
  pathToFileURL(fromAstro.resolve('js-yaml')).href
);

const value = (text: string) => parseYaml(text, 'test.yaml').value;

describe('YAML values are read as Astro reads them', () => {
  const scalars = [
    'no',
    'on',
    'off',
    'yes',
    'y',
    'NO',
    'True',
    'false',
    '~',
    'null',
    '',
    '0777',
    '0o17',
    '0x1F',
    '012',
    '+12',
    '1_000',
    '1e3',
    '.5',
    '-.inf',
    '.NaN',
    '12:30',
    '12:30:45',
    '190:20:30',
    '2014-06-25',
    '2014-6-5',
    '2014-06-25T10:00:00Z',
    '2014-06-25 10:00:00',
    '2024-13-45',
    '2014-06',
    '2014',
    '0b101',
    '+0x1F',
    '"2014-06-25"',
    "'no'",
    '!!str 12',
    'June 25, 2014',
  ];
  it.each(scalars)('v: %s', (scalar) => {
    const text = `v: ${scalar}\n`;
    expect(value(text)).toEqual(astroYaml.load(text));
  });

  it('keeps the YAML 1.2 readings the old test parser (YAML 1.1) got wrong', () => {
    expect(value('a: no\nb: on\nc: 0777\nd: 12:30\n')).toEqual({ a: 'no', b: 'on', c: 777, d: '12:30' });
    // An unquoted date is a Date, which the schemas reject with a "quote it" message.
    expect(value('d: 2014-06-25\n')).toEqual({ d: new Date(Date.UTC(2014, 5, 25)) });
  });

  it('uses the options of Astro loaders (js-yaml default schema)', () => {
    expect(Object.isFrozen(YAML_OPTIONS)).toBe(true);
    expect(YAML_OPTIONS.json).toBe(false);
  });

  const files = (dir: string, ext: RegExp) =>
    readdirSync(dir)
      .filter((f) => ext.test(f))
      .map((f) => join(dir, f));
  it.each([
    ...files('content/sources', /\.mdx?$/),
    ...files('content/pages', /\.mdx$/),
    ...files('tests/fixtures/corpus/valid/sources', /\.mdx$/),
  ])('frontmatter of %s', (path) => {
    const text = readFileSync(path, 'utf8');
    const { yaml, lineOffset, problems } = splitFrontmatter(text, path);
    expect(problems).toEqual([]);
    expect(lineOffset).toBe(0);
    expect(parseYaml(yaml!, path, lineOffset).value).toEqual(astroFrontmatter.parseFrontmatter(text).frontmatter);
  });

  it.each([...files('content/groups', /\.ya?ml$/), 'content/events.yaml'])('data file %s', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(value(text)).toEqual(astroYaml.load(text, { filename: path }));
  });
});

describe('splitFrontmatter', () => {
  it('finds the frontmatter after blank lines and counts the lines before it', () => {
    const { yaml, lineOffset, body } = splitFrontmatter('\n\n---\ntitle: x\n---\nBody\n', 'f.mdx');
    expect(lineOffset).toBe(2);
    expect(parseYaml(yaml!, 'f.mdx', lineOffset).locate(['title'])?.line).toBe(4);
    expect(body).toBe('\nBody\n');
  });

  it('reports a file without frontmatter, and TOML frontmatter', () => {
    expect(splitFrontmatter('Just a body.\n', 'f.mdx').problems[0]?.message).toMatch(
      /^has no frontmatter: start the file with a --- block/,
    );
    expect(splitFrontmatter('+++\ntitle = "x"\n+++\n', 'f.mdx').problems[0]?.message).toMatch(/^has TOML frontmatter/);
  });
});

describe('locate', () => {
  const text = readFileSync('tests/fixtures/corpus/valid/sources/first.mdx', 'utf8');
  const { yaml, lineOffset } = splitFrontmatter(text, 'first.mdx');
  const { locate } = parseYaml(yaml!, 'first.mdx', lineOffset);

  it('gives the line of a field in the file, through maps and lists', () => {
    expect(locate(['title'])?.line).toBe(2);
    expect(locate(['claims'])?.line).toBe(12);
    expect(locate(['claims', 1])?.line).toBe(23);
    expect(locate(['claims', 1, 'quote'])?.line).toBe(31);
    expect(locate(['claims', 0, 'to', 0])?.line).toBe(17);
    expect(locate(['claims', 5])).toBeUndefined();
    expect(locate(['nope'])).toBeUndefined();
  });

  it('gives a scalar as written, whether it sits in { }, and the entry before it', () => {
    expect(locate(['claims', 0, 'date', 'day'])).toEqual({
      line: 15,
      source: '"2014-06-25"',
      flow: true,
      empty: false,
      previous: { key: 'text', source: '"Wednesday"' },
    });
    expect(locate(['kind'])).toMatchObject({ source: 'news-report', flow: false });
  });
});
