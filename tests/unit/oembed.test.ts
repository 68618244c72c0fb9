import { describe, expect, it } from 'vitest';
import { FALLBACK_HEIGHT } from '../../src/lib/embed';
import { chronologyEmbeddable, embedCodeOf, eventEmbeddable, networkEmbeddable, oembedJson, oembedOf } from '../../src/lib/oembed';

const site = 'https://example.org/';

describe('oEmbed', () => {
  it('is a rich response whose html is the embed code, for the chart, an event and the network', () => {
    for (const page of [
      chronologyEmbeddable(),
      eventEmbeddable('albu-kamal-pledge', 'Al-Nusra in Albu Kamal pledges'),
      networkEmbeddable({ day: '2014-06-25', dayLabel: '25 June 2014' }),
    ]) {
      const o = oembedOf(page, site);
      expect(o).toMatchObject({ version: '1.0', type: 'rich', title: page.title, height: FALLBACK_HEIGHT[page.kind] });
      expect(o.html).toBe(embedCodeOf(page, site));
      expect(o.html).toContain(`src="${new URL(page.embed, site).href.replace(/&/g, '&amp;')}"`);
      expect(o.thumbnail_url.startsWith(site)).toBe(true);
      expect(JSON.parse(oembedJson(page, site))).toEqual(o);
    }
  });

  it('embeds the network on the date it opens on, titled with that date', () => {
    const page = networkEmbeddable({ day: '2014-06-25', dayLabel: '25 June 2014' });
    expect(page).toMatchObject({ kind: 'network', title: 'Alliance network on 25 June 2014', embed: '/embed/network/?at=2014-06-25' });
    expect(networkEmbeddable({ day: '2015-01-01', dayLabel: '1 January 2015' }, 'Ties').title).toBe('Ties on 1 January 2015');
  });

  it('escapes a hostile title in the embed code', () => {
    const html = embedCodeOf(eventEmbeddable('x', '"><script>alert(1)</script>'), site);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });
});
