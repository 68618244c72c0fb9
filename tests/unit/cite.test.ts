/**
 * Citations by citation-js: APA 7 and Chicago 17 (notes-bibliography, bibliography entries) for
 * one, two and three authors and an organisation, BibTeX/BibLaTeX, RIS and CSL-JSON that
 * reference managers read, and the flags for unconfirmed dates and copies.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import {
  citationKey,
  citeEvent,
  citeGroup,
  citeSource,
  citationsOf,
  cslName,
  datasetItem,
  publishedDate,
  sourceItem,
} from '../../src/lib/cite';
import type { ChronologySource } from '../../src/lib/chronology/types';
import { loadChronology } from '../../src/lib/corpus/load';

const chronology = loadChronology('tests/fixtures/corpus/valid');
const first = chronology.sources.find((s) => s.id === 'first')!;

/** A confirmed, original article by `authors`, everything else from the fixture. */
const article = (authors: string[]): ChronologySource => ({
  ...first,
  id: 'fixture-article',
  headline: 'Rebels and jihadists agree a truce in the north',
  outlet: 'The Daily Fixture',
  authors,
  published: { text: 'June 25, 2014', day: '2014-06-25', confirmed: true },
  url: 'https://example.org/truce',
  urlKind: 'original',
  unconfirmed: [],
});

describe('APA 7 and Chicago 17, by number of authors', () => {
  it('one author', () => {
    const c = citeSource(article(['Natashya Gutierrez']));
    expect(c.apa).toBe(
      'Gutierrez, N. (2014, June 25). Rebels and jihadists agree a truce in the north. The Daily Fixture. https://example.org/truce',
    );
    expect(c.chicago).toBe(
      'Gutierrez, Natashya. “Rebels and Jihadists Agree a Truce in the North.” The Daily Fixture, June 25, 2014. https://example.org/truce.',
    );
  });

  it('two authors: APA joins them with a comma and “&”; Chicago inverts only the first, with “, and”', () => {
    const c = citeSource(article(['Anna Smith', 'Bob Carl Jones']));
    expect(c.apa.startsWith('Smith, A., & Jones, B. C. (2014, June 25).')).toBe(true);
    expect(c.chicago.startsWith('Smith, Anna, and Bob Carl Jones. “Rebels')).toBe(true);
  });

  it('three authors: “&” only before the last in APA; the serial comma and one inverted name in Chicago', () => {
    const c = citeSource(article(['Anna Smith', 'Bob Carl Jones', "Tom O'Connor"]));
    // citeproc sets apostrophes typographically (O’Connor).
    expect(c.apa.startsWith('Smith, A., Jones, B. C., & O’Connor, T. (2014, June 25).')).toBe(true);
    expect(c.apa.match(/&/g)).toHaveLength(1);
    expect(c.chicago.startsWith('Smith, Anna, Bob Carl Jones, and Tom O’Connor. “Rebels')).toBe(true);
  });

  it('an organisation as author (a page of this site): its name as written, never inverted', () => {
    const event = chronology.events.find((e) => e.id === 'local-pledge')!;
    const c = citeEvent(event, 'https://site.example/events/local-pledge/');
    expect(c.apa).toMatch(
      /^Jihadist Alliances Chronology project\. \(\d{4}, [A-Z][a-z]+ \d+\)\. Beta’s town unit pledges to Alpha \[Chronology entry\]\. Jihadist alliances, \d{4}–\d{4}\. https:\/\/site\.example\/events\/local-pledge\/$/,
    );
    expect(c.chicago).toMatch(
      /^Jihadist Alliances Chronology project\. “Beta’s Town Unit Pledges to Alpha\.” Jihadist alliances, \d{4}–\d{4}\. [A-Z][a-z]+ \d+, \d{4}\. https:\/\/site\.example\/events\/local-pledge\/\.$/,
    );
  });

  it('no byline: APA and Chicago lead with the title', () => {
    const c = citeSource(article([]));
    expect(
      c.apa.startsWith('Rebels and jihadists agree a truce in the north. (2014, June 25). The Daily Fixture.'),
    ).toBe(true);
    expect(
      c.chicago.startsWith('“Rebels and Jihadists Agree a Truce in the North.” The Daily Fixture, June 25, 2014.'),
    ).toBe(true);
  });

  it('keeps the Arabic article lower case inside a title-cased title', () => {
    const c = citeSource({
      ...article(['Mary Habeck']),
      headline: 'The convergences of al-Qaeda and the Islamic State',
    });
    expect(c.chicago).toContain('“The Convergences of al-Qaeda and the Islamic State.”');
  });
});

describe('unconfirmed dates and copies', () => {
  const second = chronology.sources.find((s) => s.id === 'second')!;

  it('an unconfirmed date is marked “ca.” and explained in the note', () => {
    const c = citeSource(second);
    expect(c.apa).toBe(
      'Writer, A. (ca. 2017, April). The split, revisited. Fixture Review. https://example.org/second',
    );
    expect(c.chicago).toBe(
      'Writer, A. “The Split, Revisited.” Fixture Review, ca. April 2017. https://example.org/second.',
    );
    expect(sourceItem(second).note).toBe('Publication date unconfirmed; Copy by Fixture Mirror');
    expect(c.bibtex).toContain('note = {Publication date unconfirmed; Copy by Fixture Mirror}');
  });

  it('a span of days keeps only what its ends share', () => {
    const span = (from: string, to: string, confirmed = true) =>
      publishedDate({ published: { text: 'x', from, to, confirmed }, unconfirmed: [] } as unknown as ChronologySource);
    expect(span('2014-06-25', '2014-06-26')).toEqual({ 'date-parts': [[2014, 6]] });
    expect(span('2014-12-30', '2015-01-02')).toEqual({ 'date-parts': [[2014]] });
    expect(span('2015-04-15', '2015-04-30', false)).toEqual({ 'date-parts': [[2015, 4]], circa: true });
  });
});

describe('files for reference managers', () => {
  const c = citeSource(article(['Anna Smith', 'Bob Carl Jones', 'Carla Doe']));

  it('BibTeX and BibLaTeX read back (by citation-js) to the same authors, title, date and URL', () => {
    for (const text of [c.bibtex, c.biblatex]) {
      expect(text).toMatch(/^@article\{fixture_article,/);
      const [item] = (new Cite(text) as unknown as { data: Record<string, unknown>[] }).data;
      expect(item!.author).toEqual([
        { family: 'Smith', given: 'Anna' },
        { family: 'Jones', given: 'Bob Carl' },
        { family: 'Doe', given: 'Carla' },
      ]);
      expect(item!.title).toBe('Rebels and jihadists agree a truce in the north');
      expect(item!.URL).toBe('https://example.org/truce');
      expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]!.slice(0, 2)).toEqual([2014, 6]);
    }
  });

  it('BibTeX of a page of this site is @misc with a note; BibLaTeX is @online', () => {
    const event = chronology.events.find((e) => e.id === 'local-pledge')!;
    const e = citeEvent(event, 'https://site.example/events/local-pledge/');
    expect(e.bibtex).toMatch(/^@misc\{local_pledge,/);
    expect(e.bibtex).toContain('author = {{Jihadist Alliances Chronology project}}');
    expect(e.bibtex).toMatch(/note = \{Chronology entry; event date: [^}]+\}/);
    expect(e.biblatex).toMatch(/^@online\{local_pledge,/);
    expect(e.biblatex).toContain('url = {https://site.example/events/local-pledge/}');
  });

  it('RIS names every author of a newspaper article, with its date', () => {
    const lines = c.ris.split('\r\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.filter((l) => l.startsWith('AU  - '))).toEqual([
      'AU  - Smith, Anna',
      'AU  - Jones, Bob Carl',
      'AU  - Doe, Carla',
    ]);
    expect(lines).toContain('DA  - 2014/06/25/');
    expect(lines).toContain('TI  - Rebels and jihadists agree a truce in the north');
    expect(lines).toContain('UR  - https://example.org/truce');
    expect(lines.at(-2)).toBe('ER  - ');
  });

  it('CSL-JSON is the item itself, without style markup', () => {
    const [item] = JSON.parse(c.cslJson) as Record<string, unknown>[];
    expect(item!.type).toBe('article-newspaper');
    expect(item!.author).toEqual([cslName('Anna Smith'), cslName('Bob Carl Jones'), cslName('Carla Doe')]);
    expect(c.cslJson).not.toContain('nocase');
  });

  it('groups and the data set are cited too', () => {
    const group = chronology.groups[0]!;
    expect(citeGroup(group, 'https://site.example/groups/x/').apa).toContain('[Group profile]');
    const d = citationsOf(datasetItem('https://site.example/data/', '1.0.0'));
    expect(d.apa).toMatch(
      /^Jihadist Alliances Chronology project\. \(\d{4}\)\. Jihadist alliances, \d{4}–\d{4}: events, groups and sources \(Version 1\.0\.0\)/,
    );
    expect(d.ris.split('\r\n')[0]).toBe('TY  - DATA');
  });

  it('keys are the content ids with underscores', () => {
    expect(citationKey('albu-kamal-pledge')).toBe('albu_kamal_pledge');
  });
});
