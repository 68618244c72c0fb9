/** Small pure helpers shared by the header search and the search page. */
import { routes } from '../../lib/routes';

/** True when a key event's target takes text, so a typed `/` must not be stolen. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || !(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type);
  }
  return false;
}

/**
 * The next active index when moving by `delta` through `count` items, wrapping through
 * "none" (-1): down from none is the first, up from none is the last, past either end is none.
 */
export function moveActive(current: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  const next = current + delta;
  return next < 0 || next >= count ? -1 : next;
}

/** The full search page for a query (and optional kind filter). */
export function searchPageUrl(term: string, kind?: string): string {
  const params = new URLSearchParams({ q: term });
  if (kind) params.set('kind', kind);
  return `${routes.search()}?${params.toString()}`;
}

/** True for the keys that focus the search: `/` outside a text field, and Ctrl/⌘+K. */
export function isSearchShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>,
): boolean {
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target);
  const ctrlK = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
  return slash || ctrlK;
}
