/**
 * What the built site offers other tools: oEmbed discovery and files (valid oEmbed 1.0 `rich`,
 * with exactly the Share dialog's embed code), Twitter/X player cards, Highwire `citation_*` tags
 * for reference managers, the Dataset JSON-LD of /data/, the Excel CSV variant, and embed pages
 * that need no module script (so sandboxed frames on any host run them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedCode, FALLBACK_HEIGHT } from '../../src/lib/embed';
import { BASE, DIST, fileFor, readSite, SITE, type Page } from './dist';

let pages: Page[];
beforeAll(() => {
  pages = readSite();
});

const meta = (page: Page, name: string): string[] =>
  [...page.html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1]!));
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const isEvent = (p: Page) => /^events\/[^/]+\/index\.html$/.test(p.file);
const isSource = (p: Page) => /^sources\/[^/]+\/index\.html$/.test(p.file);
const isGroup = (p: Page) => /^groups\/[^/]+\/index\.html$/.test(p.file);

/** oEmbed 1.0, type "rich" (https://oembed.com, section 2.3.4): required and optional fields. */
const oembedSchema = {
  type: 'object',
  required: ['version', 'type', 'html', 'width', 'height'],
  additionalProperties: false,
  properties: {
    version: { const: '1.0' },
    type: { const: 'rich' },
    title: { type: 'string', minLength: 1 },
    author_name: { type: 'string' },
    author_url: { type: 'string', pattern: '^https?://' },
    provider_name: { type: 'string' },
    provider_url: { type: 'string', pattern: '^https?://' },
    cache_age: { type: 'integer', minimum: 0 },
    thumbnail_url: { type: 'string', pattern: '^https?://' },
    thumbnail_width: { type: 'integer', minimum: 1 },
    thumbnail_height: { type: 'integer', minimum: 1 },
    html: { type: 'string', minLength: 1 },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
  },
  dependentRequired: { thumbnail_url: ['thumbnail_width', 'thumbnail_height'] },
} as const;

describe('oEmbed and player cards', () => {
  const validate = new Ajv2020({ allErrors: true }).compile(oembedSchema);

  it('the chronology, the network and every event page link one valid oEmbed file whose html is the embed code', () => {
    const embeddable = pages.filter((p) => isEvent(p) || p.file === 'chronology/index.html' || p.file === 'network/index.html');
    expect(embeddable.some((p) => p.file === 'network/index.html')).toBe(true);
    expect(embeddable.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const page of embeddable) {
      const links = [...page.html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)"/g)];
      if (links.length !== 1) {
        problems.push(`${page.file}: ${links.length} oEmbed discovery links`);
        continue;
      }
      const url = new URL(decode(links[0]![1]!));
      const target = url.origin === SITE.origin ? fileFor(url.pathname) : { error: `not on ${SITE.origin}` };
      if ('error' in target) {
        problems.push(`${page.file}: oEmbed ${url.href}: ${target.error}`);
        continue;
      }
      const data = JSON.parse(readFileSync(target.file, 'utf8')) as Record<string, unknown>;
      if (!validate(data)) problems.push(`${page.file}: ${JSON.stringify(validate.errors)}`);
      const kind = page.file.startsWith('events/') ? 'event' : page.file.startsWith('network/') ? 'network' : 'chronology';
      // The network opens on a date, which its embed names (?at=, the date its frame title ends with).
      const at = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(page.html)?.[1];
      const embed =
        kind === 'event'
          ? `${BASE}embed/${page.file.replace(/index\.html$/, '')}`
          : kind === 'network'
            ? `${BASE}embed/network/?at=${at}`
            : `${BASE}embed/chronology/`;
      const expected = embedCode({
        src: new URL(embed, SITE).href,
        title: decode(links[0]![2]!),
        kind,
        script: new URL('embed.js', SITE).href,
      });
      if (data.html !== expected) problems.push(`${page.file}: oEmbed html differs from the embed code:\n${String(data.html)}\n${expected}`);
      if (data.height !== FALLBACK_HEIGHT[kind]) problems.push(`${page.file}: height ${String(data.height)}`);
      // The player card plays the same embed view.
      if (meta(page, 'twitter:card')[0] !== 'player') problems.push(`${page.file}: twitter:card is not "player"`);
      if (meta(page, 'twitter:player')[0] !== new URL(embed, SITE).href) problems.push(`${page.file}: twitter:player ${meta(page, 'twitter:player')[0]}`);
      const thumb = new URL(String(data.thumbnail_url));
      if ('error' in fileFor(thumb.pathname)) problems.push(`${page.file}: thumbnail ${thumb.href} is not in dist`);
    }
    expect(problems).toEqual([]);
  });
});

describe('Highwire citation_* tags', () => {
  it('every event, source and group page names its title, author(s) and public URL', () => {
    const problems: string[] = [];
    const cited = pages.filter((p) => isEvent(p) || isSource(p) || isGroup(p));
    expect(cited.length).toBeGreaterThan(3);
    for (const page of cited) {
      if (meta(page, 'citation_title').length !== 1) problems.push(`${page.file}: citation_title`);
      if (meta(page, 'citation_public_url').length !== 1) problems.push(`${page.file}: citation_public_url`);
      if (!isSource(page) && meta(page, 'citation_author').length === 0) problems.push(`${page.file}: citation_author`);
      if (!isSource(page) && !/^\d{4}\/\d{2}\/\d{2}$/.test(meta(page, 'citation_publication_date')[0] ?? ''))
        problems.push(`${page.file}: citation_publication_date ${meta(page, 'citation_publication_date')[0]}`);
      if (!isSource(page) && meta(page, 'citation_public_url')[0] !== page.canonicals[0]) problems.push(`${page.file}: citation_public_url is not the canonical URL`);
    }
    expect(problems).toEqual([]);
  });

  it('a source page describes the article: its headline, authors and address', () => {
    const page = pages.find((p) => p.file === 'sources/habeck-site-2015/index.html');
    if (!page) return; // only in the site's own content
    expect(meta(page, 'citation_title')).toEqual(['The Convergences of al-Qaeda and the Islamic State']);
    expect(meta(page, 'citation_author')).toEqual(['Habeck, Mary']);
    expect(meta(page, 'citation_public_url')[0]).toMatch(/^https:\/\/geostrategicmedia\.com\//);
    // The record does not confirm the date: no date rather than a wrong one.
    expect(meta(page, 'citation_publication_date')).toEqual([]);
  });
});

describe('/data/', () => {
  it('describes the data set for Google Dataset Search, with a download per file', () => {
    const page = pages.find((p) => p.file === 'data/index.html')!;
    const nodes = page.jsonLd.map((b) => JSON.parse(b) as Record<string, unknown>);
    const dataset = nodes.find((n) => n['@type'] === 'Dataset')!;
    expect(dataset).toBeTruthy();
    expect(dataset.name).toBeTruthy();
    expect(String(dataset.description).length).toBeGreaterThan(50);
    const downloads = dataset.distribution as { contentUrl: string; encodingFormat: string }[];
    const urls = downloads.map((d) => d.contentUrl);
    for (const file of ['events.json', 'events.csv', 'events-excel.csv', 'groups.json', 'sources.json'])
      expect(urls).toContain(new URL(`data/${file}`, SITE).href);
    for (const url of urls) expect(fileFor(new URL(url).pathname)).not.toHaveProperty('error');
    expect(page.references.some((r) => r.url === `${BASE}data/events-excel.csv`)).toBe(true);
  });

  it('events-excel.csv is events.csv after a UTF-8 byte-order mark; its page column holds absolute URLs', () => {
    const csv = readFileSync(join(DIST, 'data', 'events.csv'));
    const excel = readFileSync(join(DIST, 'data', 'events-excel.csv'));
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...csv.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(csv)).toBe(true);
    const rows = parse(excel, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.page).toBe(new URL(`events/${row.id}/`, SITE).href);
      expect(fileFor(new URL(row.page!).pathname)).not.toHaveProperty('error');
    }
  });
});

describe('embed pages', () => {
  it('load no module script and no other origin: one classic script from the site, inline code under hashes', () => {
    const problems: string[] = [];
    const embeds = pages.filter((p) => p.file.startsWith('embed/'));
    expect(embeds.length).toBeGreaterThan(1);
    for (const page of embeds) {
      for (const m of page.html.matchAll(/<script\b([^>]*)>/g)) {
        const attrs = m[1]!;
        if (/type="module"/.test(attrs)) problems.push(`${page.file}: module script ${attrs.trim()}`);
        const src = /src="([^"]+)"/.exec(attrs)?.[1];
        if (src && !new RegExp(`^${BASE}embed/client-[0-9a-f]{12}\\.js$`).test(src)) problems.push(`${page.file}: script ${src}`);
      }
      if (!page.references.some((r) => r.where.startsWith('link[rel=icon'))) problems.push(`${page.file}: no favicon link`);
    }
    expect(problems).toEqual([]);
  });
});
