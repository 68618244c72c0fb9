/**
 * The site's one palette: theme colours, the chart's event-family colours and the network's
 * relationship-kind colours, each as a light and a dark value. `paletteCss()` turns it into the custom properties every page, the chart and
 * print use (`light-dark()`, switched by `color-scheme`: the system setting, or `data-theme` on
 * <html>); src/styles/palette.css is that output, written by `npm run gen:palette` and kept equal
 * by a unit test. Exports, share cards and PNG snapshots read the light values from here as
 * literal colours. No imports at run time, so Node can run it directly (type stripping).
 */
import type { EventFamily } from '../lib/chronology/vocabulary';
import type { RelationKind } from '../lib/relations/kinds';

/** A colour in the light and the dark theme, as `#rrggbb`. */
export interface ThemeColour {
  light: string;
  dark: string;
}

/**
 * Theme colours. Every text pair (fg, muted, accent, warn on bg and surface) meets WCAG AA
 * (4.5:1) and border/focus meet 3:1, in both themes (tests/unit/palette.test.ts).
 */
export const THEME = {
  bg: { light: '#ffffff', dark: '#121417' },
  fg: { light: '#1a1a1a', dark: '#ececec' },
  muted: { light: '#555555', dark: '#b0b0b0' },
  accent: { light: '#0b5cad', dark: '#7db7ff' },
  border: { light: '#c8c8c8', dark: '#464a50' },
  surface: { light: '#f4f4f1', dark: '#1d2024' },
  warn: { light: '#8a3b00', dark: '#ffb27a' },
  focus: { light: '#b3006b', dark: '#ff8ad1' },
} as const satisfies Record<string, ThemeColour>;

/** A theme colour's name. */
export type ThemeColourName = keyof typeof THEME;

/**
 * Event-family colours: Okabe–Ito hues, darkened for light backgrounds and lightened for dark
 * ones so each keeps ≥ 3:1 against the page and surface (shape carries the family too).
 */
export const FAMILY_COLOURS: Record<EventFamily, ThemeColour> = {
  allegiance: { light: '#0072b2', dark: '#56b4e9' },
  merger: { light: '#a8458b', dark: '#e08cc0' },
  rupture: { light: '#c24e00', dark: '#f07a3a' },
  cooperation: { light: '#007a5a', dark: '#2ec397' },
  talks: { light: '#2f6f9e', dark: '#9accf0' },
  violence: { light: '#9a6400', dark: '#e69f00' },
  organisation: { light: '#5a5a5a', dark: '#b8b8b8' },
  politics: { light: '#7a6f00', dark: '#f0e442' },
};

/**
 * Relationship-kind colours of the network (the line style carries the kind too): hues close to
 * the chronology's families for the kinds that mirror them (affiliation ~ allegiance, merger,
 * split ~ rupture, alliance ~ cooperation), distinct ones for rivalry, truce and talks; each ≥ 3:1
 * against the page and surface in both themes.
 */
export const RELATION_COLOURS: Record<RelationKind, ThemeColour> = {
  affiliation: { light: '#0072b2', dark: '#56b4e9' },
  alliance: { light: '#007a5a', dark: '#2ec397' },
  merger: { light: '#a8458b', dark: '#e08cc0' },
  split: { light: '#c24e00', dark: '#f07a3a' },
  rivalry: { light: '#b3122e', dark: '#ff8a8a' },
  truce: { light: '#7a6200', dark: '#e6c13a' },
  talks: { light: '#6a4c9c', dark: '#b9a3e3' },
};

/** CSS custom property of a theme colour (`--color-bg`; `focus` is `--focus-ring`). */
export function themeVar(name: ThemeColourName): string {
  return name === 'focus' ? '--focus-ring' : `--color-${name}`;
}

/** CSS custom property of a family colour (`--family-allegiance`). */
export function familyVar(family: EventFamily): string {
  return `--family-${family}`;
}

/** CSS custom property of a relationship-kind colour (`--relation-affiliation`). */
export function relationVar(kind: RelationKind): string {
  return `--relation-${kind}`;
}

/** The light theme as literal colours: exports, share cards and snapshots go onto white paper. */
export const LIGHT: Record<ThemeColourName, string> = Object.fromEntries(
  Object.entries(THEME).map(([k, v]) => [k, v.light]),
) as Record<ThemeColourName, string>;

/** The light family colours as literals (exports and share cards). */
export const FAMILY_LIGHT: Record<EventFamily, string> = Object.fromEntries(
  Object.entries(FAMILY_COLOURS).map(([k, v]) => [k, v.light]),
) as Record<EventFamily, string>;

/** The stylesheet of the palette (the content of src/styles/palette.css). */
export function paletteCss(): string {
  const decl = (name: string, c: ThemeColour) => `  ${name}: light-dark(${c.light}, ${c.dark});`;
  return [
    '/* Generated from src/styles/palette.ts by `npm run gen:palette`: edit the TypeScript, not this file. */',
    ':root {',
    '  color-scheme: light dark;',
    ...Object.entries(THEME).map(([k, c]) => decl(themeVar(k as ThemeColourName), c)),
    ...Object.entries(FAMILY_COLOURS).map(([k, c]) => decl(familyVar(k as EventFamily), c)),
    ...Object.entries(RELATION_COLOURS).map(([k, c]) => decl(relationVar(k as RelationKind), c)),
    '}',
    ":root[data-theme='light'] {",
    '  color-scheme: light;',
    '}',
    ":root[data-theme='dark'] {",
    '  color-scheme: dark;',
    '}',
    '/* Paper is white whatever the screen theme. */',
    '@media print {',
    '  :root:root {',
    '    color-scheme: light;',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
