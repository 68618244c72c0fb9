/**
 * <site-search>: upgrades the header's plain search form (Search.astro) into an ARIA 1.2
 * combobox with a listbox popup. Keys: `/` or Ctrl/⌘+K focus it from anywhere; ↓/↑ move through
 * the results; Enter opens the active one (or, with none active, submits to /search/); Escape
 * closes the popup, then clears. Pagefind itself (its script, WebAssembly and index) is fetched on
 * the first search, not before. Search.astro loads this module and the search page's in one
 * chunk with no import of its own, so no request is chained behind the page's one script.
 */
import { moveActive, searchPageUrl } from './keys';
import { renderExcerpt, searchSite, type SearchHit } from './results';

const MAX_HITS = 8;
let uid = 0;

class SiteSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private panel!: HTMLElement;
  private listbox!: HTMLUListElement;
  /** Index of the active option, -1 for none. */
  private active = -1;
  private options: HTMLLIElement[] = [];
  private lastTerm = '';
  private ready = false;

  connectedCallback() {
    if (this.ready) return;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!input || !form || !status) return;
    this.ready = true;
    this.input = input;
    this.status = status;
    const id = `site-search-${++uid}`;

    this.panel = document.createElement('div');
    this.panel.className = 'site-search-panel';
    this.panel.hidden = true;
    this.listbox = document.createElement('ul');
    this.listbox.id = `${id}-listbox`;
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.setAttribute('aria-label', 'Search results');
    this.panel.append(this.listbox);
    this.append(this.panel);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.listbox.id);

    input.addEventListener('input', () => void this.update());
    input.addEventListener('keydown', (e) => this.onKey(e));
    form.addEventListener('submit', (e) => this.onSubmit(e));
    this.listbox.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
    this.listbox.addEventListener('click', (e) => {
      const option = (e.target as Element).closest<HTMLLIElement>('[role="option"]');
      if (option) this.open(option, e);
    });
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
    // Text typed before this code arrived (it loads on intent: Search.astro) is searched now.
    if (input.value.trim() !== '' && document.activeElement === input) void this.update();
  }

  private onKey(e: KeyboardEvent) {
    if (e.isComposing) return;
    const count = this.options.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.panel.hidden) {
          if (count === 0) return;
          this.show();
        }
        e.preventDefault();
        this.setActive(moveActive(this.active, e.key === 'ArrowDown' ? 1 : -1, count));
        break;
      }
      case 'Enter':
        if (!this.panel.hidden && this.active >= 0) {
          e.preventDefault();
          this.open(this.options[this.active]!, e);
        }
        break;
      case 'Escape':
        if (!this.panel.hidden) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.input.value = '';
          this.clear();
        }
        break;
    }
  }

  private onSubmit(e: SubmitEvent) {
    const term = this.input.value.trim();
    if (!term) {
      e.preventDefault(); // an empty query would only reload the search page
      return;
    }
    // Otherwise the browser submits the GET form to /search/?q=…: the full results page.
  }

  /** Navigates to an option's page (new tab with Ctrl/⌘ or middle-click semantics). */
  private open(option: HTMLLIElement, e: KeyboardEvent | MouseEvent) {
    const href = option.dataset.href;
    if (!href) return;
    if (e.ctrlKey || e.metaKey) window.open(href, '_blank', 'noopener');
    else window.location.assign(href);
  }

  private async update() {
    const term = this.input.value.trim();
    this.lastTerm = term;
    if (term.length < 2) {
      this.clear();
      return;
    }
    let outcome;
    try {
      outcome = await searchSite(term, { limit: MAX_HITS, base: this.dataset.bundle });
    } catch {
      if (term !== this.lastTerm) return;
      this.clear();
      this.say('Search is not available here; press Enter to open the search page.');
      return;
    }
    if (!outcome || term !== this.lastTerm) return; // superseded by newer typing
    this.render(outcome.hits, outcome.total, term);
  }

  private render(hits: SearchHit[], total: number, term: string) {
    this.listbox.replaceChildren();
    this.options = [];
    const base = this.listbox.id.replace(/-listbox$/, '');
    hits.forEach((hit, i) => {
      const li = this.option(`${base}-opt-${i}`, hit.url);
      const head = document.createElement('span');
      head.className = 'site-search-head';
      const kind = document.createElement('span');
      kind.className = 'site-search-kind';
      kind.textContent = hit.kind;
      const title = document.createElement('span');
      title.className = 'site-search-title';
      // Isolated, so an Arabic name or alias keeps its order beside the English label.
      title.dir = 'auto';
      title.textContent = hit.title;
      head.append(title, ' ', kind);
      if (hit.date) {
        const date = document.createElement('span');
        date.className = 'site-search-date';
        date.textContent = hit.date;
        head.append(' ', date);
      }
      // The page's own summary reads better in a short list than a window of matched words.
      const excerpt = document.createElement('span');
      excerpt.className = 'site-search-excerpt';
      excerpt.dir = 'auto';
      if (hit.summary) excerpt.textContent = hit.summary;
      else renderExcerpt(excerpt, hit.excerpt);
      li.append(head, excerpt);
      this.listbox.append(li);
    });
    if (total > 0) {
      const all = this.option(`${base}-opt-all`, searchPageUrl(term));
      all.classList.add('site-search-all');
      all.textContent =
        total > hits.length ? `All ${total} results for “${term}”` : `Open the search page for “${term}”`;
      this.listbox.append(all);
    }
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (this.options.length > 0) this.show();
    else this.close();
    this.say(
      total === 0
        ? `No results for “${term}”.`
        : `${total} result${total === 1 ? '' : 's'}; use the arrow keys to choose.`,
    );
  }

  private option(id: string, href: string): HTMLLIElement {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = href;
    this.options.push(li);
    return li;
  }

  private setActive(i: number) {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = i;
    const option = this.options[i];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  private show() {
    this.panel.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close() {
    this.setActive(-1);
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }

  private clear() {
    this.close();
    this.listbox.replaceChildren();
    this.options = [];
    this.say('');
  }

  private say(text: string) {
    this.status.textContent = text;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
