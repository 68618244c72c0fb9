/**
 * Direct labels: a short text per event, placed beside its mark with collision avoidance (the
 * nearest free slot in its lane, with a leader line when it is not beside the mark), most
 * significant events first; events left without a label get a number, listed in a key. Pure;
 * positions in user units.
 */
import { ellipsize, textWidth } from '../../../lib/text';
import type { ChartEvent } from '../model';
import { STATUS_FIRMNESS, extentOf } from './encoding';

// Where a title may be cut into a shorter label: after a clause, before a trailing phrase.
const BREAKS = [', ', '; ', ': ', ' – ', ' — ', ' after ', ' before ', ' to ', ' with ', ' for ', ' as ', ' by ', ' and ', ' in ', ' near ', ' against ', ' from ', ' on ', ' of '];

/**
 * Hedge words: a title holding one reports a claim, not a fact (attribution, doubt, denial).
 * Source: the style guide's "keep hedged claims hedged" and the evidence model's statuses
 * (hedged, alleged, disputed, denied).
 */
const HEDGE_RE =
  /\b(reported(?:ly)?|reports?|says?|said|alleged(?:ly)?|claim(?:s|ed)?|suggests?|possibly|apparently|disputed?|differ|den(?:ied|ies|y)|unconfirmed|rumou?r)\b/i;

/** The first hedge word of a text (lower case), or null: see HEDGE_RE. */
export function hedgeOf(text: string): string | null {
  return HEDGE_RE.exec(text)?.[1]?.toLowerCase() ?? null;
}

/**
 * The one word put first when a cut would drop a title's hedge: an adverb stays itself
 * ("reportedly" → "Reportedly", "allegedly", "possibly", "apparently"); a denial gives "Denied",
 * a dispute or disagreement "Disputed", any other (says, reports, claims, alleged, suggests,
 * rumour) "Reportedly".
 */
function hedgeLead(w: string): string {
  return w.endsWith('ly')
    ? w[0]!.toUpperCase() + w.slice(1)
    : w.startsWith('den')
      ? 'Denied'
      : w.startsWith('di') // disputed, differ
        ? 'Disputed'
        : 'Reportedly';
}

/**
 * A label of at most `width` (user units at `size`) for a title. The rule, in order:
 * 1. the whole title if it fits;
 * 2. else a cut title, which always ends with "…" (a cut is never silent): its longest opening
 *    clause that fits with "…" (cut before "after", "to", ", " and the like) if that keeps most
 *    of what would fit, else the title cut at a word with "…";
 * 3. a hedge is never dropped: when the title holds a hedge word (HEDGE_RE: reportedly, says,
 *    disputed, denied…) and the cut of 2 loses it, the label is the hedge put first, then the
 *    rest cut as in 2 ("Reportedly: IS and Nusra commanders…", see hedgeLead), with the hedge word itself
 *    removed from the rest when it was an adverb ("reportedly").
 * The full title stays in the tooltip, the details panel and the table.
 */
export function shortTitle(title: string, width: number, size: number): string {
  const measure = (s: string) => textWidth(s, size);
  if (measure(title) <= width) return title;
  const label = cutTitle(title, width, measure);
  const hedge = hedgeOf(title);
  if (!hedge || hedgeOf(label)) return label;
  const lead = `${hedgeLead(hedge)}: `;
  // An adverb moved to the front is taken out of the rest ("X reportedly does" → "Reportedly: X does").
  const rest = hedge.endsWith('ly') ? title.replace(` ${hedge}`, '') : title;
  const restWidth = width - measure(lead);
  const body = measure(rest) <= restWidth ? rest : cutTitle(rest, restWidth, measure);
  return `${lead}${body}`;
}

function cutTitle(title: string, width: number, measure: (s: string) => number): string {
  const cut = ellipsize(title, width, measure);
  let best = '';
  for (const sep of BREAKS) {
    for (let at = title.indexOf(sep); at >= 0; at = title.indexOf(sep, at + 1)) {
      const head = `${title.slice(0, at).replace(/[,;:]$/, '')}…`;
      if (head.length >= 11 && head.length > best.length && measure(head) <= width) best = head;
    }
  }
  return best.length >= (cut.length - 1) * 0.7 ? best : cut;
}

/**
 * Label priority of an event (lower goes first): relationship events before context, firm
 * before hedged (alleged, speculative), hedged before contested (disputed, denied), then events
 * dated to a day before spans and undated ones.
 */
export function labelRank(e: Pick<ChartEvent, 'relationship' | 'status' | 'precision'>): number {
  const firm = { firm: 0, claimed: 1, contested: 2 }[STATUS_FIRMNESS[e.status]];
  const extent = { point: 0, bar: 1, bounds: 2 }[extentOf(e.precision)];
  return (e.relationship ? 0 : 1) * 9 + firm * 3 + extent;
}

/** An axis-aligned box, with the event it belongs to (-1: none). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  owner: number;
}

/** A uniform-grid index of boxes, for overlap queries. */
export class BoxIndex {
  private cells = new Map<number, Box[]>();
  constructor(private readonly cell = 32) {}

  private key(i: number, j: number): number {
    return (i + 4096) * 65536 + (j + 4096);
  }

  /** Adds a box. */
  add(b: Box): void {
    const c = this.cell;
    const i1 = Math.floor(b.x1 / c);
    const j1 = Math.floor(b.y1 / c);
    for (let i = Math.floor(b.x0 / c); i <= i1; i++)
      for (let j = Math.floor(b.y0 / c); j <= j1; j++) {
        const k = this.key(i, j);
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
  }

  /** True when `b` overlaps a stored box not owned by `owner`. */
  hits(b: Pick<Box, 'x0' | 'y0' | 'x1' | 'y1'>, owner: number): boolean {
    const c = this.cell;
    const i1 = Math.floor(b.x1 / c);
    const j1 = Math.floor(b.y1 / c);
    for (let i = Math.floor(b.x0 / c); i <= i1; i++)
      for (let j = Math.floor(b.y0 / c); j <= j1; j++) {
        const list = this.cells.get(this.key(i, j));
        if (!list) continue;
        for (const o of list) {
          if (o.owner === owner && owner >= 0) continue;
          if (o.x0 < b.x1 && o.x1 > b.x0 && o.y0 < b.y1 && o.y1 > b.y0) return true;
        }
      }
    return false;
  }
}

/** One mark of an event, where a label may attach. */
export interface Anchor {
  /** Symbol centre. */
  x: number;
  y: number;
  /** Centres of the rows of the mark's lane, top to bottom (labels stay in the lane). */
  rows: readonly number[];
  /** The bar's ends, for events drawn as a bar. */
  bar?: readonly [number, number];
  /** Room taken right of the symbol by a badge (≠), kept clear of the label. */
  badge?: number;
}

/** A label to place: the event's index, its text size, and its marks (the label lane's first). */
export interface LabelRequest {
  index: number;
  width: number;
  height: number;
  anchors: readonly Anchor[];
}

/** How many other rows of its lane a label may move to, nearest first. */
export const MAX_ROWS_AWAY = 4;

/** A placed label: its box (text starts at x0, centred on cy) and, away from its mark, a leader line. */
export interface PlacedLabel {
  index: number;
  x0: number;
  cy: number;
  width: number;
  height: number;
  /** Leader from the mark's edge to the label: x1, y1, x2, y2. */
  leader?: [number, number, number, number];
}

/** Limits of a placement. */
export interface PlaceOptions {
  /** The plot's left and right edges: labels stay between them. */
  x0: number;
  x1: number;
  /** Symbol radius. */
  r: number;
  /** Farthest a label may slide along its row from its mark (with a leader). */
  maxShift?: number;
}

function leaderTo(a: Anchor, box: Pick<Box, 'x0' | 'y0' | 'x1' | 'y1'>, r: number): [number, number, number, number] {
  const tx = Math.min(box.x1, Math.max(box.x0, a.x));
  const ty = Math.min(box.y1, Math.max(box.y0, a.y));
  const d = Math.hypot(tx - a.x, ty - a.y) || 1;
  return [a.x + ((tx - a.x) / d) * (r + 1), a.y + ((ty - a.y) / d) * (r + 1), tx, ty];
}

/**
 * Places labels in request order (most significant first) in the first free slot: beside the
 * mark (right, then left), beside its bar's ends, in one of the MAX_ROWS_AWAY nearest rows of
 * the lane (with a leader), then slid along its own row (with a leader); on the label's lane,
 * then on one other of the event's lanes. A slot is free when it stays
 * inside the plot and overlaps no symbol, bar or label of another event in `index`; placed
 * labels are added to `index`. Returns the placed labels and the indices left unplaced.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  index: BoxIndex,
  options: PlaceOptions,
): { placed: PlacedLabel[]; unplaced: number[] } {
  const { r } = options;
  const maxShift = options.maxShift ?? 72;
  const placed: PlacedLabel[] = [];
  const unplaced: number[] = [];
  for (const req of requests) {
    const { width: w, height: h } = req;
    let found: PlacedLabel | null = null;
    const tryAt = (a: Anchor, x: number, cy: number, leader: boolean): boolean => {
      if (x < options.x0 + 1 || x + w > options.x1 - 1) return false;
      const box = { x0: x, y0: cy - h / 2, x1: x + w, y1: cy + h / 2 };
      if (index.hits(box, req.index)) return false;
      found = { index: req.index, x0: x, cy, width: w, height: h, ...(leader ? { leader: leaderTo(a, box, r) } : {}) };
      return true;
    };
    // The label's lane first, then at most one other: beyond that a number reads better.
    search: for (const a of req.anchors.slice(0, 2)) {
      const right = a.x + r + 3 + (a.badge ?? 0);
      if (tryAt(a, right, a.y, false) || tryAt(a, a.x - r - 3 - w, a.y, false)) break;
      if (a.bar && (tryAt(a, a.bar[1] + 3, a.y, false) || tryAt(a, a.bar[0] - 3 - w, a.y, false))) break;
      // The nearest rows of the lane (a leader longer than a few rows is hard to follow).
      const others = a.rows
        .filter((y) => Math.abs(y - a.y) > 0.5)
        .sort((p, q) => Math.abs(p - a.y) - Math.abs(q - a.y))
        .slice(0, MAX_ROWS_AWAY);
      for (const y of others) {
        if (tryAt(a, right, y, true) || tryAt(a, a.x - w / 2, y, true) || tryAt(a, a.x - r - 3 - w, y, true))
          break search;
      }
      for (let s = 12; s <= maxShift; s += 12) {
        if (tryAt(a, right + s, a.y, true) || tryAt(a, a.x - r - 3 - w - s, a.y, true)) break search;
      }
    }
    if (found) {
      const f = found as PlacedLabel;
      placed.push(f);
      index.add({ x0: f.x0, y0: f.cy - h / 2, x1: f.x0 + w, y1: f.cy + h / 2, owner: req.index });
    } else unplaced.push(req.index);
  }
  return { placed, unplaced };
}

/** A number drawn beside a mark that has no label, keyed to the list under the chart. */
export interface PlacedNumber {
  index: number;
  n: number;
  /** Text start and vertical centre. */
  x: number;
  cy: number;
}

/**
 * Numbers for unlabelled events, 1… in the order given (time order): each beside its first
 * mark where it overlaps nothing (right, left, above, below), else on the right regardless.
 */
export function placeNumbers(
  items: readonly { index: number; anchor: Anchor }[],
  index: BoxIndex,
  options: { r: number; size: number; x0: number; x1: number },
): PlacedNumber[] {
  const { r, size } = options;
  return items.map(({ index: i, anchor: a }, k) => {
    const n = k + 1;
    const w = textWidth(String(n), size, true) + 2;
    const h = size * 1.1;
    const spots: [number, number][] = [
      [a.x + r + 2, a.y],
      [a.x - r - 2 - w, a.y],
      [a.x - w / 2, a.y - r - 1 - h / 2],
      [a.x - w / 2, a.y + r + 1 + h / 2],
    ];
    const inside = spots.filter(([x]) => x >= options.x0 && x + w <= options.x1);
    const free = inside.find(([x, cy]) => !index.hits({ x0: x, y0: cy - h / 2, x1: x + w, y1: cy + h / 2 }, i));
    const [x, cy] = free ?? inside[0] ?? spots[0]!;
    index.add({ x0: x, y0: cy - h / 2, x1: x + w, y1: cy + h / 2, owner: i });
    return { index: i, n, x, cy };
  });
}
