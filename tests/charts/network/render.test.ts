import { readFileSync } from 'node:fs';
import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../src/charts/network/shared';
import { relationVar } from '../../../src/styles/palette';
import type { RelationKind } from '../../../src/lib/relations/kinds';
import { KIND_STYLE } from '../../../src/charts/network/encoding';
import { exportNetwork } from '../../../src/charts/network/export/standalone';
import { planNetwork } from '../../../src/charts/network/plan';
import { renderNetwork } from '../../../src/charts/network/render/svg';
import { renderRows } from '../../../src/charts/network/render/table';
import { renderStrip } from '../../../src/charts/network/render/strip';
import { defaultState } from '../../../src/charts/network/state';
import { deriveRelations } from '../../../src/lib/relations/derive';
import { checkSnapshot } from '../snapshot';
import { NETWORK_EVENTS, NETWORK_LEVELS, networkData } from '../../fixtures/relations/network';

const data = networkData();
const state = { ...defaultState(data), at: '2014-11-15' };

describe('network render', () => {
  it('matches the wide and narrow snapshots', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = toMarkup(
        renderNetwork(planNetwork(data, state, variant), { idPrefix: variant, title: 'Fixture network' }),
      );
      expect(checkSnapshot(`network-fixture-${variant}`, svg)).toBeNull();
    }
  });

  it('gives every edge and node an accessible name, and interactive ones a focus target', () => {
    const tree = renderNetwork(planNetwork(data, state, 'wide'), { idPrefix: 'x', title: 'T', interactive: true });
    const svg = toMarkup(tree);
    const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml');
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('data-id'));
    expect(groups.length).toBeGreaterThan(5);
    for (const g of groups) {
      expect(g.getAttribute('role')).toBe('button');
      expect(g.getAttribute('tabindex')).toBe('-1');
      expect(g.getAttribute('aria-label')!.length).toBeGreaterThan(10);
    }
  });

  it('escapes hostile names in labels, titles and the table', () => {
    const hostile = {
      ...data,
      groups: data.groups.map((g) => (g.id === 'is' ? { ...g, names: [{ name: '<script>x</script>"' }] } : g)),
    };
    const svg = toMarkup(renderNetwork(planNetwork(hostile, state, 'wide'), { idPrefix: 'x', title: '<b>' }));
    const rows = renderRows(planNetwork(hostile, state, 'wide'))
      .map((r) => toMarkup(r))
      .join('');
    for (const out of [svg, rows]) {
      expect(out).not.toMatch(/<script|<b>/);
      expect(out).toContain('&lt;script&gt;');
    }
  });
});

describe('network encoding', () => {
  it('gives each kind its own line (geometry, glyph or width) besides its colour', () => {
    const styles = Object.values(KIND_STYLE);
    expect(new Set(styles.map((s) => `${s.geometry}/${s.glyph}/${s.width}`)).size).toBe(styles.length);
  });

  it('network.css takes every kind colour from the palette and defines none of its own', () => {
    const css = readFileSync('src/charts/network/network.css', 'utf8');
    for (const kind of Object.keys(KIND_STYLE))
      expect(css).toContain(`--c: var(${relationVar(kind as RelationKind)});`);
    expect(css).not.toMatch(/--(net|relation)-[a-z]+:\s*#/);
  });
});

describe('network export', () => {
  const { svg, width, height } = exportNetwork(data, state, {
    title: 'Fixture',
    siteName: 'Site',
    siteUrl: 'https://example.org/',
    viewUrl: 'https://example.org/network/?at=2014-11-15',
  });

  it('is a standalone SVG: no classes, styles, scripts or custom properties; labelled for print', () => {
    const root = new DOMParser({ onError: onWarningStopParsing }).parseFromString(
      svg,
      'image/svg+xml',
    ).documentElement!;
    expect(root.localName).toBe('svg');
    expect(svg).not.toMatch(/class="|<style|<script|var\(|data-|aria-/);
    expect(root.textContent).toContain('Relationships on 15 November 2014');
    // The heading says what the figure shows; the footer credits the site by name and URL.
    expect(root.textContent).toContain('Jihadist groups’ relationships on 15 November 2014');
    expect(root.textContent).toContain('Site, https://example.org/');
    expect(root.textContent).toContain('Sources: A source');
    expect(root.getElementsByTagName('a')[0]!.getAttribute('href')).toBe('https://example.org/network/?at=2014-11-15');
    expect(width).toBe(960);
    expect(height).toBeGreaterThan(620);
  });

  it('matches its snapshot', () => {
    expect(checkSnapshot('network-export-fixture', svg)).toBeNull();
  });
});

describe('pair strip chart', () => {
  it('draws one row per period with a label, certain and uncertain parts apart', () => {
    const layer = deriveRelations(NETWORK_EVENTS, NETWORK_LEVELS);
    const periods = layer.periods.filter((p) => p.pair === 'is--nusra');
    const svg = toMarkup(renderStrip(periods, 'IS and Nusra', '2017-04-20'));
    expect(svg.match(/class="strip-row/g)).toHaveLength(periods.length);
    expect(svg).toContain('bar uncertain');
    expect(checkSnapshot('network-strip-fixture', svg)).toBeNull();
  });
});
