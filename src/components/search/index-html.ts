/**
 * The HTML Pagefind indexes. Astro writes pages without whitespace between tags, and Pagefind
 * joins the text of adjacent elements as it finds it, so a record's label and value ("Also
 * called" + "ISIS, ISIL") became one word in search snippets ("…Al-KhilafahAlso calledISIS…").
 * A space at every block boundary keeps words apart; nothing else changes.
 */

/** Elements whose start and end separate words (block-level and table parts, plus `br`). */
const BLOCK =
  'address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';

const OPEN = new RegExp(`([^\\s])(<(?:${BLOCK})\\b)`, 'gi');
const CLOSE = new RegExp(`(</(?:${BLOCK})\\s*>|<(?:br|hr)\\b[^>]*>)(?=[^\\s])`, 'gi');

/** `html` with a space after every block end tag (and `br`/`hr`) and before every block start tag not already separated by whitespace. */
export function spaceBlockBoundaries(html: string): string {
  return html.replace(CLOSE, '$1 ').replace(OPEN, '$1 $2');
}
