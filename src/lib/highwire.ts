/**
 * Highwire Press `citation_*` meta tags, which Zotero, Mendeley, EndNote Click and Google Scholar
 * read to save a page as a reference. Built from the same CSL items as the cite boxes (cite.ts),
 * so a page's tags and its "Cite this" box always agree. Pure.
 */
import type { ChronologyEvent, ChronologyGroup, ChronologySource } from './chronology/types';
import { eventItem, groupItem, sourceItem, type CslDate, type CslItem, type CslName } from './cite';

/** One meta tag: [name, content]. */
export type MetaTag = readonly [string, string];

/** A CSL date as Highwire's "YYYY/MM/DD" at the precision known ("2014/06", "2015"). */
export function highwireDate(date: CslDate): string {
  return date['date-parts'][0]
    .filter((n): n is number => n !== undefined)
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join('/');
}

/** "Family, Given" for a person, the name as written for an organisation. */
function highwireName(n: CslName): string {
  if (n.literal) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  return [family, [n.given, n['dropping-particle']].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/**
 * The tags of one CSL item. A news article gives its outlet as `citation_journal_title`
 * (publication title in Zotero) and its own address as `citation_public_url`; a page of this site
 * gives the site as `citation_publisher`. An unconfirmed date is left out rather than stated.
 */
export function citationMeta(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [['citation_title', item.title]];
  for (const a of item.author ?? []) tags.push(['citation_author', highwireName(a)]);
  if (item.issued && !item.issued.circa) tags.push(['citation_publication_date', highwireDate(item.issued)]);
  if (item.type === 'article-newspaper' && item['container-title'])
    tags.push(['citation_journal_title', item['container-title']]);
  else if (item['container-title']) tags.push(['citation_publisher', item['container-title']]);
  if (item.language) tags.push(['citation_language', item.language]);
  tags.push(['citation_public_url', item.URL]);
  return tags;
}

/** Tags of an event page at `url`. */
export function eventCitationMeta(event: Pick<ChronologyEvent, 'id' | 'title' | 'date'>, url: string): MetaTag[] {
  return citationMeta(eventItem(event, url));
}

/** Tags of a group page at `url`. */
export function groupCitationMeta(group: Pick<ChronologyGroup, 'id' | 'name'>, url: string): MetaTag[] {
  return citationMeta(groupItem(group, url));
}

/** Tags of a source page: the article it records (so saving the page saves the article). */
export function sourceCitationMeta(source: ChronologySource): MetaTag[] {
  return citationMeta(sourceItem(source));
}
