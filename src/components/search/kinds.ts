/**
 * The kinds of page the search index holds. Each indexed page sets the `kind` filter and meta
 * to one `id` here, e.g. `data-pagefind-filter="kind:Event"` and `data-pagefind-meta="kind:Event"`.
 */
export const SEARCH_KINDS = [
  { id: 'Event', plural: 'Events' },
  { id: 'Group', plural: 'Groups' },
  { id: 'Person', plural: 'People' },
  { id: 'Place', plural: 'Places' },
  { id: 'Source', plural: 'Sources' },
  { id: 'Essay', plural: 'Essays' },
] as const;

/** A kind id. */
export type SearchKind = (typeof SEARCH_KINDS)[number]['id'];

/** True for a known kind id (for ?kind= from the URL). */
export function isSearchKind(value: string | null | undefined): value is SearchKind {
  return SEARCH_KINDS.some((k) => k.id === value);
}
