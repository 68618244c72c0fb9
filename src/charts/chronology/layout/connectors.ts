/**
 * Connectors between the lanes a relationship event joins: an arrow from the acting group to the
 * one acted towards, a broken line for a split or refusal, a line with end dots for truces,
 * cooperation and talks. Geometry relative to the event's symbol (x = 0), so a connector moves
 * with its event while the reader zooms. Pure.
 */
import type { ChartEvent } from '../model';

/** How a relationship connector is drawn. */
export type ConnectorKind = 'arrow' | 'split' | 'joint';

/** A connector between two marks of one event, x relative to the event's symbol. */
export interface ConnectorLayout {
  kind: ConnectorKind;
  from: string;
  to: string;
  /** Path data of the line (one or two sub-paths). */
  path: string;
  /** Arrowhead path data at the `to` end, when directed. */
  head?: string;
  /** End dots of an undirected connector. */
  ends?: [number, number][];
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Connector between the marks at (x, yFrom) and (x, yTo), trimmed clear of symbols of radius r.
 * `arrow` runs from → to with a head at `to`; `split` breaks in the middle with the halves
 * splaying apart (ties diverge) and, when directed, a head at `to`; `joint` joins with end dots.
 */
export function connectorGeometry(
  kind: ConnectorKind,
  x: number,
  yFrom: number,
  yTo: number,
  directed: boolean,
  r: number,
): Pick<ConnectorLayout, 'path' | 'head' | 'ends'> {
  const dir = yTo >= yFrom ? 1 : -1;
  const ys = yFrom + dir * (r + 2);
  const ye = yTo - dir * (r + 2);
  const head = 6;
  const lineEnd = directed ? ye - dir * (head - 1) : ye;
  const out: Pick<ConnectorLayout, 'path' | 'head' | 'ends'> = { path: '' };
  if (kind === 'split' && Math.abs(lineEnd - ys) > 16) {
    const ym = (ys + lineEnd) / 2;
    const g = 4;
    out.path =
      `M${r2(x)},${r2(ys)}L${r2(x)},${r2(ym - dir * g)}L${r2(x - 4)},${r2(ym - dir * (g - 3))}` +
      `M${r2(x + 4)},${r2(ym + dir * (g - 3))}L${r2(x)},${r2(ym + dir * g)}L${r2(x)},${r2(lineEnd)}`;
  } else {
    out.path = `M${r2(x)},${r2(ys)}L${r2(x)},${r2(lineEnd)}`;
  }
  if (directed) {
    out.head = `M${r2(x)},${r2(ye)}L${r2(x - 4)},${r2(ye - dir * head)}L${r2(x + 4)},${r2(ye - dir * head)}Z`;
  }
  if (kind === 'joint') {
    out.ends = [
      [r2(x), r2(ys)],
      [r2(x), r2(ye)],
    ];
  }
  return out;
}

/**
 * The connectors of a relationship event between its marks (lane id and centre line y): every
 * from → to pair of a directed event, else neighbouring lanes chained top to bottom.
 */
export function connectorsOf(
  e: Pick<ChartEvent, 'relationship' | 'family' | 'directed' | 'from' | 'to'>,
  marks: readonly { lane: string; y: number }[],
  r: number,
): ConnectorLayout[] {
  if (!e.relationship || marks.length < 2) return [];
  const yOf = new Map(marks.map((m) => [m.lane, m.y]));
  const kind: ConnectorKind = e.family === 'rupture' ? 'split' : e.directed ? 'arrow' : 'joint';
  const pairs: [string, string][] = [];
  if (e.directed && e.from.length > 0 && e.to.length > 0) {
    for (const f of e.from) for (const t of e.to) if (f !== t && yOf.has(f) && yOf.has(t)) pairs.push([f, t]);
  } else {
    const sorted = [...marks].sort((a, b) => a.y - b.y);
    for (let k = 1; k < sorted.length; k++) pairs.push([sorted[k - 1]!.lane, sorted[k]!.lane]);
  }
  const directed = e.directed && e.from.length > 0;
  return pairs.map(([f, t]) => ({ kind, from: f, to: t, ...connectorGeometry(kind, 0, yOf.get(f)!, yOf.get(t)!, directed, r) }));
}
