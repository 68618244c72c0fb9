/** The DOM patcher, against a real DOM implementation (xmldom, DOM Core). */
import { DOMImplementation } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { patchElement } from '../../../src/charts/chronology/render/patch';
import { h, type VNode } from '../../../src/charts/chronology/render/vnode';

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

function root() {
  const doc = new DOMImplementation().createDocument(XHTML, 'html', null);
  const el = doc.createElementNS(XHTML, 'div');
  doc.documentElement!.appendChild(el);
  return el as unknown as Element;
}

const tree = (ids: string[], extra: VNode['attrs'] = {}) =>
  h(
    'div',
    { class: 'view' },
    h(
      'svg',
      { viewBox: '0 0 10 10', ...extra },
      h('g', { class: 'marks' }, ids.map((id) => h('g', { 'data-id': id, class: 'ev' }, h('text', {}, `label ${id}`)))),
    ),
    h('ol', {}, h('li', {}, h('a', { href: '/events/x/' }, 'x'))),
  );

describe('patchElement', () => {
  it('builds the tree in the right namespaces (HTML around, SVG inside)', () => {
    const el = root();
    patchElement(el, tree(['a', 'b']));
    const svg = el.getElementsByTagName('svg')[0]!;
    expect(svg.namespaceURI).toBe(SVG);
    expect(svg.getElementsByTagName('text')[0]!.namespaceURI).toBe(SVG);
    expect(el.getElementsByTagName('ol')[0]!.namespaceURI).toBe(XHTML);
    expect(el.getAttribute('class')).toBe('view');
    expect(svg.getElementsByTagName('text')[1]!.textContent).toBe('label b');
  });

  it('reuses keyed nodes, moving and removing them rather than rebuilding', () => {
    const el = root();
    patchElement(el, tree(['a', 'b', 'c']));
    const marks = el.getElementsByTagName('g')[0]!;
    const [a, b, c] = Array.from(marks.childNodes);
    patchElement(el, tree(['c', 'a']));
    expect(Array.from(marks.childNodes)).toEqual([c, a]);
    expect(b!.parentNode).toBeNull();
    patchElement(el, tree(['c', 'd', 'a']));
    const d = marks.childNodes[1]!;
    expect(Array.from(marks.childNodes)).toEqual([c, d, a]);
    expect((d as Element).getAttribute('data-id')).toBe('d');
  });

  it('updates changed attributes and text only, and removes dropped attributes below the root', () => {
    const el = root();
    patchElement(el, tree(['a'], { 'aria-activedescendant': 'x-ev-a', tabindex: 0 }));
    const svg = el.getElementsByTagName('svg')[0]!;
    expect(svg.getAttribute('tabindex')).toBe('0');
    patchElement(el, tree(['a'], { tabindex: 0 }));
    expect(svg.hasAttribute('aria-activedescendant')).toBe(false);
    patchElement(el, h('div', { class: 'view next' }, h('p', {}, 'text')));
    expect(el.getAttribute('class')).toBe('view next');
    expect(el.getElementsByTagName('svg')).toHaveLength(0);
    expect(el.getElementsByTagName('p')[0]!.textContent).toBe('text');
  });

  it('adopts server-rendered markup on the first patch, keeping the root’s own attributes', () => {
    const el = root();
    el.setAttribute('data-variant', 'wide');
    const svg = el.ownerDocument.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 1 1');
    svg.setAttribute('stale', 'yes');
    el.appendChild(svg);
    patchElement(el, h('div', { class: 'view' }, h('svg', { viewBox: '0 0 10 10' })));
    expect(el.getElementsByTagName('svg')[0]).toBe(svg);
    expect(svg.getAttribute('viewBox')).toBe('0 0 10 10');
    expect(svg.hasAttribute('stale')).toBe(false);
    expect(el.getAttribute('data-variant')).toBe('wide');
  });

  it('sets hostile strings as text and attribute values, never as markup', () => {
    const el = root();
    patchElement(el, h('div', {}, h('p', { title: '"><img src=x onerror=alert(1)>' }, '<script>alert(1)</script>')));
    expect(el.getElementsByTagName('script')).toHaveLength(0);
    expect(el.getElementsByTagName('img')).toHaveLength(0);
    expect(el.getElementsByTagName('p')[0]!.textContent).toBe('<script>alert(1)</script>');
  });
});
