/**
 * Element trees (vnode.ts) into live HTML: creation with DOM APIs (never innerHTML) and a keyed
 * list update that keeps rows whose content did not change. SVG is patched by the chronology's
 * patch.ts; this is for the table, the list and the details panel.
 */
import { patchElement, type Child } from '../shared';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates a DOM node from an element tree (SVG inside <svg>, HTML elsewhere). */
export function create(doc: Document, child: Child, svg = false): Node {
  if (typeof child === 'string') return doc.createTextNode(child);
  const inSvg = svg || child.tag === 'svg';
  const el = inSvg ? doc.createElementNS(SVG_NS, child.tag) : doc.createElement(child.tag);
  for (const [name, value] of Object.entries(child.attrs)) {
    if (value === undefined || value === false || name === 'xmlns') continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of child.children) el.appendChild(create(doc, c, inSvg));
  return el;
}

/** The element tree each live element was last made from (trees are memoised upstream, so identity means unchanged). */
const madeFrom = new WeakMap<Node, Child>();

/**
 * Brings `parent`'s children in line with `items`, keyed by data-id: an element made from the
 * very same tree stays untouched, a changed one is replaced, new ones are created, and elements
 * are only moved when the order changed. `svg` creates in the SVG namespace.
 */
export function updateList(parent: Element, items: readonly Child[], svg = false): void {
  const doc = parent.ownerDocument;
  const wanted = new Set(
    items.map((c) => (typeof c === 'string' ? null : ((c.attrs['data-id'] as string | undefined) ?? null))),
  );
  const byKey = new Map<string, Element>();
  for (const el of Array.from(parent.children)) {
    const key = el.getAttribute('data-id');
    if (key !== null && wanted.has(key)) byKey.set(key, el);
    else el.remove();
  }
  let cursor: ChildNode | null = parent.firstChild;
  for (const item of items) {
    const key = typeof item === 'string' ? null : ((item.attrs['data-id'] as string | undefined) ?? null);
    let node: Node | undefined = key !== null ? byKey.get(key) : undefined;
    if (node && madeFrom.get(node) !== item) {
      if (svg && typeof item !== 'string') {
        // SVG: bring the element's attributes and children in line (usually a class or a label).
        patchElement(node as Element, item, true);
        madeFrom.set(node, item);
      } else {
        const fresh = create(doc, item, svg);
        madeFrom.set(fresh, item);
        if (node === cursor) cursor = cursor.nextSibling;
        node.parentNode?.removeChild(node);
        node = fresh;
      }
    }
    if (!node) {
      node = create(doc, item, svg);
      madeFrom.set(node, item);
    }
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    parent.removeChild(cursor);
    cursor = next;
  }
}

/** Records that server-rendered `el` shows `tree` already, so the next update leaves it alone. */
export function adopt(el: Node, tree: Child): void {
  madeFrom.set(el, tree);
}
