/**
 * oEmbed (https://oembed.com, version 1.0) for the embeddable pages: the full chart, every
 * event, and the network. Each page links a static JSON file (discovery: `<link rel="alternate"
 * type="application/json+oembed">`), type `rich`, whose `html` is exactly the embed code the
 * Share dialog gives for the page's default view, so pasting the page's link into Notion, Medium,
 * Ghost or WordPress embeds the chart. Pure; absolute URLs come from the site's address.
 */
import { embedCode, FALLBACK_HEIGHT } from './embed';
import { absoluteUrl, routes } from './routes';
import { SITE } from './site';
import { CARD } from './og/card';

/** Title of the full chart's embed frame (the Share dialog of /chronology/ uses it too). */
export const CHRONOLOGY_EMBED_TITLE = 'Chronology of jihadist alliances, splits, pledges and truces';

/** Width oEmbed consumers are told (CSS px); the frame itself is 100 % wide and responsive. */
export const OEMBED_WIDTH = 800;

/** What an embeddable page is: its kind, title, embed view, and share image (paths, base included). */
export interface Embeddable {
  kind: keyof typeof FALLBACK_HEIGHT;
  /** Title of the embed frame and of the oEmbed response. */
  title: string;
  /** Path of the embed view. */
  embed: string;
  /** Path of the page's share image (1200×630 PNG). */
  image: string;
}

/** A `rich` oEmbed 1.0 response (the fields this site publishes). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  /** Seconds consumers may cache the response. */
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The embeddable view of the full chart. */
export function chronologyEmbeddable(): Embeddable {
  return { kind: 'chronology', title: CHRONOLOGY_EMBED_TITLE, embed: routes.embedChronology(), image: routes.ogSite() };
}

/** Accessible name of the network's embed frame, before " on <date>" (Network.astro's default title). */
export const NETWORK_EMBED_TITLE = 'Alliance network';

/**
 * The embeddable view of the network at the date it opens on (`at`: its plan's `day`, ISO
 * yyyy-mm-dd, and `dayLabel`, "25 June 2014"): the frame is titled "<title> on <date>" and
 * shows that date (?at=), as the network's embed box gives it.
 */
export function networkEmbeddable(at: { day: string; dayLabel: string }, title: string = NETWORK_EMBED_TITLE): Embeddable {
  return {
    kind: 'network',
    title: `${title} on ${at.dayLabel}`,
    embed: `${routes.embedNetwork()}?at=${at.day}`,
    image: routes.ogSite(),
  };
}

/** The embeddable view of an event (`title` is the event's title). */
export function eventEmbeddable(id: string, title: string): Embeddable {
  return { kind: 'event', title, embed: routes.embedEvent(id), image: routes.ogEvent(id) };
}

/** The embed code of a page's default view on `site` (the same string the Share dialog gives there). */
export function embedCodeOf(page: Embeddable, site: URL | string): string {
  return embedCode({
    src: absoluteUrl(page.embed, site),
    title: page.title,
    kind: page.kind,
    script: absoluteUrl(routes.embedScript(), site),
  });
}

/** The oEmbed response of an embeddable page on `site`. */
export function oembedOf(page: Embeddable, site: URL | string): OEmbedRich {
  const home = absoluteUrl(routes.home(), site);
  return {
    version: '1.0',
    type: 'rich',
    title: page.title,
    provider_name: SITE.name,
    provider_url: home,
    author_name: SITE.publisher,
    author_url: home,
    cache_age: 86_400,
    html: embedCodeOf(page, site),
    width: OEMBED_WIDTH,
    height: FALLBACK_HEIGHT[page.kind],
    thumbnail_url: absoluteUrl(page.image, site),
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
  };
}

/** The response as the published file: JSON with a final newline. */
export function oembedJson(page: Embeddable, site: URL | string): string {
  return `${JSON.stringify(oembedOf(page, site), null, 2)}\n`;
}
