import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_FAMILIES } from '../../src/lib/chronology/vocabulary';
import { RELATION_KIND_IDS } from '../../src/lib/relations/kinds';
import {
  contrast,
  FAMILY_COLOURS,
  familyVar,
  LIGHT,
  paletteCss,
  RELATION_COLOURS,
  relationVar,
  THEME,
  themeVar,
} from '../../src/styles/palette';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the one palette', () => {
  it('is what src/styles/palette.css holds (run `npm run gen:palette` after editing palette.ts)', () => {
    expect(read('src/styles/palette.css')).toBe(paletteCss());
  });

  it('switches with color-scheme: the system, data-theme, and white paper for print', () => {
    const css = paletteCss();
    expect(css).toContain('color-scheme: light dark;');
    expect(css).toMatch(/:root\[data-theme='dark'\] \{\s*color-scheme: dark;/);
    expect(css).toMatch(/:root\[data-theme='light'\] \{\s*color-scheme: light;/);
    expect(css).toMatch(/@media print \{\s*:root:root \{\s*color-scheme: light;/);
    for (const [name, c] of Object.entries(THEME))
      expect(css).toContain(`${themeVar(name as keyof typeof THEME)}: light-dark(${c.light}, ${c.dark});`);
  });

  it('is the only place colours are defined: pages and the chart use its properties', () => {
    const global = read('src/styles/global.css');
    expect(global).toContain("@import './palette.css';");
    expect(global).not.toMatch(/--color-[a-z]+:\s*#/);
    const chart = read('src/charts/chronology/chart.css');
    expect(chart).not.toMatch(/--family-[a-z]+:\s*#/);
    for (const f of Object.keys(EVENT_FAMILIES))
      expect(chart).toContain(`var(${familyVar(f as keyof typeof EVENT_FAMILIES)})`);
  });

  it('gives every family its own colour, ≥ 3:1 on the page and surface in both themes', () => {
    const families = Object.keys(EVENT_FAMILIES) as (keyof typeof EVENT_FAMILIES)[];
    expect(Object.keys(FAMILY_COLOURS).sort()).toEqual([...families].sort());
    expect(new Set(families.map((f) => FAMILY_COLOURS[f].light)).size).toBe(families.length);
    expect(new Set(families.map((f) => FAMILY_COLOURS[f].dark)).size).toBe(families.length);
    for (const f of families)
      for (const bg of ['bg', 'surface'] as const) {
        expect(contrast(FAMILY_COLOURS[f].light, THEME[bg].light), `${f} on light ${bg}`).toBeGreaterThanOrEqual(3);
        expect(contrast(FAMILY_COLOURS[f].dark, THEME[bg].dark), `${f} on dark ${bg}`).toBeGreaterThanOrEqual(3);
      }
  });

  it('gives every relationship kind its own colour, ≥ 3:1 on the page and surface in both themes', () => {
    expect(Object.keys(RELATION_COLOURS).sort()).toEqual([...RELATION_KIND_IDS].sort());
    expect(new Set(RELATION_KIND_IDS.map((k) => RELATION_COLOURS[k].light)).size).toBe(RELATION_KIND_IDS.length);
    expect(new Set(RELATION_KIND_IDS.map((k) => RELATION_COLOURS[k].dark)).size).toBe(RELATION_KIND_IDS.length);
    const css = paletteCss();
    for (const k of RELATION_KIND_IDS) {
      const c = RELATION_COLOURS[k];
      expect(css).toContain(`${relationVar(k)}: light-dark(${c.light}, ${c.dark});`);
      for (const bg of ['bg', 'surface'] as const) {
        expect(contrast(c.light, THEME[bg].light), `${k} on light ${bg}`).toBeGreaterThanOrEqual(3);
        expect(contrast(c.dark, THEME[bg].dark), `${k} on dark ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('keeps text at ≥ 4.5:1 and borders and focus at ≥ 3:1, in both themes', () => {
    for (const theme of ['light', 'dark'] as const)
      for (const bg of ['bg', 'surface'] as const) {
        for (const fg of ['fg', 'muted', 'accent', 'warn'] as const)
          expect(contrast(THEME[fg][theme], THEME[bg][theme]), `${fg} on ${theme} ${bg}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(THEME.focus[theme], THEME[bg][theme]), `focus on ${theme} ${bg}`).toBeGreaterThanOrEqual(3);
      }
  });

  it('gives exports the light values as literals', () => {
    expect(LIGHT.bg).toBe('#ffffff');
    expect(LIGHT.fg).toBe(THEME.fg.light);
  });
});
