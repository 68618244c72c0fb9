/**
 * Share cards (1200×630): the page title, its date or kind, and a mini chronology strip with
 * the page's event(s) picked out. Pure SVG strings (turned into PNG at build time), drawn with
 * the chart's family shapes and colours so a card reads like the site.
 */
import { FAMILY_SHAPE, symbolPath } from '../../charts/chronology/layout/encoding';
import { escapeXml, wrapText } from '../text';
import { FAMILY_LIGHT, LIGHT } from '../../styles/palette';
import { daysBetween } from '../chronology/dates';
import type { ChronologyEvent } from '../chronology/types';
import { SITE } from '../site';

/** Card size in pixels (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;

/** Word wrap by character count (the card's large type is near fixed-pitch at this size), cut with "…". */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  return wrapText(text, maxChars, { size: 1, maxLines, measure: (s) => [...s].length });
}

/** What a card shows. */
export interface CardInput {
  /** Small heading above the title ("Pledge of allegiance · 25 June 2014"). */
  kicker: string;
  title: string;
  /** One line under the title. */
  subtitle: string;
  /** Events drawn on the strip. */
  events: ChronologyEvent[];
  /** Ids picked out on the strip. */
  highlight: string[];
  /** Visible period of the strip, ISO days. */
  from: string;
  to: string;
}

/** The card as an SVG document. */
export function renderCard(input: CardInput): string {
  const { width, height } = CARD;
  const left = 80;
  const right = width - 80;
  const stripY = 470;
  const span = Math.max(1, daysBetween(input.from, input.to));
  const x = (day: string) => left + ((right - left) * Math.min(span, Math.max(0, daysBetween(input.from, day)))) / span;
  const years: string[] = [];
  for (let y = Number(input.from.slice(0, 4)) + 1; y <= Number(input.to.slice(0, 4)); y++) years.push(String(y));
  const ticks = years.length > 12 ? years.filter((_, i) => i % Math.ceil(years.length / 12) === 0) : years;
  const visible = input.events.filter((e) => e.date.end >= input.from && e.date.start <= input.to);
  const background = visible.filter((e) => !input.highlight.includes(e.id));
  const picked = visible.filter((e) => input.highlight.includes(e.id));
  const mark = (e: ChronologyEvent, big: boolean, row: number) => {
    const colour = FAMILY_LIGHT[e.family];
    const cx = (x(e.date.start) + x(e.date.end)) / 2;
    const cy = stripY - 10 - row * 18;
    const r = big ? 16 : 7;
    // Undated bounds would smear across the strip; only the highlighted event shows its extent.
    const bar =
      e.date.start !== e.date.end && (big || e.date.precision !== 'undated')
        ? `<rect x="${x(e.date.start).toFixed(1)}" y="${(cy - (big ? 5 : 3)).toFixed(1)}" width="${Math.max(2, x(e.date.end) - x(e.date.start)).toFixed(1)}" height="${big ? 10 : 6}" rx="3" fill="${colour}" fill-opacity="${big ? 0.45 : 0.25}"/>`
        : '';
    const ring = big ? `<circle cx="${cx.toFixed(1)}" cy="${cy}" r="${r + 9}" fill="none" stroke="${LIGHT.fg}" stroke-width="3"/>` : '';
    return `${bar}${ring}<path d="${symbolPath(FAMILY_SHAPE[e.family], cx, cy, r)}" fill="${colour}" stroke="${LIGHT.bg}" stroke-width="${big ? 3 : 1}"/>`;
  };
  const titleLines = wrap(input.title, 32, 3);
  const titleSize = titleLines.length > 2 ? 52 : 60;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${LIGHT.bg}"/>`,
    `<rect width="${width}" height="12" fill="${LIGHT.accent}"/>`,
    `<g font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif" fill="${LIGHT.fg}">`,
    `<text x="${left}" y="80" font-size="26" fill="${LIGHT.muted}">${escapeXml(input.kicker)}</text>`,
    ...titleLines.map(
      (line, i) => `<text x="${left}" y="${150 + i * (titleSize + 10)}" font-size="${titleSize}" font-weight="bold">${escapeXml(line)}</text>`,
    ),
    `<text x="${left}" y="${150 + titleLines.length * (titleSize + 10) + 16}" font-size="28" fill="#444444">${escapeXml(wrap(input.subtitle, 70, 1)[0] ?? '')}</text>`,
    `<line x1="${left}" y1="${stripY + 14}" x2="${right}" y2="${stripY + 14}" stroke="#888888" stroke-width="2"/>`,
    ...ticks.map(
      (y) =>
        `<line x1="${x(`${y}-01-01`).toFixed(1)}" y1="${stripY + 8}" x2="${x(`${y}-01-01`).toFixed(1)}" y2="${stripY + 22}" stroke="#888888" stroke-width="2"/><text x="${x(`${y}-01-01`).toFixed(1)}" y="${stripY + 50}" font-size="22" text-anchor="middle" fill="${LIGHT.muted}">${y}</text>`,
    ),
    ...background.map((e, i) => mark(e, false, i % 3)),
    ...picked.map((e) => mark(e, true, 1)),
    `<text x="${left}" y="${height - 30}" font-size="24" fill="${LIGHT.muted}">${escapeXml(SITE.name)} · a sourced chronology</text>`,
    `</g></svg>`,
  ].join('\n');
}
