import { describe, expect, it } from 'vitest';
import { h, toMarkup } from '../../../src/charts/chronology/render/vnode';

describe('vnode', () => {
  it('drops falsy children and flattens arrays', () => {
    expect(h('g', {}, null, false, 'a', [h('b'), undefined], 'c').children).toEqual(['a', h('b'), 'c']);
  });

  it('escapes every text node and attribute value', () => {
    expect(toMarkup(h('text', { 'aria-label': '"><script>' }, '</text><script>alert(1)</script>&'))).toBe(
      '<text aria-label="&quot;&gt;&lt;script&gt;">&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;</text>',
    );
  });

  it('refuses tag and attribute names that could break out of the tag', () => {
    expect(() => toMarkup(h('g onload=alert(1)'))).toThrow(/Unsafe tag/);
    expect(() => toMarkup(h('g', { 'x"y': 1 }))).toThrow(/Unsafe attribute/);
  });

  it('self-closes empty SVG elements but gives empty HTML elements an end tag', () => {
    expect(toMarkup(h('div', {}, h('svg', {}, h('rect', { x: 1 })), h('p')))).toBe('<div><svg><rect x="1"/></svg><p></p></div>');
    expect(toMarkup(h('g', { hidden: true, skip: false, none: undefined }), true)).toBe('<g hidden/>');
  });
});
