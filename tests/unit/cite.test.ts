import { describe, expect, it } from 'vitest';
import { bibtexEscape, citeEvent, citeSource } from '../../src/lib/cite';
import { loadChronology } from '../../src/lib/corpus/load';

const chronology = loadChronology('tests/fixtures/corpus/valid');

describe('citations', () => {
  it('cites an event page of the site in three formats', () => {
    const event = chronology.events.find((e) => e.id === 'local-pledge')!;
    const c = citeEvent(event, 'https://site.example/events/local-pledge/');
    expect(c.apa).toContain("Beta's town unit pledges to Alpha [Chronology entry]");
    expect(c.apa).toMatch(/\(\d{4}, [A-Z][a-z]+ \d+\)/);
    expect(c.chicago).toContain('“Beta\'s town unit pledges to Alpha.”');
    expect(c.bibtex).toMatch(/^@online\{local_pledge,\n/);
    expect(c.bibtex).toContain('url = {https://site.example/events/local-pledge/}');
  });

  it('cites a source with authors, and flags an unconfirmed date and a copy', () => {
    const source = chronology.sources.find((s) => s.id === 'second')!;
    const c = citeSource(source);
    expect(c.apa).toBe(
      'Writer, A. (2017, April). The split, revisited [Publication date unconfirmed]. Fixture Review. Retrieved from Fixture Mirror. https://example.org/second',
    );
    expect(c.chicago).toContain('Writer, A. “The split, revisited.” Fixture Review, April 2017 (date unconfirmed).');
    expect(c.bibtex).toContain('note = {Publication date unconfirmed; Copy by Fixture Mirror}');
  });

  it('uses the outlet when there is no byline', () => {
    const source = chronology.sources.find((s) => s.id === 'first')!;
    expect(citeSource(source).apa.startsWith('Fixture Wire. (2014, June 25).')).toBe(true);
  });

  it('escapes BibTeX specials', () => {
    expect(bibtexEscape('50% & {x}_y')).toBe('50\\% \\& \\{x\\}\\_y');
  });
});
