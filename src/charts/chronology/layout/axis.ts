/**
 * The time axis of a view: calendar ticks chosen per stretch of the (possibly focused) scale, so
 * a compressed stretch gets coarser ticks than the magnified one, merged without crowding. Pure.
 */
import { stretches, type ViewScale, type Warp } from './scale';
import { calendarTicks, type Tick } from './time';

/** A tick placed on the axis (x in user units). */
export interface AxisTick extends Tick {
  x: number;
}

/**
 * Ticks for `view` (UTC ms, end exclusive) on `scale`, at least `spacing` user units apart: each
 * stretch of the warp gets the finest calendar step that fits its own width. January 1st is
 * labelled by its year; a tick too close to the previous one is dropped (a year tick wins over
 * a month tick). The first tick and the first tick of each new year show the year ("Jul 2013").
 */
export function axisTicks(
  warpOf: Warp,
  view: readonly [number, number],
  scale: ViewScale,
  plot: readonly [number, number],
  spacing: number,
): AxisTick[] {
  const all: AxisTick[] = [];
  for (const s of stretches(warpOf, view)) {
    const width = scale.x(s.endMs) - scale.x(s.startMs);
    for (const t of calendarTicks(s.startMs, s.endMs - 1, width, spacing)) all.push({ ...t, x: scale.x(t.t) });
  }
  all.sort((a, b) => a.t - b.t);
  const out: AxisTick[] = [];
  for (const t of all) {
    if (t.x < plot[0] - 0.5 || t.x > plot[1] + 0.5) continue;
    const last = out.at(-1);
    if (last && last.t === t.t) continue;
    if (last && t.x - last.x < spacing * 0.75) {
      if (t.major && !last.major) out[out.length - 1] = t;
      continue;
    }
    out.push(t);
  }
  // The first tick, and every tick in a year no earlier tick names, carries its year: a reader
  // never meets "Jul" without knowing which July ("2010 Jul 2013 Jul 2015", "Jul 2014 Oct 2015 Apr").
  let year = NaN;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const y = new Date(t.t).getUTCFullYear();
    if (y !== year && !/\d{4}/.test(t.label)) out[i] = { ...t, label: `${t.label} ${y}` };
    year = y;
  }
  return out;
}
