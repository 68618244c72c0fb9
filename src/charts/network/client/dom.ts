/**
 * Element trees (vnode.ts) into live HTML: creation with DOM APIs (never innerHTML) and a keyed
 * list update that keeps rows whose content did not change. SVG is patched by the chronology's
 * patch.ts; this is for the table, the list and the details panel.
 */
import type { Child } from '../../chronology/vnode';

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

const signatures = new WeakMap<Node, string>();

/** Replaces `parent`'s children with `items`, reusing a child whose key (data-id) and content are unchanged. */
export function updateList(parent: Element, items: readonly Child[]): void {
  const doc = parent.ownerDocument;
  const old = new Map<string, Element>();
  for (const el of Array.from(parent.children)) {
    const key = el.getAttribute('data-id');
    if (key) old.set(key, el);
  }
  const next: Node[] = items.map((item) => {
    const key = typeof item === 'string' ? null : (item.attrs['data-id'] as string | undefined);
    const signature = JSON.stringify(item);
    const reuse = key ? old.get(key) : undefined;
    if (reuse && signatures.get(reuse) === signature) return reuse;
    const node = create(doc, item);
    signatures.set(node, signature);
    return node;
  });
  parent.replaceChildren(...next);
}
