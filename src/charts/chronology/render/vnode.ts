/**
 * A minimal element tree for SVG and HTML: render builds it once; the server serialises it to an
 * escaped string and the browser patches real nodes from it with DOM APIs (never innerHTML).
 */
import { escapeXml } from '../../../lib/text';

/** An element: tag, attributes (undefined/false are omitted) and children (text is escaped). */
export interface VNode {
  tag: string;
  attrs: Record<string, string | number | boolean | undefined>;
  children: Child[];
}

/** A child of an element. */
export type Child = VNode | string;

/** Builds an element; falsy children are dropped so callers can write `cond && h(...)`. */
export function h(
  tag: string,
  attrs: VNode['attrs'] = {},
  ...children: (Child | false | null | undefined | (Child | false | null | undefined)[])[]
): VNode {
  const flat: Child[] = [];
  for (const c of children) {
    if (Array.isArray(c)) {
      for (const d of c) if (d !== false && d !== null && d !== undefined) flat.push(d);
    } else if (c !== false && c !== null && c !== undefined) flat.push(c);
  }
  return { tag, attrs, children: flat };
}

// Attribute names come from our own code, but refuse anything that could break out of the tag.
const SAFE_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;
// Names already checked (a bounded set: tags and attributes of the renderers), so a chart's
// thousands of elements test each name once.
const checked = new Set<string>();

function checkName(name: string, what: 'tag' | 'attribute'): void {
  if (checked.has(name)) return;
  if (!SAFE_NAME.test(name)) throw new Error(`Unsafe ${what} name: ${name}`);
  if (checked.size < 1000) checked.add(name);
}

/**
 * Serialises a tree to markup, escaping every attribute value and text node. Empty SVG elements
 * self-close; empty HTML elements get an end tag (HTML has no self-closing `<div/>`).
 */
export function toMarkup(node: Child, inSvg = false): string {
  if (typeof node === 'string') return escapeXml(node);
  checkName(node.tag, 'tag');
  const svg = inSvg || node.tag === 'svg';
  let out = `<${node.tag}`;
  const attrs = node.attrs;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined || value === false) continue;
    checkName(name, 'attribute');
    // A number's digits, sign, point and exponent need no escaping.
    out += value === true ? ` ${name}` : ` ${name}="${typeof value === 'number' ? String(value) : escapeXml(String(value))}"`;
  }
  if (node.children.length === 0) return svg ? `${out}/>` : `${out}></${node.tag}>`;
  out += '>';
  for (const c of node.children) out += toMarkup(c, svg);
  return `${out}</${node.tag}>`;
}
