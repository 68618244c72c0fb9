/**
 * Text helpers shared by every renderer that writes markup or lays out text without a browser:
 * the one XML/HTML escaper, an estimate of a string's advance width, and the one text wrapper
 * (by width, breaking long words such as URLs at `/ ? & , =`), and the sentence closer. Pure; used
 * by the chart, its export, share cards, the sitemap and every page closing a sentence after a title.
 */

/**
 * Ends a sentence with a full stop unless it already ends with one, a question or exclamation
 * mark or an ellipsis, possibly inside closing quotes or brackets: "…in Iraq and Syria?" stays as
 * it is (never "?."). Pure; for every template that closes a sentence after dynamic text.
 */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return `${trimmed}${stopAfter(trimmed)}`;
}

/** The full stop to write after `text` (a title before more text, a link): "." or "" when it ends with its own mark. */
export function stopAfter(text: string): '.' | '' {
  return /[.?!…]['"’”)\]]*$/.test(text.trimEnd()) ? '' : '.';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes `& < > " '` for an XML/HTML text node or a quoted attribute value. */
export function escapeXml(text: string): string {
  // Most strings (ids, numbers, labels) have nothing to escape: test before replacing.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

// Advance widths of Arial / Helvetica / Liberation Sans (metric-compatible), in 1/1000 em, for
// printable ASCII from U+0020. Other characters use WIDE_DEFAULT.
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const OTHER_WIDTHS: Record<string, number> = {
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '–': 556,
  '—': 1000,
  '…': 1000,
  '·': 278,
  '≠': 584,
  '→': 1000,
  '×': 584,
  '−': 584,
};
const WIDE_DEFAULT = 600;

/**
 * Margin over Arial's metrics: on-screen faces differ a little (and bold is wider), so boxes
 * computed from this estimate hold the real text. Kept in one place for the design's fonts.
 */
export const TEXT_SAFETY = 1.06;

/**
 * Estimated advance width of `text` at `size` (px or user units), in the same unit, using
 * Arial-compatible metrics × TEXT_SAFETY (× 1.07 more for bold). Deterministic, so the server,
 * the browser and the export lay text out identically.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32]! : (OTHER_WIDTHS[ch] ?? WIDE_DEFAULT);
  }
  return (units / 1000) * size * TEXT_SAFETY * (bold ? 1.07 : 1);
}

/** Splits a word longer than `width` into pieces, after `/ ? & , =` where possible, else anywhere. */
function breakWord(word: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let rest = [...word];
  while (rest.length > 1 && measure(rest.join('')) > width) {
    let fit = 1;
    while (fit < rest.length && measure(rest.slice(0, fit + 1).join('')) <= width) fit++;
    const head = rest.slice(0, fit).join('');
    const cut = Math.max(...['/', '?', '&', ',', '='].map((d) => head.lastIndexOf(d)));
    const at = cut > fit / 3 ? cut + 1 : fit;
    out.push(rest.slice(0, at).join(''));
    rest = rest.slice(at);
  }
  out.push(rest.join(''));
  return out;
}

/** Options of wrapText. */
export interface WrapOptions {
  /** Font size, in the unit of `width`. */
  size: number;
  bold?: boolean;
  /** Keep at most this many lines; the last one then ends with "…" (cut at a word where it can). */
  maxLines?: number;
  /** A measure to use instead of textWidth (e.g. a character count for fixed-pitch layouts). */
  measure?: (text: string) => number;
}

/**
 * Breaks `text` into lines no wider than `width`: at spaces, and inside long words (URLs) after
 * `/ ? & , =` where possible. With `maxLines`, the text is cut there and marked with "…".
 * Returns [] for blank text.
 */
export function wrapText(text: string, width: number, options: WrapOptions): string[] {
  const measure = options.measure ?? ((s: string) => textWidth(s, options.size, options.bold));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const parts = breakWord(word, width, measure);
    lines.push(...parts.slice(0, -1));
    line = parts.at(-1)!;
  }
  if (line) lines.push(line);
  const max = options.maxLines;
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsize(`${kept[max - 1]} ${lines[max]}`, width, measure);
  return kept;
}

/** `text` cut to fit `width` with a trailing "…", at a word boundary when one is near. */
export function ellipsize(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && measure(`${chars.slice(0, n).join('').trimEnd()}…`) > width) n--;
  let cut = chars.slice(0, n).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}
