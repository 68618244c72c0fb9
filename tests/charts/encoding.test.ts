import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrast,
  FAMILY_ORDER,
  FAMILY_STYLE,
  STATUS_FIRMNESS,
  symbolPath,
} from '../../src/charts/chronology/encoding';
import { EVENT_FAMILIES, SUPPORT_IDS } from '../../src/lib/chronology/vocabulary';

// The site's theme backgrounds (src/styles/global.css): page and surface, light and dark.
const LIGHT = ['#ffffff', '#f4f4f1'];
const DARK = ['#121417', '#1d2024'];

describe('family encoding', () => {
  it('covers every family of the vocabulary, in its legend order', () => {
    expect([...FAMILY_ORDER].sort()).toEqual(Object.keys(EVENT_FAMILIES).sort());
    expect(FAMILY_ORDER).toEqual(Object.keys(EVENT_FAMILIES));
  });

  it('gives every family its own shape and its own colour in each theme', () => {
    const styles = FAMILY_ORDER.map((f) => FAMILY_STYLE[f]);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(FAMILY_ORDER.length);
    expect(new Set(styles.map((s) => s.light)).size).toBe(FAMILY_ORDER.length);
    expect(new Set(styles.map((s) => s.dark)).size).toBe(FAMILY_ORDER.length);
  });

  it('keeps every colour at ≥ 3:1 (WCAG non-text contrast) on both theme backgrounds', () => {
    for (const f of FAMILY_ORDER) {
      for (const bg of LIGHT) expect(contrast(FAMILY_STYLE[f].light, bg), `${f} on ${bg}`).toBeGreaterThanOrEqual(3);
      for (const bg of DARK) expect(contrast(FAMILY_STYLE[f].dark, bg), `${f} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws closed, finite symbol paths', () => {
    for (const f of FAMILY_ORDER) {
      const d = symbolPath(FAMILY_STYLE[f].shape, 10, 10, 5);
      expect(d).toMatch(/Z$/);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
  });

  it('matches the stylesheet, which carries the same palette for light, system-dark and data-theme dark', () => {
    const css = readFileSync(new URL('../../src/charts/chronology/chart.css', import.meta.url), 'utf8').toLowerCase();
    const block = (selector: RegExp) => {
      const at = css.search(selector);
      expect(at, String(selector)).toBeGreaterThanOrEqual(0);
      return css.slice(at, css.indexOf('}', at));
    };
    const light = block(/^\.chrono \{/m);
    const systemDark = block(/:root:not\(\[data-theme='light'\]\) \.chrono \{/);
    const themeDark = block(/^:root\[data-theme='dark'\] \.chrono \{/m);
    for (const f of FAMILY_ORDER) {
      expect(light).toContain(`--chrono-${f}: ${FAMILY_STYLE[f].light.toLowerCase()};`);
      expect(systemDark).toContain(`--chrono-${f}: ${FAMILY_STYLE[f].dark.toLowerCase()};`);
      expect(themeDark).toContain(`--chrono-${f}: ${FAMILY_STYLE[f].dark.toLowerCase()};`);
    }
  });
});

describe('support encoding', () => {
  it('maps every support level to a drawing style, events with an independent origin filled', () => {
    expect(Object.keys(STATUS_FIRMNESS).sort()).toEqual([...SUPPORT_IDS].sort());
    expect(STATUS_FIRMNESS.corroborated).toBe('firm');
    expect(STATUS_FIRMNESS['single-origin']).toBe('firm');
    expect(STATUS_FIRMNESS['party-claim']).toBe('claimed');
    expect(STATUS_FIRMNESS.hedged).toBe('claimed');
    expect(STATUS_FIRMNESS.contested).toBe('contested');
    expect(STATUS_FIRMNESS.denied).toBe('contested');
  });
});
