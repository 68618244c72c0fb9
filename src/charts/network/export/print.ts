/**
 * The chronology export's print helpers the network's export reuses (the export font, print
 * width, PNG density), in one place: when the chart's files move, only these paths change. The
 * light palette (src/styles/palette.ts) and the text wrapper (src/lib/text.ts) are imported from
 * their own modules.
 */
export { EXPORT_FONT, PRINT_WIDTH_PX } from '../../chronology/export/paper';
export { pngWithDensity } from '../../chronology/export/png';
