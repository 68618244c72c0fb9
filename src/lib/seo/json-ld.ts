/**
 * schema.org JSON-LD for the site's pages, built from the derived chronology (pure, no Astro).
 * Every node that more than one page describes has a stable `@id` (page URL + `#fragment`), so
 * the event page's citation of an article and the article's own source page name the same node.
 */
import { toInterval } from '../chronology/dates';
import { indexOf } from '../chronology/lookup';
import type { Chronology, ChronologyEvent, ChronologyGroup, ChronologySource, DateInterval, PublishedDate } from '../chronology/types';
import { EVENT_TYPES } from '../chronology/vocabulary';
import { routes } from '../routes';
import { SITE } from '../site';

/** A JSON-LD node: a schema.org type plus properties (undefined and empty values are dropped). */
export interface JsonLdNode {
  '@context'?: 'https://schema.org';
  '@type': string;
  '@id'?: string;
  [property: string]: unknown;
}

/** Fragment ids of the nodes the pages share. */
export const NODE = {
  website: '#website',
  publisher: '#publisher',
  page: '#webpage',
  event: '#event',
  organization: '#organization',
  article: '#article',
} as const;

/** Absolute URL of a site path, resolved against any absolute URL of the site. */
function absolute(path: string, base: string | URL): string {
  return new URL(path, base).href;
}

/** Drops undefined values, empty strings and empty arrays, recursively, so output stays minimal. */
function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      out[k] = compact(v);
    }
    return out as T;
  }
  return value;
}

/** The site's home URL ("https://host/", or "https://host/org/project/" under a base path) from any absolute URL on the site. */
function rootOf(url: string | URL): string {
  return absolute(routes.home(), url);
}

/** Reference to the site (`WebSite`) node. */
function websiteRef(url: string | URL): JsonLdNode {
  return { '@type': 'WebSite', '@id': rootOf(url) + NODE.website, name: SITE.name, url: rootOf(url) };
}

/** The project as publisher (`Organization`). */
function publisherNode(url: string | URL): JsonLdNode {
  return { '@type': 'Organization', '@id': rootOf(url) + NODE.publisher, name: SITE.publisher, url: rootOf(url) };
}

/**
 * A schema.org Date (ISO 8601 at the precision known: "2014-06-25", "2014-06", "2014") for a
 * source's publication date, or undefined when the record does not confirm one.
 */
export function publishedDate(published: PublishedDate, unconfirmed: readonly string[] = []): string | undefined {
  if (!published.confirmed || unconfirmed.includes('published')) return undefined;
  return published.day ?? published.month ?? published.year;
}

/**
 * `startDate`/`endDate` of an event at the precision the sources give. A single day, month or
 * year is one reduced-precision ISO date; a season or span gives both days; an undated event
 * (bounds only) gives neither, since its bounds are not when it happened; an open span gives its start.
 */
export function eventDates(date: DateInterval): { startDate?: string; endDate?: string } {
  switch (date.precision) {
    case 'day':
      return { startDate: date.start };
    case 'month':
      return { startDate: date.start.slice(0, 7) };
    case 'year':
      return { startDate: date.start.slice(0, 4) };
    case 'season':
    case 'range':
      return { startDate: date.start, endDate: date.end };
    case 'open':
      // Still going on at the last report: the end is not known.
      return { startDate: date.start };
    case 'undated':
      return {};
  }
}

/**
 * The article a source page records, as a `NewsArticle` (news reports) or
 * `AnalysisNewsArticle` (analysis). `url` is the original article's address; a repost or copy
 * the project read is given as `archivedAt`. The date is left out unless the record confirms it,
 * and `author` is left out for unsigned pieces rather than invented.
 */
export function articleNode(source: ChronologySource, siteUrl: string | URL): JsonLdNode {
  const original = source.urlKind === 'original' ? source.url : source.originalUrl;
  const copy = source.urlKind === 'original' ? undefined : source.url;
  return compact({
    '@type': source.kind === 'analysis' ? 'AnalysisNewsArticle' : 'NewsArticle',
    '@id': absolute(routes.source(source.id), siteUrl) + NODE.article,
    headline: source.headline,
    alternativeHeadline: source.altHeadline,
    author: source.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: source.outlet },
    datePublished: publishedDate(source.published, source.unconfirmed),
    url: original,
    archivedAt: copy,
    inLanguage: source.language,
    mainEntityOfPage: absolute(routes.source(source.id), siteUrl),
  });
}

/** A group as an `Organization` with its other names (`alternateName`). */
export function organizationNode(group: ChronologyGroup, siteUrl: string | URL): JsonLdNode {
  // Spellings none of the articles uses are still the group's names for search engines.
  const names = [...group.names.map((n) => n.name), group.shortName, ...group.aliases, ...(group.searchAliases ?? []).map((a) => a.name)];
  const alternateName = [...new Set(names)].filter((n) => n !== group.name);
  return compact({
    '@type': 'Organization',
    '@id': absolute(routes.group(group.id), siteUrl) + NODE.organization,
    name: group.name,
    alternateName,
    description: group.description,
    url: absolute(routes.group(group.id), siteUrl),
  });
}

/** A reference to a group's node (id, name, page), for links between nodes. */
function organizationRef(chronology: Chronology, id: string, siteUrl: string | URL): JsonLdNode {
  return {
    '@type': 'Organization',
    '@id': absolute(routes.group(id), siteUrl) + NODE.organization,
    name: indexOf(chronology).group(id)?.name ?? id,
    url: absolute(routes.group(id), siteUrl),
  };
}

/** The `WebPage` wrapper every page shares. */
function webPage(url: string | URL, name: string, description: string, extra: Record<string, unknown>): JsonLdNode {
  const href = new URL(url).href;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': href + NODE.page,
    url: href,
    name,
    description,
    inLanguage: SITE.language,
    isPartOf: websiteRef(url),
    publisher: publisherNode(url),
    ...extra,
  });
}

/**
 * JSON-LD of an event page: a `WebPage` about the `Event`, mentioning the groups involved and
 * citing every article (`NewsArticle`) that reports it.
 */
export function eventJsonLd(event: ChronologyEvent, chronology: Chronology, url: string | URL): JsonLdNode {
  const index = indexOf(chronology);
  const sourceIds = [...new Set(event.sources.map((c) => c.source))];
  const href = absolute(routes.event(event.id), url);
  return webPage(url, event.title, event.summary, {
    about: compact({
      '@type': 'Event',
      '@id': href + NODE.event,
      name: event.title,
      description: event.summary,
      ...eventDates(event.date),
      location: event.places.map((name) => ({ '@type': 'Place', name })),
      keywords: EVENT_TYPES[event.type].label,
    }),
    mentions: event.actors.map((id) => organizationRef(chronology, id, url)),
    citation: sourceIds.flatMap((id) => {
      const source = index.source(id);
      return source ? [articleNode(source, url)] : [];
    }),
  });
}

/**
 * JSON-LD of a group page: a `WebPage` about the `Organization`, with its aliases and names over
 * time as `alternateName`, its parent and its branches.
 */
export function groupJsonLd(group: ChronologyGroup, chronology: Chronology, url: string | URL): JsonLdNode {
  return webPage(url, group.name, group.description, {
    about: compact({
      ...organizationNode(group, url),
      parentOrganization: group.parent ? organizationRef(chronology, group.parent, url) : undefined,
      subOrganization: group.children.map((id) => organizationRef(chronology, id, url)),
    }),
  });
}

/** JSON-LD of a source page: a `WebPage` about the article (`NewsArticle`). */
export function sourceJsonLd(source: ChronologySource, url: string | URL): JsonLdNode {
  const when = toInterval(source.published).label;
  return webPage(url, source.title, `${source.outlet}, ${when}: bibliographic record and claims.`, {
    about: articleNode(source, url),
    mainEntity: { '@id': absolute(routes.source(source.id), url) + NODE.article },
  });
}

/**
 * JSON-LD of the site (`WebSite`, for the home page), with the search page as its
 * `SearchAction` (the search page, `?q=…`).
 */
export function websiteJsonLd(url: string | URL, description: string = SITE.tagline): JsonLdNode {
  const root = rootOf(url);
  return compact({
    '@context': 'https://schema.org',
    ...websiteRef(url),
    description,
    inLanguage: SITE.language,
    publisher: publisherNode(url),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute(routes.search(), root)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  });
}

/** A published data file: name (under /data/), MIME type and what it holds. */
export interface DataFile {
  name: string;
  encodingFormat: string;
  description: string;
}

/**
 * JSON-LD of the data page: a schema.org `Dataset` (what Google Dataset Search reads) with one
 * `DataDownload` per published file, the period the events cover, the publisher as creator, and
 * the data version. `url` is the data page's absolute URL.
 */
export function datasetJsonLd(
  url: string | URL,
  chronology: Chronology,
  { version, files }: { version: string; files: readonly DataFile[] },
): JsonLdNode {
  const href = new URL(url).href;
  const first = chronology.events.reduce((m, e) => (e.date.start < m ? e.date.start : m), '9999');
  const last = chronology.events.reduce((m, e) => (e.date.end > m ? e.date.end : m), '0000');
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${href}#dataset`,
    name: `${SITE.name}: events, groups and sources`,
    description:
      `${chronology.events.length} events (alliances, splits, pledges of allegiance, mergers and truces between jihadist groups), ` +
      `derived from the claims of ${chronology.sources.length} published articles, with every source's date wording, a short verbatim ` +
      `quotation and every disagreement between sources; ${chronology.groups.length} groups with their names over time.`,
    url: href,
    version,
    dateModified: SITE.edition,
    inLanguage: SITE.language,
    isAccessibleForFree: true,
    keywords: ['jihadist groups', 'alliances', 'Islamic State', 'al-Qaeda', 'al-Nusra Front', 'chronology', 'events data'],
    temporalCoverage: chronology.events.length ? `${first}/${last}` : undefined,
    creator: publisherNode(url),
    publisher: publisherNode(url),
    isPartOf: websiteRef(url),
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      description: f.description,
      encodingFormat: f.encodingFormat,
      contentUrl: absolute(routes.dataFile(f.name), url),
    })),
  });
}

/** JSON-LD of any other page (lists, essays): a `WebPage` in the site. */
export function pageJsonLd(url: string | URL, name: string, description: string): JsonLdNode {
  return webPage(url, name, description, {});
}

/**
 * JSON text safe inside `<script type="application/ld+json">`: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026` so no content can close the element or open a comment, and
 * U+2028/U+2029 are escaped for old JavaScript parsers. The result is still the same JSON value.
 */
export function serializeJsonLd(value: JsonLdNode | JsonLdNode[]): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
