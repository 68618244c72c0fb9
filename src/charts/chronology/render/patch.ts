/**
 * Brings a live DOM subtree (HTML with SVG inside) in line with a freshly rendered element tree,
 * reusing nodes (keyed by `data-id` where present) so zoom frames only touch changed attributes.
 * Text goes through text nodes and attributes through setAttribute: markup is never parsed. Uses
 * only DOM Core (createElementNS, insertBefore, setAttribute…), so it is tested with xmldom.
 */
import type { Child, VNode } from './vnode';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

// What each element was last patched to: comparing JS objects is far cheaper than reading the DOM.
const shadow = new WeakMap<Element, VNode['attrs']>();

function create(doc: Document, child: Child, parentNs: string | null): Node {
  if (typeof child === 'string') return doc.createTextNode(child);
  const ns = child.tag === 'svg' ? SVG_NS : parentNs === SVG_NS ? SVG_NS : HTML_NS;
  const el = doc.createElementNS(ns, child.tag);
  setAttributes(el, child, false);
  for (const c of child.children) el.appendChild(create(doc, c, ns));
  return el;
}

function setAttributes(el: Element, node: VNode, prune: boolean): void {
  const before = shadow.get(el);
  shadow.set(el, node.attrs);
  if (before) {
    for (const name in node.attrs) {
      const value = node.attrs[name];
      if (value === before[name] || name === 'xmlns') continue;
      if (value === undefined || value === false) el.removeAttribute(name);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
    if (prune)
      for (const name in before) if (!(name in node.attrs) && before[name] !== undefined) el.removeAttribute(name);
    return;
  }
  // First patch of server-rendered markup: compare with the DOM itself.
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'xmlns') continue;
    if (value === undefined || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
      continue;
    }
    const text = value === true ? '' : String(value);
    if (el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
  if (prune) {
    for (const attr of Array.from(el.attributes)) {
      if (!(attr.name in node.attrs)) el.removeAttribute(attr.name);
    }
  }
}

const vkey = (c: Child): string | null =>
  typeof c === 'string' ? null : ((c.attrs['data-id'] as string | undefined) ?? null);

function nkey(n: Node): string | null {
  if (n.nodeType !== 1) return null;
  const known = shadow.get(n as Element);
  return known ? ((known['data-id'] as string | undefined) ?? null) : (n as Element).getAttribute('data-id');
}

function sameKind(node: Node, child: Child): boolean {
  return typeof child === 'string'
    ? node.nodeType === 3
    : node.nodeType === 1 && (node as Element).localName === child.tag;
}

function update(node: Node, child: Child): void {
  if (typeof child === 'string') {
    if ((node as Text).data !== child) (node as Text).data = child;
  } else patchElement(node as Element, child, true);
}

function patchChildren(el: Element, children: readonly Child[]): void {
  const doc = el.ownerDocument;
  const ns = el.namespaceURI;
  let cursor: ChildNode | null = el.firstChild;
  if (!children.some((c) => vkey(c) !== null)) {
    // Unkeyed lists (lanes, ticks, the parts of a mark) keep their shape: match by position.
    for (const child of children) {
      if (cursor && sameKind(cursor, child) && nkey(cursor) === null) {
        update(cursor, child);
        cursor = cursor.nextSibling;
      } else el.insertBefore(create(doc, child, ns), cursor);
    }
  } else {
    const keyed = new Map<string, Node>();
    for (let n = el.firstChild; n; n = n.nextSibling) {
      const k = nkey(n);
      if (k !== null) keyed.set(k, n);
    }
    const wanted = new Set(children.map(vkey));
    for (const child of children) {
      // Drop nodes that left (events scrolled out of view) rather than moving every later one.
      while (cursor && !wanted.has(nkey(cursor))) {
        const next: ChildNode | null = cursor.nextSibling;
        el.removeChild(cursor);
        cursor = next;
      }
      const key = vkey(child);
      let node: Node | null = key !== null ? (keyed.get(key) ?? null) : cursor && nkey(cursor) === null ? cursor : null;
      if (node && !sameKind(node, child)) node = null;
      if (!node) {
        el.insertBefore(create(doc, child, ns), cursor);
        continue;
      }
      if (node !== cursor) el.insertBefore(node, cursor);
      else cursor = cursor.nextSibling;
      update(node, child);
    }
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    el.removeChild(cursor);
    cursor = next;
  }
}

/** Patches `el` to match `node`. The root keeps attributes the tree does not mention (tabindex, aria-activedescendant). */
export function patchElement(el: Element, node: VNode, prune = false): void {
  setAttributes(el, node, prune);
  patchChildren(el, node.children);
}
