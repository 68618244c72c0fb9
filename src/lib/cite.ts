/**
 * "Cite this" texts in APA (7th), Chicago (notes-bibliography) and BibTeX, for event pages
 * (citing this site) and source pages (citing the article). Pure string building.
 */
import { labelOf, toInterval } from './chronology/dates';
import type { ChronologyEvent, ChronologySource } from './chronology/types';
import { SITE } from './site';

/** The three formats, in display order. */
export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

const MONTHS_SHORT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

/** Escapes BibTeX special characters in a field value. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/([&%$#_])/g, '\\$1');
}

/** "Gutierrez, N." from "Natashya Gutierrez" (APA). */
function apaName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const last = parts.pop()!;
  return parts.length ? `${last}, ${parts.map((p) => `${p[0]}.`).join(' ')}` : last;
}

/** "Gutierrez, Natashya" (Chicago bibliography). */
function chicagoName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const last = parts.pop()!;
  return parts.length ? `${last}, ${parts.join(' ')}` : last;
}

/** "2014, June 25" (APA date) from an ISO value of any precision. */
function apaDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y!;
  const month = labelOf(`${y}-${m}`).split(' ')[0];
  return d ? `${y}, ${month} ${Number(d)}` : `${y}, ${month}`;
}

/** "June 25, 2014" (Chicago). */
function chicagoDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y!;
  const month = labelOf(`${y}-${m}`).split(' ')[0];
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/** Citation of an event page of this site. */
export function citeEvent(event: ChronologyEvent, url: string): Citations {
  const edition = SITE.edition;
  const [y, m, d] = edition.split('-');
  return {
    apa: `${SITE.publisher}. (${apaDate(edition)}). ${event.title} [Chronology entry]. In ${SITE.name}. ${url}`,
    chicago: `${SITE.publisher}. “${event.title}.” ${SITE.name}. ${chicagoDate(edition)}. ${url}.`,
    bibtex: [
      `@online{${event.id.replace(/-/g, '_')},`,
      `  author = {{${bibtexEscape(SITE.publisher)}}},`,
      `  title = {${bibtexEscape(event.title)}},`,
      `  organization = {${bibtexEscape(SITE.name)}},`,
      `  date = {${y}-${m}-${d}},`,
      `  url = {${url}},`,
      `  note = {Chronology entry; event date: ${bibtexEscape(event.date.label)}},`,
      `}`,
    ].join('\n'),
  };
}

/** Citation of a source article, flagging an unconfirmed date or a repost. */
export function citeSource(source: ChronologySource): Citations {
  const published = source.published;
  // Cite the first day the record allows; say when it is not confirmed.
  const date = published.day ?? published.month ?? published.year ?? toInterval(published).start;
  const uncertain = !published.confirmed ? ' (date unconfirmed)' : '';
  const via = source.urlKind === 'original' ? '' : ` Retrieved from ${source.repostedBy ?? 'a copy'}.`;
  const authorsApa = source.authors.length ? source.authors.map(apaName).join(', & ') : source.outlet;
  const authorsChicago = source.authors.length ? source.authors.map(chicagoName).join(' and ') : source.outlet;
  const key = source.id.replace(/-/g, '_');
  const [y, m, d] = date.split('-');
  const chicagoShort = d ? `${MONTHS_SHORT[Number(m) - 1]} ${Number(d)}, ${y}` : chicagoDate(date);
  return {
    apa: `${authorsApa.replace(/\.$/, '')}. (${apaDate(date)}). ${source.headline}${published.confirmed ? '' : ' [Publication date unconfirmed]'}. ${source.outlet}.${via} ${source.url}`,
    chicago: `${authorsChicago.replace(/\.$/, "")}. “${source.headline}.” ${source.outlet}, ${chicagoShort}${uncertain}.${via} ${source.url}.`,
    bibtex: [
      `@online{${key},`,
      `  author = {${source.authors.length ? source.authors.map(bibtexEscape).join(' and ') : `{${bibtexEscape(source.outlet)}}`}},`,
      `  title = {${bibtexEscape(source.headline)}},`,
      `  organization = {${bibtexEscape(source.outlet)}},`,
      `  date = {${[y, m, d].filter(Boolean).join('-')}},`,
      `  url = {${source.url}},`,
      ...(published.confirmed && source.urlKind === 'original'
        ? []
        : [
            `  note = {${[!published.confirmed ? 'Publication date unconfirmed' : '', source.urlKind !== 'original' ? `${source.urlKind === 'repost' ? 'Repost' : 'Copy'} by ${bibtexEscape(source.repostedBy ?? 'another site')}` : ''].filter(Boolean).join('; ')}},`,
          ]),
      `}`,
    ].join('\n'),
  };
}
