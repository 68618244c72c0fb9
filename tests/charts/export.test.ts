/**
 * The standalone SVG export: a well-formed XML document (checked with a real XML parser) that
 * needs nothing outside itself, says what it shows (title, period, filters, credit, sources,
 * link back), draws exactly the events of the view, and stays in step with the page's CSS.
 */
import { readFileSync } from 'node:fs';
import { DOMParser, onWarningStopParsing, type Element as XmlElement } from '@xmldom/xmldom';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_COLOURS,
  exportView,
  isKnownClass,
  pngWithDensity,
  PRINT_WIDTH_PX,
  wrapText,
  textWidth,
} from '../../src/charts/chronology/export';
import { planLanes, WIDE, NARROW, type LayoutOptions } from '../../src/charts/chronology/layout';
import { toChartData } from '../../src/charts/chronology/payload';
import { renderView } from '../../src/charts/chronology/render';
import { DEFAULT_STATE, filterEvents, inView, type ChartState } from '../../src/charts/chronology/state';
import { dayToMs, DAY_MS } from '../../src/charts/chronology/time';
import type { VNode } from '../../src/charts/chronology/vnode';
import { fixtureChronology } from '../fixtures/chart/chronology';
import { checkSnapshot } from './snapshot';

const data = toChartData(fixtureChronology);
const SITE = 'https://chronology.example/';
const span = (from: string, to: string): [number, number] => [dayToMs(from), dayToMs(to) + DAY_MS];

/** A zoomed, filtered view with a selected event: the case with the most to say. */
const STATE: ChartState = {
  ...DEFAULT_STATE,
  view: span('2013-01-01', '2014-12-31'),
  types: ['pledge', 'rejection', 'merger'],
  event: 'albu-kamal-pledge',
};
const VIEW_URL = `${SITE}chronology/?from=2013-01-01&to=2014-12-31&types=merger,pledge,rejection&event=albu-kamal-pledge`;

function exported(state: ChartState = STATE, variant: LayoutOptions = WIDE) {
  // As the browser does: lanes for the events passing the filters, whatever the period.
  const plan = planLanes({ ...data, events: filterEvents(data.events, state) }, variant);
  return exportView(data, plan, state, {
    title: 'Fixture chronology',
    siteName: 'Test site',
    siteUrl: SITE,
    viewUrl: VIEW_URL,
  });
}

function parse(svg: string) {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml');
}

function elements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (let i = 0; i < out.length; i++) {
    const children = out[i]!.childNodes;
    for (let j = 0; j < children.length; j++) {
      const child = children[j]!;
      if (child.nodeType === 1) out.push(child as XmlElement);
    }
  }
  return out;
}

describe('standalone SVG export', () => {
  const { svg, width, height, events } = exported();
  const doc = parse(svg);
  const root = doc.documentElement!;
  const all = elements(root);
  const text = root.textContent ?? '';

  it('is well-formed XML with an SVG root of the stated size', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.localName).toBe('svg');
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([width, height]);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(WIDE.width);
  });

  it('references nothing outside itself except the link back to the view', () => {
    const ids = new Set(all.map((e) => e.getAttribute('id')).filter(Boolean));
    const problems: string[] = [];
    for (const el of all) {
      if (['script', 'style', 'foreignObject', 'image', 'use', 'iframe', 'link'].includes(el.localName ?? ''))
        problems.push(`<${el.localName}>`);
      for (let i = 0; i < el.attributes.length; i++) {
        const { name, value } = el.attributes[i]!;
        if (name === 'class' || name === 'style' || /^on/i.test(name)) problems.push(`${el.localName}[${name}]`);
        if (/^(xlink:)?href$|^src$/.test(name) && value !== VIEW_URL) problems.push(`${name}="${value}"`);
        for (const m of value.matchAll(/url\(([^)]*)\)/g)) {
          const ref = m[1]!.replace(/["']/g, '');
          if (!ref.startsWith('#') || !ids.has(ref.slice(1))) problems.push(`url(${ref})`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(svg).not.toMatch(/var\(|@import|@font-face|<!ENTITY|<!DOCTYPE/);
    // The link back is a real link, in both the SVG 2 and SVG 1.1 spellings.
    const links = all.filter((e) => e.localName === 'a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(VIEW_URL);
    expect(links[0]!.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe(VIEW_URL);
  });

  it('sets a font stack every system has, and literal colours only', () => {
    expect(root.getAttribute('font-family')).toBe(`Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif`);
    const colours = new Set<string>();
    for (const el of all) for (const a of ['fill', 'stroke']) if (el.getAttribute(a)) colours.add(el.getAttribute(a)!);
    for (const c of colours) expect(c).toMatch(/^(#[0-9a-f]{6}|#[0-9A-F]{6}|none)$/);
  });

  it('carries the title, period, filters, selected event, credit, sources and link', () => {
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Fixture chronology, 2013 – 2014');
    expect(text).toContain('Fixture chronology');
    expect(text).toContain('2013 – 2014');
    expect(text).toContain(`${events.length} of ${data.events.length} events`);
    expect(text).toContain('Filtered to: Kinds of event: ');
    expect(text).toContain('Pledge of allegiance');
    expect(text).toContain('Selected event: Al-Nusra unit in Albu Kamal pledges to ISIS');
    expect(text).toContain(`Chart: Test site, ${SITE}`);
    const cited = new Set(events.flatMap((e) => e.sources));
    const titles = data.sources.filter((s) => cited.has(s.id)).map((s) => s.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(text).toContain(`Sources cited by the events shown (${titles.length}):`);
    for (const t of titles) expect(text).toContain(t);
    for (const s of data.sources.filter((s) => !cited.has(s.id))) expect(text).not.toContain(s.title);
    // The URL may be wrapped over lines; all of it is there.
    expect(text.replace(/\s+/g, '')).toContain(`Thisview:${VIEW_URL}`);
  });

  it('draws exactly the events the view shows, each with its label as a tooltip', () => {
    const expected = data.events.filter((e) => STATE.types!.includes(e.type) && inView(e, STATE.view));
    expect(events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(data.events.length);
    const marks = all.filter((e) => e.localName === 'g' && e.firstChild?.nodeName === 'title');
    expect(marks).toHaveLength(expected.length);
    marks.forEach((m, i) => expect(m.firstChild!.textContent).toContain(expected[i]!.title));
  });

  it('matches the stored snapshot', () => {
    expect(checkSnapshot('export-fixture', svg)).toBeNull();
  });

  it('wraps long text within the width on the narrow variant, breaking the URL', () => {
    const narrow = exported(STATE, NARROW);
    expect(narrow.width).toBe(NARROW.width);
    const lines = elements(parse(narrow.svg).documentElement!).filter((e) => e.localName === 'text');
    for (const line of lines) {
      const x = Number(line.getAttribute('x'));
      const size = Number(line.getAttribute('font-size') ?? 12);
      if (line.parentNode?.nodeName === 'a' || !line.getAttribute('font-size')) continue;
      expect(x + textWidth(line.textContent ?? '', size) * 0.95, line.textContent ?? '').toBeLessThanOrEqual(
        narrow.width,
      );
    }
  });

  it('is deterministic and the same for the whole period with no filters', () => {
    expect(exported().svg).toBe(svg);
    const whole = exported(DEFAULT_STATE);
    expect(whole.events).toHaveLength(data.events.length);
    expect(parse(whole.svg).documentElement!.textContent).toContain('Filters: none');
  });
});

describe('export styles stay in step with the page', () => {
  it('uses the light theme colours of global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const root = /:root\s*{([^}]*)}/.exec(css)![1]!;
    const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(root)![1]!.toLowerCase();
    expect(EXPORT_COLOURS).toMatchObject({
      bg: token('color-bg'),
      fg: token('color-fg'),
      muted: token('color-muted'),
      border: token('color-border'),
      surface: token('color-surface'),
      accent: token('color-accent'),
      focus: token('focus-ring'),
    });
  });

  it('knows every class the renderer emits (a new class must be styled for export too)', () => {
    const classes = new Set<string>();
    const walk = (n: VNode) => {
      for (const c of String(n.attrs.class ?? '')
        .split(/\s+/)
        .filter(Boolean))
        classes.add(c);
      for (const child of n.children) if (typeof child !== 'string') walk(child);
    };
    for (const variant of [WIDE, NARROW]) {
      const plan = planLanes(data, variant);
      const names = new Map(data.groups.map((g) => [g.id, g.name]));
      for (const dense of [false, true]) {
        const { tree } = renderView(
          plan,
          { view: ['2014-01-01', '2014-12-31'] },
          {
            idPrefix: 'c',
            title: 'T',
            names,
            dense,
            selected: 'albu-kamal-pledge',
            active: 'caliphate',
            highlight: 'nusra-pledge-aq',
          },
        );
        walk(tree);
      }
    }
    expect([...classes].filter((c) => !isKnownClass(c))).toEqual([]);
    expect(classes.size).toBeGreaterThan(20);
  });
});

describe('helpers', () => {
  it('wrapText keeps words whole, and breaks a long URL after a delimiter', () => {
    const url = 'https://chronology.example/chronology/?from=2013-01-01&to=2014-12-31&types=merger,pledge,rejection';
    const lines = wrapText(`This view: ${url}`, 200, 11);
    const max = Math.floor(200 / textWidth('x', 11));
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(max);
    expect(lines.join('').replace(/\s/g, '')).toBe(`Thisview:${url}`);
    expect(lines.slice(1, -1).every((l) => /[/?&,=]$/.test(l))).toBe(true);
    expect(wrapText('a b c', 1000, 12)).toEqual(['a b c']);
  });

  it('pngWithDensity records 300 dpi in a PNG that still decodes', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 4, height: 3, channels: 4, background: '#ffffff' } })
        .png()
        .toBuffer(),
    );
    // Applied twice: the second density replaces the first.
    const out = pngWithDensity(pngWithDensity(png, 150), 300);
    const meta = await sharp(Buffer.from(out)).metadata();
    expect([meta.width, meta.height, Math.round(meta.density ?? 0)]).toEqual([4, 3, 300]);
    // One pHYs chunk only, right after IHDR.
    expect(Buffer.from(out).toString('latin1').split('pHYs')).toHaveLength(2);
    expect(Buffer.from(out.subarray(37, 41)).toString('latin1')).toBe('pHYs');
    expect(() => pngWithDensity(new Uint8Array(10), 300)).toThrow();
  });

  it('the print size is 170 mm at 300 dpi', () => {
    expect(PRINT_WIDTH_PX).toBe(2008);
  });
});
