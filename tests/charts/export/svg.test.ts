/**
 * The standalone SVG export: a well-formed XML document that needs nothing outside itself, says
 * what it shows (title, period, filters, time scale, credit, sources, link back), draws exactly the
 * events of the view, every one labelled or numbered with the key of numbers, in the print variant
 * (legible at A4 text width), and stays in step with the page's styles.
 */
import { DOMParser, onWarningStopParsing, type Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { toChartData } from '../../../src/charts/chronology/data';
import { EXPORT_FONT, exportView, isKnownClass, PRINT_WIDTH_PX } from '../../../src/charts/chronology/export/svg';
import { DAY_MS, dayToMs } from '../../../src/charts/chronology/layout/time';
import { VARIANTS, type VariantName } from '../../../src/charts/chronology/layout/variants';
import { planChart } from '../../../src/charts/chronology/plan';
import type { VNode } from '../../../src/charts/chronology/render/vnode';
import { DENSE_MARKS, scopeChart } from '../../../src/charts/chronology/scope';
import { DEFAULT_STATE, inView, type ChartState } from '../../../src/charts/chronology/state';
import { loadChronology } from '../../../src/lib/corpus/load';
import { LIGHT } from '../../../src/styles/palette';
import { fixtureChronology } from '../../fixtures/chart/chronology';
import { checkSnapshot } from '../snapshot';

const chart = scopeChart(toChartData(fixtureChronology), { id: 'fx', title: 'Fixture chronology' });
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
const exported = (state: ChartState = STATE, c = chart) => exportView(c, state, { siteName: 'Test site', siteUrl: SITE, viewUrl: VIEW_URL });
const parse = (svg: string) => new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml');

function elements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (let i = 0; i < out.length; i++) {
    const children = out[i]!.childNodes;
    for (let j = 0; j < children.length; j++) if (children[j]!.nodeType === 1) out.push(children[j] as XmlElement);
  }
  return out;
}

describe('standalone SVG export', () => {
  const { svg, width, height, events, layout } = exported();
  const doc = parse(svg);
  const root = doc.documentElement!;
  const all = elements(root);
  const text = root.textContent ?? '';

  it('is well-formed XML with an SVG root of the stated size, drawn in the print variant', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([width, height]);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(VARIANTS.print.width);
  });

  it('is legible at A4 text width: its smallest text is at least 6.5 pt when 170 mm wide', () => {
    // Every word (the ≠ badge is a glyph marker, explained in the legend).
    const sizes = all
      .filter((e) => e.localName === 'text' && e.textContent !== '≠')
      .map((e) => Number(e.getAttribute('font-size') ?? 'NaN'));
    const smallest = Math.min(...sizes.filter((s) => Number.isFinite(s)));
    const pt = (smallest * 170) / width / 0.3528;
    expect(pt).toBeGreaterThanOrEqual(6.5);
  });

  it('references nothing outside itself except the link back to the view', () => {
    const ids = new Set(all.map((e) => e.getAttribute('id')).filter(Boolean));
    const problems: string[] = [];
    for (const el of all) {
      if (['script', 'style', 'foreignObject', 'image', 'use', 'iframe', 'link'].includes(el.localName ?? '')) problems.push(`<${el.localName}>`);
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
    const links = all.filter((e) => e.localName === 'a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe(VIEW_URL);
  });

  it('sets a font stack every system has, and the palette’s light colours as literals', () => {
    expect(root.getAttribute('font-family')).toBe(EXPORT_FONT);
    for (const el of all)
      for (const a of ['fill', 'stroke']) {
        const c = el.getAttribute(a);
        if (c) expect(c).toMatch(/^(#[0-9a-f]{6}|none)$/);
      }
    expect(all.find((e) => e.localName === 'rect')!.getAttribute('fill')).toBe(LIGHT.bg);
  });

  it('carries the title, period, filters, selected event, credit, sources and link', () => {
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Fixture chronology, 2013 – 2014');
    expect(text).toContain(`${events.length} of ${chart.data.events.length} events`);
    expect(text).toContain('Filtered to: Kinds of event: ');
    expect(text).toContain('Selected event: Al-Nusra unit in Albu Kamal pledges to ISIS');
    expect(text).toContain(`Chart: Test site, ${SITE}`);
    const cited = new Set(events.flatMap((e) => e.sources));
    const titles = chart.data.sources.filter((s) => cited.has(s.id)).map((s) => s.title);
    expect(text).toContain(`Sources cited by the events shown (${titles.length}):`);
    for (const t of titles) expect(text).toContain(t);
    expect(text.replace(/\s+/g, '')).toContain(`Thisview:${VIEW_URL}`);
  });

  it('draws exactly the events the view shows, each labelled on the chart or numbered in the key', () => {
    const expected = chart.data.events.filter((e) => STATE.types!.includes(e.type) && inView(e, STATE.view));
    expect(events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    const marks = all.filter((e) => e.localName === 'g' && e.firstChild?.nodeName === 'title');
    expect(marks).toHaveLength(expected.length);
    expect(layout.counts.labelled + layout.counts.numbered).toBe(expected.length);
    for (const ev of layout.events)
      if (ev.label) expect(text).toContain(ev.label.text);
      else expect(text).toContain(`${ev.number!.n}.`);
  });

  it('matches the stored snapshot', () => {
    expect(checkSnapshot('export-fixture', svg)).toBeNull();
  });

  it('heads the default chart with what it shows and when, and credits the site by name and URL', () => {
    const plain = scopeChart(toChartData(fixtureChronology), { id: 'fx' });
    const doc = parse(exported(DEFAULT_STATE, plain).svg);
    const title = doc.getElementsByTagName('title')[0]!.textContent ?? '';
    expect(title).toMatch(/^Jihadist groups: alliances, splits, pledges and truces, \d{4}/);
    const text = doc.documentElement!.textContent ?? '';
    expect(text).toContain(title);
    expect(text).toContain(`Test site, ${SITE}`);
  });

  it('labels or numbers every event of the real chronology’s whole period, with the time scale stated', () => {
    const real = scopeChart(toChartData(loadChronology('content')), { title: 'Chronology' });
    const whole = exported(DEFAULT_STATE, real);
    const t = parse(whole.svg).documentElement!.textContent ?? '';
    expect(whole.events).toHaveLength(real.data.events.length);
    expect(whole.layout.counts.labelled + whole.layout.counts.numbered).toBe(real.data.events.length);
    expect(whole.layout.counts.labelled / real.data.events.length).toBeGreaterThanOrEqual(0.7);
    expect(t).toContain('Filters: none');
    expect(t).toMatch(/Time scale: .+ is drawn \d+× wider/);
    expect(t).toContain('Numbered on the chart:');
    for (const k of whole.layout.key) expect(t.replace(/\s+/g, ' ')).toContain(`${k.n}.`);
  });

  it('is deterministic', () => {
    expect(exported().svg).toBe(svg);
  });
});

describe('export styles stay in step with the renderer', () => {
  it('knows every class the renderer emits (a new class must be styled for export too)', () => {
    const classes = new Set<string>();
    const walk = (n: VNode) => {
      for (const c of String(n.attrs.class ?? '').split(/\s+/).filter(Boolean)) classes.add(c);
      for (const child of n.children) if (typeof child !== 'string') walk(child);
    };
    const base = chart.data.events[9]!;
    const dense = scopeChart({ ...chart.data, events: Array.from({ length: DENSE_MARKS }, (_, i) => ({ ...base, id: `e${i}` })) }, {});
    for (const variant of ['wide', 'narrow', 'print'] as VariantName[]) {
      for (const c of [chart, dense]) {
        const state = { ...DEFAULT_STATE, view: span('2014-01-01', '2014-12-31'), event: 'albu-kamal-pledge' };
        walk(planChart(c, state, variant, { active: 'caliphate', focusable: true }).tree);
        walk(planChart(c, DEFAULT_STATE, variant).tree);
      }
    }
    const html = new Set(['chrono-view', 'chrono-key-list', 'chrono-key-title', 'chrono-key-date']);
    expect([...classes].filter((c) => !isKnownClass(c) && !html.has(c) && !c.startsWith('chrono-view-'))).toEqual([]);
    expect(classes.size).toBeGreaterThan(25);
  });

  it('the print size is 170 mm at 300 dpi', () => {
    expect(PRINT_WIDTH_PX).toBe(2008);
  });
});
