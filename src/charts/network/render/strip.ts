/**
 * The strip chart of one pair's history: one row per period on a shared time axis (years), the
 * bar in the kind's colour and line style, solid between its certain start and end, faded over
 * an imprecise start or end, and dotted past the last report of an open end. Pure; the server
 * renders it on pair pages (it needs no script).
 */
import { h, type VNode } from '../shared';
import { RELATION_KINDS } from '../../../lib/relations/kinds';
import { spanLabel } from '../../../lib/relations/period';
import type { Period } from '../../../lib/relations/types';
import { firmnessOf } from '../encoding';

const DAY = 86_400_000;
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Geometry constants (px). */
export const STRIP = { width: 720, row: 26, top: 22, left: 8, right: 8 } as const;

/**
 * The strip chart of `periods` (one pair) up to `lastDay` (the last day shown for open ends), at a
 * viewBox width in px (720 by default; pages add a narrow one for phones).
 */
export function renderStrip(
  periods: readonly Period[],
  title: string,
  lastDay: string,
  width: number = STRIP.width,
): VNode {
  const first = periods.reduce((m, p) => (p.start.start < m ? p.start.start : m), periods[0]?.start.start ?? lastDay);
  const y0 = Number(first.slice(0, 4));
  const y1 = Number(lastDay.slice(0, 4)) + 1;
  const t0 = ms(`${y0}-01-01`);
  const t1 = ms(`${y1}-01-01`);
  const inner = width - STRIP.left - STRIP.right;
  const x = (day: string) => Math.round((STRIP.left + ((ms(day) - t0) / (t1 - t0)) * inner) * 10) / 10;
  const height = STRIP.top + periods.length * STRIP.row + 8;
  const ticks: VNode[] = [];
  const step = Math.max(1, Math.ceil(((y1 - y0) * 34) / inner));
  for (let y = y0; y <= y1; y += step) {
    const tx = x(`${y}-01-01`);
    ticks.push(h('line', { class: 'tick', x1: tx, x2: tx, y1: 14, y2: height }));
    if (y < y1) ticks.push(h('text', { class: 'tick-label', x: tx + 3, y: 11 }, String(y)));
  }
  const rows = periods.map((p, i) => {
    const cy = STRIP.top + i * STRIP.row + STRIP.row / 2;
    const endCertain = p.end.open ? p.end.asOf : p.end.bound.start;
    const endPossible = p.end.open ? p.end.asOf : p.end.bound.end;
    const seg = (a: string, b: string, cls: string) => {
      const xa = x(a);
      const xb = Math.max(xa + 2, x(b) + (DAY / (t1 - t0)) * inner);
      return h('line', { class: cls, x1: xa, x2: xb, y1: cy, y2: cy, 'stroke-width': 6 });
    };
    const parts: VNode[] = [];
    if (p.start.end > p.start.start) parts.push(seg(p.start.start, p.start.end, 'bar uncertain'));
    if (endCertain >= p.start.end) parts.push(seg(p.start.end, endCertain, 'bar'));
    if (!p.end.open && endPossible > endCertain) parts.push(seg(endCertain, endPossible, 'bar uncertain'));
    if (p.end.open && lastDay > p.end.asOf) parts.push(seg(p.end.asOf, lastDay, 'bar after-report'));
    const label = `${RELATION_KINDS[p.kind].label}: ${spanLabel(p)}; ${p.status}.`;
    return h(
      'g',
      { class: `strip-row k-${p.kind} s-${firmnessOf(p.support)}`, role: 'img', 'aria-label': label },
      h('title', {}, label),
      ...parts,
      h(
        'text',
        { class: 'strip-label', x: Math.min(x(p.start.start), width - 90) + 2, y: cy - 6 },
        `${RELATION_KINDS[p.kind].short}${p.directed ? ' →' : ''}`,
      ),
    );
  });
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `net-strip ${width < 480 ? 'net-strip-narrow' : 'net-strip-wide'}`,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'group',
      'aria-label': title,
    },
    h('g', { class: 'axis', 'aria-hidden': 'true' }, ticks),
    rows,
  );
}
