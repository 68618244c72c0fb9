/**
 * What the server draws of a chronology chart (Chronology.astro): the SVG markup of each size
 * variant, the overview strip, and the opening view's facts (span, visible events, scale note),
 * all from planChart. In production builds the result is kept in the build cache (build-cache.ts),
 * keyed by the scoped chart without its DOM id, the view state, the variants, the base path and
 * the code's fingerprint: an event page and its embed draw their context chart once between them,
 * and a rebuild redraws only the charts whose events changed.
 */
import { cacheKey, cachedText, codeFingerprint } from '../../lib/build-cache';
import { BASE } from '../../lib/routes';
import type { VariantName } from './layout/variants';
import { planChart } from './plan';
import { renderOverview } from './render/overview';
import { toMarkup } from './render/vnode';
import type { ScopedChart } from './scope';
import type { ChartState } from './state';

/** The server-drawn parts of a chart: markup strings and the opening view's facts (ms, counts). */
export interface ServerMarkup {
  /** SVG markup of each variant, in the order asked for. */
  views: string[];
  /** SVG markup of the overview strip. */
  overview: string;
  /** The first variant's visible span, UTC ms (end exclusive). */
  viewMs: [number, number];
  /** Events visible in that span. */
  visible: number;
  /** The time-scale note ("…magnified…"), or null for an even scale. */
  note: string | null;
}

/** Draws the chart's variants and overview (no cache). */
export function drawServerMarkup(chart: ScopedChart, state: ChartState, variants: readonly VariantName[]): ServerMarkup {
  const planned = variants.map((v) => planChart(chart, state, v));
  const first = planned[0]!.layout;
  return {
    views: planned.map((p) => toMarkup(p.tree)),
    overview: toMarkup(renderOverview(chart)),
    viewMs: [first.viewMs[0], first.viewMs[1]],
    visible: first.counts.visible,
    note: first.note,
  };
}

/** Stands for the chart's DOM id in cached markup (ids are slugs, so it is replaced exactly). */
const ID_SLOT = 'chrono-id-slot-5b1e9c';

/**
 * drawServerMarkup, from the build cache when `cache` (default: production builds, whose code
 * cannot change while they run). Identical output either way.
 */
export function serverMarkup(
  chart: ScopedChart,
  state: ChartState,
  variants: readonly VariantName[],
  cache: boolean = import.meta.env?.PROD === true,
): ServerMarkup {
  const code = cache ? codeFingerprint() : null;
  if (!code) return drawServerMarkup(chart, state, variants);
  const anonymous: ScopedChart = { ...chart, spec: { ...chart.spec, id: ID_SLOT } };
  const inputs = JSON.stringify([anonymous, state, variants]);
  // The slot must stand only for the id: content that happened to contain it is drawn directly.
  if (inputs.indexOf(ID_SLOT) !== inputs.lastIndexOf(ID_SLOT)) return drawServerMarkup(chart, state, variants);
  const text = cachedText('chart-markup', cacheKey(code, BASE, inputs), () =>
    JSON.stringify(drawServerMarkup(anonymous, state, variants)),
  );
  return JSON.parse(text.replaceAll(ID_SLOT, chart.spec.id)) as ServerMarkup;
}
