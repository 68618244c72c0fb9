import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
import type { ChronologySource, DateInterval } from '../../src/lib/chronology/types';
import {
  articleNode,
  eventDates,
  eventJsonLd,
  groupJsonLd,
  pageJsonLd,
  publishedDate,
  serializeJsonLd,
  sourceJsonLd,
  websiteJsonLd,
  type JsonLdNode,
} from '../../src/lib/seo/json-ld';
import { robotsTxt, sitemapXml, sitePaths, STATIC_PAGES } from '../../src/lib/seo/sitemap';
import { aliasesOf, aliasSentences, otherNames } from '../../src/components/search/aliases';
import { decodeEntities, parseExcerpt } from '../../src/components/search/excerpt';
import { moveActive, searchPageUrl } from '../../src/components/search/keys';
import { isSearchKind } from '../../src/components/search/kinds';

const chronology = loadChronology('tests/fixtures/corpus/valid');
const SITE = 'https://site.example';
const url = (path: string) => new URL(path, SITE).href;
/** The JSON a crawler would read out of the <script> element. */
const roundTrip = (node: JsonLdNode) => JSON.parse(serializeJsonLd(node)) as Record<string, any>;

describe('JSON-LD of an event page', () => {
  const event = chronology.events.find((e) => e.id === 'local-pledge')!;
  const ld = roundTrip(eventJsonLd(event, chronology, url('/events/local-pledge/')));

  it('is a WebPage about the Event, in the WebSite', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('WebPage');
    expect(ld.url).toBe('https://site.example/events/local-pledge/');
    expect(ld.about).toMatchObject({ '@type': 'Event', '@id': 'https://site.example/events/local-pledge/#event', name: event.title });
    expect(ld.isPartOf).toMatchObject({ '@type': 'WebSite', '@id': 'https://site.example/#website' });
  });

  it('gives the event date at the precision known', () => {
    // Sources say 25 June 2014 and June 2014: the intersection is the day.
    expect(ld.about.startDate).toBe('2014-06-25');
    expect(ld.about.endDate).toBeUndefined();
  });

  it('mentions every group involved, linking to its page node', () => {
    expect(ld.mentions.map((m: JsonLdNode) => m['@id'])).toEqual(
      event.actors.map((id) => `https://site.example/groups/${id}/#organization`),
    );
    expect(ld.mentions[0].name).toBe(chronology.groups.find((g) => g.id === event.actors[0])!.name);
  });

  it('cites each article once, with headline, outlet, url and only a confirmed date', () => {
    // first (wire), third (a partisan account's digest), second (analysis): publication order.
    expect(ld.citation).toHaveLength(3);
    const [first, , second] = ld.citation;
    expect(first).toEqual({
      '@type': 'NewsArticle',
      '@id': 'https://site.example/sources/first/#article',
      headline: 'Town unit pledges to Alpha',
      publisher: { '@type': 'Organization', name: 'Fixture Wire' },
      datePublished: '2014-06-25',
      url: 'https://example.org/first',
      inLanguage: 'en',
      mainEntityOfPage: 'https://site.example/sources/first/',
    });
    // Unsigned: no author invented. Analysis, unconfirmed date, a copy without the original's URL.
    expect(first.author).toBeUndefined();
    expect(second['@type']).toBe('AnalysisNewsArticle');
    expect(second.author).toEqual([{ '@type': 'Person', name: 'A. Writer' }]);
    expect(second.datePublished).toBeUndefined();
    expect(second.url).toBeUndefined();
    expect(second.archivedAt).toBe('https://example.org/second');
  });
});

describe('JSON-LD of a group page', () => {
  it('is a WebPage about the Organization, with every other name as alternateName', () => {
    const alpha = chronology.groups.find((g) => g.id === 'alpha')!;
    const ld = roundTrip(groupJsonLd(alpha, chronology, url('/groups/alpha/')));
    expect(ld['@type']).toBe('WebPage');
    expect(ld.about['@type']).toBe('Organization');
    expect(ld.about.name).toBe('Alpha Front');
    // Names over time, the short name and aliases; never the name itself, no duplicates.
    expect(ld.about.alternateName).toEqual(['Alpha Brigade', 'Alpha', 'AF']);
  });

  it('links parent and branches', () => {
    const unit = chronology.groups.find((g) => g.id === 'beta-local')!;
    const beta = chronology.groups.find((g) => g.id === 'beta')!;
    expect(roundTrip(groupJsonLd(unit, chronology, url('/groups/beta-local/'))).about.parentOrganization).toEqual({
      '@type': 'Organization',
      '@id': 'https://site.example/groups/beta/#organization',
      name: 'Beta Network',
      url: 'https://site.example/groups/beta/',
    });
    const ld = roundTrip(groupJsonLd(beta, chronology, url('/groups/beta/')));
    expect(ld.about.subOrganization.map((o: JsonLdNode) => o.name)).toEqual(["Beta Network's town unit"]);
    expect(ld.about.parentOrganization).toBeUndefined();
  });

  it('makes the real corpus aliases machine-readable (ISIL, Jabhat Fatah al-Sham)', () => {
    const real = loadChronology('content');
    const is = real.groups.find((g) => g.id === 'islamic-state')!;
    const nusra = real.groups.find((g) => g.id === 'nusra')!;
    expect(groupJsonLd(is, real, url('/groups/islamic-state/')).about).toMatchObject({ alternateName: expect.arrayContaining(['ISIL', 'ISIS']) });
    expect(groupJsonLd(nusra, real, url('/groups/nusra/')).about).toMatchObject({ alternateName: expect.arrayContaining(['Jabhat Fatah al-Sham']) });
  });
});

describe('JSON-LD of a source page and the site', () => {
  it('describes the article the source page records, with the same @id as citations use', () => {
    const source = chronology.sources.find((s) => s.id === 'first')!;
    const ld = roundTrip(sourceJsonLd(source, url('/sources/first/')));
    expect(ld.about['@id']).toBe('https://site.example/sources/first/#article');
    expect(ld.mainEntity).toEqual({ '@id': ld.about['@id'] });
    expect(ld.name).toBe(source.title);
  });

  it('describes the site with a SearchAction on /search/', () => {
    const ld = roundTrip(websiteJsonLd(url('/')));
    expect(ld).toMatchObject({ '@type': 'WebSite', url: 'https://site.example/', '@id': 'https://site.example/#website' });
    expect(ld.potentialAction.target.urlTemplate).toBe('https://site.example/search/?q={search_term_string}');
  });

  it('describes any other page as a WebPage in the site', () => {
    const ld = roundTrip(pageJsonLd(url('/method/'), 'Method', 'How events are derived.'));
    expect(ld).toMatchObject({ '@type': 'WebPage', url: 'https://site.example/method/', name: 'Method' });
  });
});

describe('dates', () => {
  const interval = (precision: DateInterval['precision'], start: string, end: string): DateInterval => ({ precision, start, end, label: '' });
  it('uses reduced-precision ISO dates and drops bounds of undated events', () => {
    expect(eventDates(interval('day', '2014-06-25', '2014-06-25'))).toEqual({ startDate: '2014-06-25' });
    expect(eventDates(interval('month', '2014-06-01', '2014-06-30'))).toEqual({ startDate: '2014-06' });
    expect(eventDates(interval('year', '2013-01-01', '2013-12-31'))).toEqual({ startDate: '2013' });
    expect(eventDates(interval('season', '2013-03-01', '2013-05-31'))).toEqual({ startDate: '2013-03-01', endDate: '2013-05-31' });
    expect(eventDates(interval('range', '2014-06-21', '2014-06-24'))).toEqual({ startDate: '2014-06-21', endDate: '2014-06-24' });
    expect(eventDates(interval('undated', '2010-01-01', '2013-12-31'))).toEqual({});
  });

  it('publishes a date only when the record confirms it', () => {
    expect(publishedDate({ text: 'June 2014', month: '2014-06', confirmed: true })).toBe('2014-06');
    expect(publishedDate({ text: 'June 2014', month: '2014-06', confirmed: false })).toBeUndefined();
    expect(publishedDate({ text: 'June 2014', month: '2014-06', confirmed: true }, ['published'])).toBeUndefined();
    expect(publishedDate({ text: 'late April', notBefore: '2015-04', notAfter: '2015-04', confirmed: true })).toBeUndefined();
  });

  it('keeps the original URL of a repost and the copy read as archivedAt', () => {
    const base = chronology.sources.find((s) => s.id === 'second')!;
    const repost: ChronologySource = { ...base, urlKind: 'repost', originalUrl: 'https://example.org/original' };
    expect(articleNode(repost, SITE)).toMatchObject({ url: 'https://example.org/original', archivedAt: 'https://example.org/second' });
  });
});

describe('serialising JSON-LD for a <script> element', () => {
  const hostile: JsonLdNode = { '@type': 'Thing', name: '</script><script>alert(1)</script> <!-- & \u2028' };

  it('cannot close the element or open a comment', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('still parses to the same value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    const event = chronology.events[0]!;
    const node = eventJsonLd(event, chronology, url(`/events/${event.id}/`));
    expect(JSON.parse(serializeJsonLd(node))).toEqual(JSON.parse(JSON.stringify(node)));
  });
});

describe('sitemap and robots.txt', () => {
  it('lists static pages, then every event, group and source page, once', () => {
    const paths = sitePaths(chronology);
    expect(paths.slice(0, STATIC_PAGES.length)).toEqual([...STATIC_PAGES]);
    expect(paths).toContain('/events/local-pledge/');
    expect(paths).toContain('/groups/beta-local/');
    expect(paths).toContain('/sources/second/');
    expect(paths).toHaveLength(
      STATIC_PAGES.length + chronology.events.length + chronology.groups.length + chronology.sources.length + chronology.people.length + chronology.places.length,
    );
    expect(new Set(paths).size).toBe(paths.length);
    // trailingSlash: 'always'
    expect(paths.every((p) => p.endsWith('/'))).toBe(true);
  });

  it('writes absolute URLs in a sitemaps.org urlset', () => {
    const xml = sitemapXml(['/', '/events/a/', '/events/a/'], 'https://site.example/');
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://site.example/</loc></url>\n' +
        '  <url><loc>https://site.example/events/a/</loc></url>\n' +
        '</urlset>\n',
    );
    expect(sitemapXml(["/a?x=1&y='2'"], 'https://site.example/')).toContain('<loc>https://site.example/a?x=1&amp;y=%272%27</loc>');
  });

  it('points robots.txt to the sitemap', () => {
    expect(robotsTxt('https://site.example')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://site.example/sitemap.xml\n');
  });
});

// The search UI's pure helpers (src/components/search/); the browser behaviour is in tests/e2e/search.spec.ts.
describe('search helpers', () => {
  it('turns a Pagefind excerpt into text parts without ever keeping markup', () => {
    expect(parseExcerpt('the <mark>ISIL</mark> &amp; <mark>ISIS</mark> names')).toEqual([
      { text: 'the ', mark: false },
      { text: 'ISIL', mark: true },
      { text: ' & ', mark: false },
      { text: 'ISIS', mark: true },
      { text: ' names', mark: false },
    ]);
    // Any other tag is dropped; escaped markup stays text.
    expect(parseExcerpt('<img src=x onerror=alert(1)>a &lt;script&gt;')).toEqual([{ text: 'a <script>', mark: false }]);
    expect(decodeEntities('&#39;&#x2019;&quot;&unknown;')).toBe("'\u2019\"&unknown;");
  });

  it('moves the active option through none, wrapping at both ends', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(1, 1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(-1);
    expect(moveActive(0, -1, 3)).toBe(-1);
    expect(moveActive(-1, 1, 0)).toBe(-1);
  });

  it('links to the search page with the query (and kind) encoded', () => {
    expect(searchPageUrl('Jabhat Fatah al-Sham')).toBe('/search/?q=Jabhat+Fatah+al-Sham');
    expect(searchPageUrl('a&b', 'Event')).toBe('/search/?q=a%26b&kind=Event');
    expect(isSearchKind('Group')).toBe(true);
    expect(isSearchKind('group')).toBe(false);
  });

  it('lists the other names of groups for the index, once each', () => {
    const alpha = chronology.groups.find((g) => g.id === 'alpha')!;
    expect(otherNames(alpha)).toEqual(['Alpha', 'Alpha Brigade', 'AF']);
    expect(aliasesOf(chronology, ['alpha', 'beta', 'alpha'])).toEqual(['Alpha', 'Alpha Brigade', 'AF', 'Beta']);
    expect(aliasSentences(chronology, ['alpha', 'beta', 'alpha'])).toEqual([
      'Alpha Front, also called Alpha, Alpha Brigade, AF.',
      'Beta Network, also called Beta.',
    ]);
    const real = loadChronology('content');
    expect(aliasSentences(real, ['nusra'])[0]).toContain('Jabhat Fatah al-Sham');
  });
});
