/**
 * <search-page>: the full results on /search/. Reads ?q= and ?kind= (so the header form and
 * shared links land on results), searches as the reader types and keeps the URL in step.
 * Results are a plain list of links in a live-announced region: ↓ from the box moves to the
 * first link, ↑/↓ move between links, Escape goes back to the box.
 */
import { renderExcerpt } from './excerpt';
import { isSearchKind } from './kinds';
import { searchSite, type SearchOutcome } from './pagefind';

const LIMIT = 100;

class SearchPage extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private kinds!: HTMLFieldSetElement;
  private lastKey = '';
  private ready = false;

  connectedCallback() {
    if (this.ready) return;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const list = this.querySelector<HTMLOListElement>('ol');
    const kinds = this.querySelector<HTMLFieldSetElement>('fieldset');
    const form = this.querySelector('form');
    if (!input || !status || !list || !kinds || !form) return;
    this.ready = true;
    Object.assign(this, { input, status, list, kinds });

    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') ?? '';
    const kind = params.get('kind');
    if (isSearchKind(kind)) this.radio(kind)!.checked = true;
    kinds.hidden = false;

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(true);
    });
    input.addEventListener('input', () => void this.run(false));
    kinds.addEventListener('change', () => void this.run(true));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && this.links().length > 0) {
        e.preventDefault();
        this.links()[0]!.focus();
      }
    });
    list.addEventListener('keydown', (e) => this.onListKey(e));

    if (input.value.trim()) void this.run(true);
    else input.focus();
  }

  private radio(kind: string): HTMLInputElement | null {
    return this.kinds.querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`);
  }

  private kind(): string {
    return this.kinds.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '';
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  private onListKey(e: KeyboardEvent) {
    const links = this.links();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = i + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.input.focus();
    }
  }

  /** Searches for the box's text; `now` skips Pagefind's typing debounce. */
  private async run(now: boolean) {
    const term = this.input.value.trim();
    const kind = this.kind();
    const key = `${kind}\u0000${term}`;
    this.lastKey = key;
    const url = new URL(window.location.href);
    url.search = '';
    if (term) url.searchParams.set('q', term);
    if (kind) url.searchParams.set('kind', kind);
    history.replaceState(null, '', url);
    if (!term) {
      this.list.replaceChildren();
      this.list.hidden = true;
      this.status.textContent = '';
      return;
    }
    this.status.textContent = 'Searching…';
    let outcome: SearchOutcome | null;
    try {
      outcome = await searchSite(term, { limit: LIMIT, kind: kind || undefined, debounceMs: now ? 0 : 150 });
    } catch {
      if (key === this.lastKey) this.status.textContent = 'The search index could not be loaded. Browse everything below instead.';
      return;
    }
    if (!outcome || key !== this.lastKey) return;
    this.render(outcome, kind);
  }

  private render(outcome: SearchOutcome, kind: string) {
    const items = outcome.hits.map((hit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.url;
      // Isolated, so an Arabic name keeps its order beside the English label.
      a.dir = 'auto';
      a.textContent = hit.title;
      const kindEl = document.createElement('span');
      kindEl.className = 'search-page-kind';
      kindEl.textContent = hit.kind;
      li.append(a, ' ', kindEl);
      if (hit.date) {
        const date = document.createElement('span');
        date.className = 'search-page-date';
        date.textContent = ` ${hit.date}`;
        li.append(date);
      }
      if (hit.summary) {
        const summary = document.createElement('p');
        summary.className = 'search-page-summary';
        summary.dir = 'auto';
        summary.textContent = hit.summary;
        li.append(summary);
      }
      // Where the words matched, with the matches marked.
      const p = document.createElement('p');
      p.className = 'search-page-excerpt';
      p.dir = 'auto';
      p.append('…');
      renderExcerpt(p, hit.excerpt);
      p.append('…');
      li.append(p);
      return li;
    });
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
    const n = outcome.matched;
    const what = kind ? ` among ${kind.toLowerCase()}s` : '';
    const more = n > outcome.hits.length ? ` (showing the first ${outcome.hits.length})` : '';
    const other = kind && outcome.total > n ? `; ${outcome.total} in everything` : '';
    this.status.textContent =
      n === 0 ? `No results for “${outcome.term}”${what}${other}.` : `${n} result${n === 1 ? '' : 's'} for “${outcome.term}”${what}${more}${other}.`;
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
