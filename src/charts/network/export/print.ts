/**
 * The chronology export's print helpers the network's export reuses (light palette as literal
 * colours, the export font, text wrapping, print width, PNG density), in one place: when the
 * chart's files move, only these paths change.
 */
export { EXPORT_COLOURS, EXPORT_FONT, PRINT_WIDTH_PX, pngWithDensity, wrapText } from '../../chronology/export';
