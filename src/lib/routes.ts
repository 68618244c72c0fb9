/**
 * Every URL of the site's own pages and files, in one place. Each helper returns a path that
 * already includes Astro's `base` ("/" at the root of a domain, "/org/project/" on a GitHub Pages
 * project site), so links, assets, data files and embeds work at any sub-path; `absoluteUrl` turns
 * one into a full URL for canonicals, citations and data files.
 */

/** Normalises a base path to start and end with one slash ("" → "/", "/a" → "/a/"). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base path the site is served under, always with a trailing slash (from Astro's `base`). */
export const BASE: string = normaliseBase(import.meta.env?.BASE_URL);

/** A site path ("events/x/" or "/events/x/") prefixed with the base path. */
export function withBase(path: string): string {
  return `${BASE}${path.replace(/^\/+/, '')}`;
}

/** The path of a page relative to the base, without it ("/org/project/events/x/" → "/events/x/"). */
export function withoutBase(path: string): string {
  return path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path;
}

/** A site path (as the helpers below return) as an absolute URL on `site` (Astro's `site`). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

const seg = (id: string) => encodeURIComponent(id);

/** The site's page and file paths, base included. Ids are content ids (kebab-case slugs). */
export const routes = {
  home: () => withBase('/'),
  chronology: () => withBase('/chronology/'),
  events: () => withBase('/events/'),
  event: (id: string) => withBase(`/events/${seg(id)}/`),
  groups: () => withBase('/groups/'),
  group: (id: string) => withBase(`/groups/${seg(id)}/`),
  sources: () => withBase('/sources/'),
  source: (id: string) => withBase(`/sources/${seg(id)}/`),
  people: () => withBase('/people/'),
  person: (id: string) => withBase(`/people/${seg(id)}/`),
  places: () => withBase('/places/'),
  place: (id: string) => withBase(`/places/${seg(id)}/`),
  corrections: () => withBase('/corrections/'),
  /** An entry of the corrections log, by its id. */
  correction: (id: string) => withBase(`/corrections/#${seg(id)}`),
  method: () => withBase('/method/'),
  search: () => withBase('/search/'),
  data: () => withBase('/data/'),
  /** A published data file, e.g. `dataFile('events.csv')`. */
  dataFile: (name: string) => withBase(`/data/${name}`),
  /** A static chart snapshot, e.g. `chartFile('chronology.svg')`. */
  chartFile: (name: string) => withBase(`/charts/${name}`),
  network: () => withBase('/network/'),
  relations: () => withBase('/relations/'),
  /** The page of one pair of groups: `/relations/<a>--<b>/`, ids sorted so each pair has one URL. */
  pair: (a: string, b: string) => withBase(`/relations/${seg(a < b ? a : b)}--${seg(a < b ? b : a)}/`),
  embedChronology: () => withBase('/embed/chronology/'),
  embedNetwork: () => withBase('/embed/network/'),
  embedEvent: (id: string) => withBase(`/embed/events/${seg(id)}/`),
  embedScript: () => withBase('/embed.js'),
  /** oEmbed file of the full chart (discovered from /chronology/). */
  oembedChronology: () => withBase('/oembed/chronology.json'),
  /** oEmbed file of the network (discovered from /network/). */
  oembedNetwork: () => withBase('/oembed/network.json'),
  /** oEmbed file of an event (discovered from its page). */
  oembedEvent: (id: string) => withBase(`/oembed/events/${seg(id)}.json`),
  ogSite: () => withBase('/og/site.png'),
  ogEvent: (id: string) => withBase(`/og/events/${seg(id)}.png`),
  ogGroup: (id: string) => withBase(`/og/groups/${seg(id)}.png`),
  /** Any other file under public/ (favicon, sitemap, pagefind). */
  asset: (path: string) => withBase(path),
} as const;
