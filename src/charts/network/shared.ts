/**
 * The chronology chart's modules the network reuses (element trees and their serialiser, the
 * DOM patcher, the family shapes and firmness), in one place: when the chart's files move, only
 * these paths change. Colours, contrast, escaping and text wrapping are the site's own
 * (src/styles/palette.ts, src/lib/text.ts) and are imported from there directly.
 */
export { h, toMarkup, type Child, type VNode } from '../chronology/render/vnode';
export { patchElement } from '../chronology/render/patch';
export { STATUS_FIRMNESS, symbolPath, type Firmness, type Shape } from '../chronology/layout/encoding';
