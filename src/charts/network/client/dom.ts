/**
 * Element trees (vnode.ts) into live HTML: creation with DOM APIs (never innerHTML), a keyed
 * list update that keeps rows whose content did not change (the table, the list, the groups),
 * and a pool for the ties, hidden rather than removed when they leave the date. Changed SVG
 * elements are patched by the chronology's patch.ts.
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

/** The first element at or after `n` among its siblings (DOM Core only, so tests run on xmldom). */
function elementFrom(n: Node | null): Element | null {
  while (n && n.nodeType !== 1) n = n.nextSibling;
  return n as Element | null;
}

const keyOfItem = (c: Child): string | null => (typeof c === 'string' ? null : ((c.attrs['data-id'] as string | undefined) ?? null));

/** A live element's key: that of the tree it was made from, else its data-id. */
function keyOfNode(el: Element): string | null {
  const from = madeFrom.get(el);
  return from !== undefined ? keyOfItem(from) : el.getAttribute('data-id');
}

/**
 * Brings `parent`'s children in line with `items`, keyed by data-id: an element made from the
 * very same tree stays untouched, a changed one is replaced, new ones are created, and elements
 * are only moved when the order changed. `svg` creates in the SVG namespace. The unchanged
 * leading run is passed over without reading the DOM (a date step usually changes a few ties).
 */
export function updateList(parent: Element, items: readonly Child[], svg = false): void {
  const doc = parent.ownerDocument;
  let start = 0;
  let last: Element | null = null;
  let first: Element | null = elementFrom(parent.firstChild);
  while (start < items.length && first && madeFrom.get(first) === items[start]) {
    last = first;
    first = elementFrom(first.nextSibling);
    start++;
  }
  if (start === items.length && !first && parent.childNodes.length === items.length) return;
  const rest = start === 0 ? items : items.slice(start);
  const wanted = new Set(rest.map(keyOfItem));
  const byKey = new Map<string, Element>();
  for (let el = first; el; ) {
    const next = elementFrom(el.nextSibling);
    const key = keyOfNode(el);
    if (key !== null && wanted.has(key)) byKey.set(key, el);
    else parent.removeChild(el);
    el = next;
  }
  // Past the unchanged run (its first unmatched element may have just been removed).
  let cursor: ChildNode | null = last ? last.nextSibling : parent.firstChild;
  for (const item of rest) {
    const key = keyOfItem(item);
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

/** A layer's pool (see updatePool): every element made so far by key, in drawing order, and which are shown. */
interface Pool {
  /** The ranks the pool is ordered by (a new ranking, after a roll-up, starts a new pool). */
  ranks: ReadonlyMap<string, number>;
  /** Pooled elements, ascending rank. */
  sorted: { rank: number; key: string; el: Element }[];
  byKey: Map<string, Element>;
  shown: Set<string>;
}
const pools = new WeakMap<Element, Pool>();

/**
 * Like updateList for a layer of SVG elements whose keys have a fixed drawing order (`ranks`,
 * key → position; `items` come in that order): an element that leaves is hidden
 * (display="none") instead of removed, and shown again, patched only if its tree changed, when
 * it returns; a new one is inserted at its rank. A date change then touches only the ties whose
 * state changed, and creates elements only for ties never shown before. Keys without a rank go
 * last. The first call adopts the layer's children; a new `ranks` map rebuilds the pool.
 */
export function updatePool(layer: Element, items: readonly Child[], ranks: ReadonlyMap<string, number>): void {
  let pool = pools.get(layer);
  if (pool && pool.ranks !== ranks) {
    // Another ranking (ties rolled up or not): keep what is wanted, in order, and pool afresh.
    updateList(layer, items, true);
    pool = undefined;
  }
  if (!pool) {
    pool = { ranks, sorted: [], byKey: new Map(), shown: new Set() };
    for (let el = elementFrom(layer.firstChild); el; ) {
      const next = elementFrom(el.nextSibling);
      const key = keyOfNode(el);
      if (key === null || pool.byKey.has(key)) {
        layer.removeChild(el);
        el = next;
        continue;
      }
      pool.byKey.set(key, el);
      pool.sorted.push({ rank: ranks.get(key) ?? Infinity, key, el });
      if (el.getAttribute('display') !== 'none') pool.shown.add(key);
      el = next;
    }
    pool.sorted.sort((a, b) => a.rank - b.rank);
    pools.set(layer, pool);
  }
  const wanted = new Set<string>();
  for (const item of items) {
    const key = keyOfItem(item);
    if (key !== null) wanted.add(key);
  }
  for (const key of pool.shown)
    if (!wanted.has(key)) {
      pool.byKey.get(key)!.setAttribute('display', 'none');
      pool.shown.delete(key);
    }
  const doc = layer.ownerDocument;
  for (const item of items) {
    const key = keyOfItem(item);
    if (key === null || typeof item === 'string') continue;
    let el = pool.byKey.get(key);
    if (!el) {
      el = create(doc, item, true) as Element;
      madeFrom.set(el, item);
      const rank = ranks.get(key) ?? Infinity;
      // First pooled element ranked after this one (binary search), to insert before.
      let lo = 0;
      let hi = pool.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pool.sorted[mid]!.rank <= rank) lo = mid + 1;
        else hi = mid;
      }
      layer.insertBefore(el, pool.sorted[lo]?.el ?? null);
      pool.sorted.splice(lo, 0, { rank, key, el });
      pool.byKey.set(key, el);
      pool.shown.add(key);
      continue;
    }
    if (madeFrom.get(el) !== item) {
      patchElement(el, item, true);
      madeFrom.set(el, item);
    }
    if (!pool.shown.has(key)) {
      el.removeAttribute('display');
      pool.shown.add(key);
    }
  }
}
