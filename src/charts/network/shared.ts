/**
 * The chronology chart's modules the network reuses (element trees and their serialiser, the
 * DOM patcher, the family shapes and firmness, contrast), in one place: when the chart's files
 * move, only these paths change.
 */
export { h, toMarkup, type Child, type VNode } from '../chronology/vnode';
export { patchElement } from '../chronology/patch';
export { contrast, STATUS_FIRMNESS, symbolPath, type Firmness, type Shape } from '../chronology/encoding';
