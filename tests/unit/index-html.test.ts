import { describe, expect, it } from 'vitest';
import { spaceBlockBoundaries } from '../../src/components/search/index-html';

/** Text content as an indexer reads it: tags removed, nothing added. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('spaceBlockBoundaries', () => {
  it('separates a record label from its value, and one entry from the next', () => {
    const html =
      '<dl><dt>Branches and units</dt><dd><a href="/g/">Islamic State in Qalamoun</a></dd><dt>Also called</dt><dd>ISIS, ISIL</dd></dl>';
    expect(textOf(html)).toContain('unitsIslamic');
    expect(textOf(spaceBlockBoundaries(html))).toMatch(/units\s+Islamic State in Qalamoun\s+Also called\s+ISIS, ISIL/);
  });

  it('separates table cells, list items, paragraphs and lines broken by <br>', () => {
    const out = textOf(
      spaceBlockBoundaries(
        '<table><tr><td>2013</td><td>refused</td></tr></table><ul><li>a</li><li>b</li></ul><p>one</p><p>two<br>three<br/>four</p>',
      ),
    );
    expect(out.split(/\s+/).filter(Boolean)).toEqual(['2013', 'refused', 'a', 'b', 'one', 'two', 'three', 'four']);
  });

  it('leaves inline elements and existing whitespace alone', () => {
    const html = '<p>al-<em>Nusra</em> Front <span class="muted">(2013)</span></p>\n<p>next</p>';
    expect(spaceBlockBoundaries(html)).toBe(
      '<p>al-<em>Nusra</em> Front <span class="muted">(2013)</span></p>\n<p>next</p>',
    );
  });

  it('does not touch tag names that only start like a block element', () => {
    expect(spaceBlockBoundaries('x<param>y</param><picture>z</picture>')).toBe('x<param>y</param><picture>z</picture>');
    expect(spaceBlockBoundaries('<span>a</span><div>b</div>')).toBe('<span>a</span> <div>b</div>');
  });
});
