/**
 * What every export is set in and sized to for paper: the font stack and the print width of PNG
 * exports. Constants only, in a module of their own, so a download that needs them (the
 * chronology's, the network's) does not load the chart's plan with them.
 */

/** Fonts every system has under one of these names (metric-compatible with Arial, or close). */
export const EXPORT_FONT = `Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif`;

/** Print size of the PNG export: 170 mm (A4 text width) at 300 dpi, in pixels. */
export const PRINT_WIDTH_PX = Math.round((170 / 25.4) * 300);
