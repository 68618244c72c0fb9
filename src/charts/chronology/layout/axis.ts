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
 * a month tick).
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
  // Zoomed inside one year no tick names it: the first one carries the year for context.
  if (out.length > 0 && !out.some((t) => t.major) && !/\d{4}/.test(out[0]!.label))
    out[0] = { ...out[0]!, label: `${out[0]!.label} ${new Date(out[0]!.t).getUTCFullYear()}` };
  return out;
}
