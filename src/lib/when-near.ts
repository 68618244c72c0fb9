/**
 * Deferring below-the-fold work until a reader approaches it: charts further down a page start
 * (load their code and data, draw) only when they come near the viewport, so the first paint and
 * the main thread stay free for what the reader sees first.
 */

/** How far outside the viewport a target counts as near: half a viewport above or below. */
export const NEAR_MARGIN = '50% 0px';

/**
 * Calls `start` once, when the first of `targets` comes within `margin` (a CSS rootMargin, e.g.
 * "50% 0px") of the viewport; at once (in a microtask) where IntersectionObserver is missing, and
 * never when `targets` is empty. Returns a function that cancels the wait.
 */
export function whenNear(targets: Element | Iterable<Element>, start: () => void, margin: string = NEAR_MARGIN): () => void {
  const list = targets instanceof Element ? [targets] : [...targets];
  if (list.length === 0) return () => {};
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    start();
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && run(), { rootMargin: margin })
      : null;
  if (observer) for (const el of list) observer.observe(el);
  else queueMicrotask(run);
  return () => {
    done = true;
    observer?.disconnect();
  };
}
