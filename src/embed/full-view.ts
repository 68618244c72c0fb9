/**
 * "Open the full view" links of an embed keep the view on screen: a chart embed writes its view
 * into its own URL (the chronology: period, filters, selection, table mode, like /chronology/;
 * the network: ?at, ?group, ?period, ?units, like /network/), and its links to the full chart
 * carry that query. Links to other pages are left alone.
 */
import { routes } from '../lib/routes';

/**
 * The href a full-view link should have: `href` with the embed page's query when it points at
 * one of `fullPaths` (the full charts, base included), else `href` unchanged. Both URLs are
 * absolute or resolved against `pageUrl`.
 */
export function fullViewHref(
  href: string,
  pageUrl: string,
  fullPaths: readonly string[] = [routes.chronology(), routes.network()],
): string {
  const url = new URL(href, pageUrl);
  if (!fullPaths.includes(url.pathname)) return href;
  url.search = new URL(pageUrl).search;
  return url.href;
}

/** Keeps every `a[data-full-view]` of `doc` up to date just before it is followed, copied or opened in a new tab. */
export function keepViewInFullViewLinks(doc: Document): void {
  const refresh = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-full-view]');
    if (a) a.href = fullViewHref(a.href, doc.location.href);
  };
  // pointerdown comes before click and the context menu; focus before Enter.
  for (const type of ['pointerdown', 'focusin', 'click']) doc.addEventListener(type, refresh, true);
}
