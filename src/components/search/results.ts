/** What both search UIs need from the Pagefind wrapper and the excerpt renderer, in one place. */
export { searchSite, type SearchHit, type SearchOutcome } from './pagefind';
export { renderExcerpt } from './excerpt';
