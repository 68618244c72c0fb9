/**
 * Pagefind excerpts are HTML (escaped text with `<mark>` around matches). This turns one into
 * plain text parts, so the UI builds DOM nodes with `textContent` and never sets innerHTML.
 */

/** A run of excerpt text; `mark` when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt on `<mark>`…`</mark>`; any other tag is dropped, entities are decoded. */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) mark = true;
    else if (/^<\/mark>$/i.test(token)) mark = false;
    else {
      const text = decodeEntities(token.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/** Appends an excerpt's parts to an element as text and `<mark>` nodes. */
export function renderExcerpt(target: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      target.append(m);
    } else target.append(part.text);
  }
}
