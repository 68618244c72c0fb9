/** The network's list updates (updateList, updatePool), against a real DOM implementation (xmldom, DOM Core). */
import { DOMImplementation } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { updateList, updatePool } from '../../../src/charts/network/client/dom';
import { h, type VNode } from '../../../src/charts/network/shared';

const SVG = 'http://www.w3.org/2000/svg';

function layer(): Element {
  const doc = new DOMImplementation().createDocument(SVG, 'svg', null);
  const g = doc.createElementNS(SVG, 'g');
  doc.documentElement!.appendChild(g);
  return g as unknown as Element;
}

/** One memoised tree per id and state, as render/svg.ts hands out. */
const trees = new Map<string, VNode>();
const tie = (id: string, state = 'holds') => {
  const key = `${id}|${state}`;
  let t = trees.get(key);
  if (!t) trees.set(key, (t = h('g', { 'data-id': id, class: `edge ${state}` }, h('path', { d: 'M0,0L1,1' }))));
  return t;
};
const elements = (g: Element) => Array.from(g.childNodes as unknown as Element[]).filter((n) => n.nodeType === 1);
const ids = (g: Element, shownOnly = false) =>
  elements(g)
    .filter((el) => !shownOnly || el.getAttribute('display') !== 'none')
    .map((el) => el.getAttribute('data-id'));

describe('updateList', () => {
  it('keeps unchanged elements, replaces changed ones, removes leavers and follows the new order', () => {
    const g = layer();
    updateList(g, ['a', 'b', 'c', 'd'].map((id) => tie(id)), true);
    const [a, b] = elements(g);
    // The first element after the unchanged run leaves: the update must not insert before it.
    updateList(g, [tie('a'), tie('c', 'uncertain'), tie('e'), tie('d')], true);
    expect(ids(g)).toEqual(['a', 'c', 'e', 'd']);
    expect(elements(g)[0]).toBe(a);
    expect(elements(g).includes(b!)).toBe(false);
    expect(elements(g)[1]!.getAttribute('class')).toBe('edge uncertain');
    updateList(g, [tie('d'), tie('a')], true);
    expect(ids(g)).toEqual(['d', 'a']);
    updateList(g, [], true);
    expect(ids(g)).toEqual([]);
  });
});

describe('updatePool', () => {
  const ranks = new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, i]));

  it('hides leavers instead of removing them, shows them again, and inserts newcomers at their rank', () => {
    const g = layer();
    updatePool(g, [tie('b'), tie('d')], ranks);
    const [b, d] = elements(g);
    expect(ids(g)).toEqual(['b', 'd']);
    updatePool(g, [tie('a'), tie('c'), tie('d', 'uncertain')], ranks);
    expect(ids(g)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(g, true)).toEqual(['a', 'c', 'd']);
    expect(elements(g)[1]).toBe(b);
    expect(elements(g)[3]).toBe(d);
    expect(d!.getAttribute('class')).toBe('edge uncertain');
    updatePool(g, [tie('b'), tie('e')], ranks);
    expect(ids(g)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(g, true)).toEqual(['b', 'e']);
    expect(elements(g)[1]).toBe(b);
    expect(b!.hasAttribute('display')).toBe(false);
  });

  it('adopts the layer it finds (server-rendered ties) and starts afresh under other ranks', () => {
    const g = layer();
    updateList(g, [tie('a'), tie('c')], true);
    updatePool(g, [tie('c'), tie('e')], ranks);
    expect(ids(g)).toEqual(['a', 'c', 'e']);
    expect(ids(g, true)).toEqual(['c', 'e']);
    const rolled = new Map([['x', 0], ['c', 1]]);
    updatePool(g, [tie('x'), tie('c')], rolled);
    expect(ids(g)).toEqual(['x', 'c']);
    expect(ids(g, true)).toEqual(['x', 'c']);
  });
});
