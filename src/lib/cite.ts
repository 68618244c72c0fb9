/**
 * "Cite this" for event, group and source pages and the data set, formatted at build time by
 * citation-js (https://citation.js.org): each thing cited becomes one CSL-JSON item, and the
 * library writes APA 7 (its bundled CSL style), Chicago 17 notes-bibliography (the CSL style in
 * cite-styles.ts), BibTeX, BibLaTeX, RIS and CSL-JSON from it. Only stable fields are read:
 * an event's id, title and date; a source's bibliographic record.
 */
import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseName } from '@citation-js/name';
import { cacheKey, cachedJson } from './build-cache';
import { toInterval } from './chronology/dates';
import type { ChronologyEvent, ChronologyGroup, ChronologySource } from './chronology/types';
import { CHICAGO_CSL, CHICAGO_TEMPLATE } from './cite-styles';
import { SITE } from './site';

/** A CSL-JSON name: a person ("family", "given") or an organisation ("literal"). */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/** A CSL-JSON date: up to year, month, day; `circa` when not confirmed. */
export interface CslDate {
  'date-parts': [[number, number?, number?]];
  circa?: boolean;
}

/** The CSL-JSON fields the site writes (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper' | 'webpage' | 'dataset';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  publisher?: string;
  issued?: CslDate;
  URL: string;
  genre?: string;
  version?: string;
  note?: string;
  language?: string;
}

/** Every format of one citation: three texts shown on the page, four files to download. */
export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
  biblatex: string;
  ris: string;
  /** CSL-JSON: an array with the one item. */
  cslJson: string;
}

// The Chicago style is registered once per process.
const styles = plugins.config.get('@csl').styles;
if (!styles.has(CHICAGO_TEMPLATE)) styles.add(CHICAGO_TEMPLATE, CHICAGO_CSL);

/** Versions of the formatting libraries: part of every cache key, so an upgrade re-formats. */
const FORMATTERS = (() => {
  const require = createRequire(import.meta.url);
  return [
    '@citation-js/core',
    '@citation-js/plugin-csl',
    '@citation-js/plugin-bibtex',
    '@citation-js/plugin-ris',
    'citeproc',
  ].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
})();

/** One citation-js output format of one item (the formatter directly: the items are CSL-JSON already). */
function output(format: string, item: CslItem, options: Record<string, unknown>): unknown {
  return plugins.output.format(format, [item], options);
}

/** BibTeX/BibLaTeX key from a content id ("albu-kamal-pledge" → "albu_kamal_pledge"). */
export function citationKey(id: string): string {
  return id.replace(/[^A-Za-z0-9]+/g, '_');
}

/** A byline name as CSL: "Natashya Gutierrez" → { given: "Natashya", family: "Gutierrez" } (citation-js's name parser). */
export function cslName(name: string): CslName {
  return parseName(name.trim()) as CslName;
}

/** "2026-11-22" → CSL date parts. */
function cslDay(iso: string, circa = false): CslDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]], ...(circa ? { circa } : {}) };
}

/**
 * A source's publication date as CSL, at the precision the record is sure of: the day, month or
 * year it gives; for a span, the part its first and last days share (25–26 June 2014 → June
 * 2014). `circa` when the record does not confirm the date.
 */
export function publishedDate(source: Pick<ChronologySource, 'published' | 'unconfirmed'>): CslDate {
  const { start, end } = toInterval(source.published);
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const parts: [number, number?, number?] = sy !== ey ? [sy] : sm !== em ? [sy] : sd !== ed ? [sy, sm] : [sy, sm, sd];
  const circa = !source.published.confirmed || source.unconfirmed.includes('published');
  return { 'date-parts': [parts], ...(circa ? { circa: true } : {}) };
}

/** The CSL item of a source article (news report or analysis), with what the record could not confirm as a note. */
export function sourceItem(source: ChronologySource): CslItem {
  const date = publishedDate(source);
  const notes = [
    date.circa ? 'Publication date unconfirmed' : '',
    source.urlKind === 'original'
      ? ''
      : `${source.urlKind === 'repost' ? 'Repost' : 'Copy'} by ${source.repostedBy ?? 'another site'}`,
  ].filter(Boolean);
  return {
    id: source.id,
    'citation-key': citationKey(source.id),
    type: 'article-newspaper',
    title: source.headline,
    'container-title': source.outlet,
    ...(source.authors.length ? { author: source.authors.map(cslName) } : {}),
    issued: date,
    URL: source.url,
    ...(notes.length ? { note: notes.join('; ') } : {}),
    ...(source.language ? { language: source.language } : {}),
  };
}

/** The CSL item of a page of this site (its publisher as author, the edition as date). */
function pageItem(id: string, title: string, url: string, genre: string, note?: string): CslItem {
  return {
    id,
    'citation-key': citationKey(id),
    type: 'webpage',
    title,
    'container-title': SITE.name,
    author: [{ literal: SITE.publisher }],
    issued: cslDay(SITE.edition),
    URL: url,
    genre,
    ...(note ? { note } : {}),
    language: SITE.language,
  };
}

/** The CSL item of an event page at `url`. */
export function eventItem(event: Pick<ChronologyEvent, 'id' | 'title' | 'date'>, url: string): CslItem {
  return pageItem(event.id, event.title, url, 'Chronology entry', `Chronology entry; event date: ${event.date.label}`);
}

/** The CSL item of a group page at `url`. */
export function groupItem(group: Pick<ChronologyGroup, 'id' | 'name'>, url: string): CslItem {
  return pageItem(`group-${group.id}`, group.name, url, 'Group profile');
}

/** The CSL item of the whole site at `url` (its home page), this edition. */
export function siteItem(url: string): CslItem {
  return {
    ...pageItem('jihadist-alliances', SITE.name, url, `Research chronology, edition of ${SITE.edition}`),
    'container-title': undefined,
  };
}

/** The CSL item of the published data set at `url` (the /data/ page), version `version`. */
export function datasetItem(url: string, version: string): CslItem {
  return {
    id: 'jihadist-alliances-data',
    'citation-key': 'jihadist_alliances_data',
    type: 'dataset',
    title: `${SITE.name}: events, groups and sources`,
    // The publisher is the author: APA 7 then names it once (no separate publisher).
    author: [{ literal: SITE.publisher }],
    issued: cslDay(SITE.edition),
    URL: url,
    version,
    language: SITE.language,
  };
}

/** Wraps text in CSL's no-case markup: a proper name styles must not re-case ("Jihadist alliances, 2006–2017"). */
const nocase = (text: string) => `<span class="nocase">${text.replace(/&/g, '&#38;').replace(/</g, '&#60;')}</span>`;

/**
 * The item as the styles see it: names of outlets and of this site keep their own capitals
 * (APA would title-case "as reposted by"), and the Arabic article "al-" stays lower case inside
 * a title-cased title (Chicago 8.32–8.33: "al-Qaeda", but "Al-Qaeda" first).
 */
function styled(item: CslItem): CslItem {
  const title = item.title.replace(/(?<=\S\s+)(al-[\p{L}']+)/gu, (word) => nocase(word));
  return {
    ...item,
    title,
    ...(item['container-title'] ? { 'container-title': nocase(item['container-title']) } : {}),
  };
}

/** One bibliography entry in a CSL style, as plain text. */
function bibliography(item: CslItem, style: string): string {
  return (output('bibliography', styled(item), { format: 'text', style, lang: 'en-US' }) as string).trim();
}

/** RIS date "YYYY/MM/DD/" (empty parts kept, as RIS readers expect). */
function risDate(date: CslDate): string {
  const [y, m, d] = date['date-parts'][0];
  return `${y}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/`;
}

/**
 * RIS by citation-js, with one repair: its RIS mapping follows the RIS specification, where a
 * newspaper article's AU is the "reporter", so it writes neither the CSL authors nor the date of
 * a newspaper article (TY NEWS). Reference managers read AU as the author and DA as the date;
 * both are added back from the item.
 */
function ris(item: CslItem): string {
  const [entry] = output('ris', item, { format: 'object' }) as Record<string, string | string[]>[];
  if (entry!.TY === 'NEWS') {
    if (!entry!.AU && item.author?.length)
      entry!.AU = item.author.map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(', '));
    if (!entry!.DA && item.issued) entry!.DA = risDate(item.issued);
  }
  const { TY, ...rest } = entry!;
  const lines = [`TY  - ${TY}`];
  for (const [tag, value] of Object.entries(rest)) for (const v of [value].flat()) lines.push(`${tag}  - ${v}`);
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Every format of one item. Formatting an APA entry takes citeproc a few milliseconds, so the
 * results are cached on disk (build-cache.ts) by the item, the Chicago style and the libraries'
 * versions: a rebuild formats only what changed.
 */
export function citationsOf(item: CslItem): Citations {
  return cachedJson('citations', cacheKey(item, CHICAGO_CSL, FORMATTERS), () => ({
    apa: bibliography(item, 'apa'),
    chicago: bibliography(item, CHICAGO_TEMPLATE),
    bibtex: (output('bibtex', item, { format: 'text' }) as string).trim(),
    biblatex: (output('biblatex', item, { format: 'text' }) as string).trim(),
    ris: ris(item),
    cslJson: `${JSON.stringify([item], null, 2)}\n`,
  }));
}

/** Citation of an event page of this site at `url`. */
export function citeEvent(event: Pick<ChronologyEvent, 'id' | 'title' | 'date'>, url: string): Citations {
  return citationsOf(eventItem(event, url));
}

/** Citation of a group page of this site at `url`. */
export function citeGroup(group: Pick<ChronologyGroup, 'id' | 'name'>, url: string): Citations {
  return citationsOf(groupItem(group, url));
}

/** Citation of a source article (its date marked "ca." when unconfirmed; a repost or copy noted). */
export function citeSource(source: ChronologySource): Citations {
  return citationsOf(sourceItem(source));
}
