/**
 * Lazy access to Pagefind's browser API (`/pagefind/pagefind.js`, written by
 * scripts/build-search.mjs after `astro build`). Nothing is fetched until the first search, and
 * the module is imported once per page.
 */
import { parseExcerpt, type ExcerptPart } from './excerpt';
import { withBase } from '../../lib/routes';
import { matchesName, NAMED_KINDS, namesFirst } from './names';

/** The part of a Pagefind result's data the site reads. */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** The part of Pagefind's module API the site uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: { filters?: Record<string, string | string[] | { any: string[] }> },
    debounceMs?: number,
  ): Promise<PagefindSearch | null>;
  search(term: string, options?: { filters?: Record<string, string | string[] | { any: string[] }> }): Promise<PagefindSearch>;
}

interface PagefindSearch {
  results: { id: string; score: number; data: () => Promise<PagefindData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** One search hit as the UI shows it. */
export interface SearchHit {
  url: string;
  title: string;
  /** "Event", "Group", "Source" or "Essay" (the `kind` filter pages set). */
  kind: string;
  /** Date of an event, where the page gives it. */
  date?: string;
  /** The page's one-line summary (`summary` meta), where it sets one. */
  summary?: string;
  excerpt: ExcerptPart[];
}

/** A search's hits plus totals. */
export interface SearchOutcome {
  term: string;
  /** Matches before the kind filter. */
  total: number;
  /** Matches per kind (before the kind filter). */
  kinds: Record<string, number>;
  /** Matches after the kind filter. */
  matched: number;
  hits: SearchHit[];
}

let api: Promise<PagefindApi> | undefined;

/** Where the bundle lives: a data attribute can move it (tests); default `pagefind/` under the base path. */
function bundleUrl(base = withBase('/pagefind/')): string {
  return new URL(`${base.replace(/\/?$/, '/')}pagefind.js`, document.baseURI).href;
}

/** Imports and configures Pagefind (once); rejects when the index is missing (e.g. `astro dev`). */
export function loadPagefind(base?: string): Promise<PagefindApi> {
  api ??= (import(/* @vite-ignore */ bundleUrl(base)) as Promise<PagefindApi>).then(async (pagefind) => {
    // Result URLs are paths inside the indexed folder: baseUrl puts the site's base path before them.
    await pagefind.options({ excerptLength: 24, baseUrl: withBase('/') });
    await pagefind.init();
    return pagefind;
  });
  api.catch(() => {
    api = undefined; // let a later attempt retry
  });
  return api;
}

/**
 * Searches the site. Resolves to null when a newer search superseded this one (typing fast),
 * so callers simply ignore stale answers.
 */
export async function searchSite(
  term: string,
  { limit = 8, kind, debounceMs = 120, base }: { limit?: number; kind?: string; debounceMs?: number; base?: string } = {},
): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind(base);
  const search = await pagefind.debouncedSearch(term, kind ? { filters: { kind } } : {}, debounceMs);
  if (!search) return null;
  const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
  const kinds = search.totalFilters.kind ?? search.filters.kind ?? {};
  const hit = (d: PagefindData): SearchHit => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    kind: d.meta.kind ?? d.filters.kind?.[0] ?? 'Page',
    date: d.meta.date,
    summary: d.meta.summary,
    excerpt: parseExcerpt(d.excerpt),
  });
  // Names first: a term that is a person's, place's or group's name or spelling lists that page
  // first, whatever the full-text ranking says ("Jolani", "Raqa", "Daesh").
  let named: SearchHit | undefined;
  if (!kind || (NAMED_KINDS as readonly string[]).includes(kind)) {
    const byName = await pagefind.search(term, { filters: { kind: kind ? kind : { any: [...NAMED_KINDS] } } });
    for (const r of byName.results.slice(0, 3)) {
      const d = await r.data();
      if (matchesName(term, [d.meta.title ?? '', d.meta.aliases ?? ''])) {
        named = hit(d);
        break;
      }
    }
  }
  const hits = namesFirst(data.map(hit), named).slice(0, limit);
  return {
    term,
    total: search.unfilteredResultCount,
    kinds,
    matched: search.results.length,
    hits,
  };
}
