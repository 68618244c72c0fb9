/**
 * The static chart snapshots in the built site (/charts/chronology.svg and .png): the same
 * standalone export as the browser's, of the default view, linked from /chronology/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, SITE } from './dist';

describe('static chart snapshots', () => {
  const svg = readFileSync(join(DIST, 'charts', 'chronology.svg'), 'utf8');
  const png = readFileSync(join(DIST, 'charts', 'chronology.png'));
  const events = JSON.parse(readFileSync(join(DIST, 'data', 'events.json'), 'utf8')).events as unknown[];

  it('the SVG is standalone XML of the whole chronology, linking back to /chronology/', () => {
    const root = new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml').documentElement!;
    expect(root.localName).toBe('svg');
    expect(svg).not.toMatch(/<script|<style|class="|var\(/);
    expect(root.textContent).toContain(`${events.length} events`);
    expect(root.textContent).toContain('Filters: none');
    const link = root.getElementsByTagName('a')[0]!;
    expect(link.getAttribute('href')).toBe(new URL('chronology/', SITE).href);
  });

  it('the PNG is print size: 2008 px wide, the SVG’s proportions, 300 dpi', () => {
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const w = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
    const h = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
    expect(width).toBe(2008);
    expect(Math.abs(height - (h * 2008) / w)).toBeLessThanOrEqual(1);
    const phys = png.indexOf('pHYs');
    expect(phys).toBeGreaterThan(0);
    expect(png.readUInt32BE(phys + 4)).toBe(Math.round(300 / 0.0254));
  });

  it('the chronology page links to both, and to the data files', () => {
    const html = readFileSync(join(DIST, 'chronology', 'index.html'), 'utf8');
    for (const href of ['charts/chronology.svg', 'charts/chronology.png', 'data/events.csv', 'data/events.json'])
      expect(html).toContain(`href="${BASE}${href}"`);
  });
});
