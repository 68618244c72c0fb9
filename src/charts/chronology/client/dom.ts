/** Small DOM helpers shared by the chart's behaviour modules (text only ever set as text). */

/** Creates an HTML element with optional text content and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** Adds an event listener and returns the function that removes it. */
export function listen<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K | string,
  handler: (e: HTMLElementEventMap[K]) => void,
  options?: AddEventListenerOptions,
): () => void {
  target.addEventListener(type, handler as EventListener, options);
  return () => target.removeEventListener(type, handler as EventListener, options);
}

/** The event id of the mark (or label) an event target belongs to, if any. */
export function eventIdAt(target: EventTarget | null): string | null {
  const node = target instanceof Element ? target.closest('.ev, .lb') : null;
  return node?.getAttribute('data-id') ?? null;
}

/** Runs every cleanup in a list (in reverse order of setup). */
export function cleanupAll(cleanups: (() => void)[]): void {
  for (const f of cleanups.reverse()) f();
  cleanups.length = 0;
}
